#pragma once

#include "util/Result.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMarginsF>
#include <QSizeF>
#include <QStringList>

#include <optional>

namespace as::print {

enum class Paper { A4, A5 };
std::optional<Paper> paperFromName(const QString &name);   // "A4", "a5"
QString paperName(Paper paper);

// One field cell of a "fields" section; span 2 takes the whole row.
struct FormField
{
    QString field;
    int span = 1;
};

struct FormSection
{
    QString type;                     // header, fields, text, parts, charges, terms, signatures, footer
    QString title;                    // fields: section title key
    QString field;                    // text: which text (symptom, diagnosis, work)
    QList<QList<FormField>> rows;     // fields
    bool bottom = false;              // anchored to the page foot
};

// Measurements for one paper size (millimetres; fonts in points).
struct PaperLayout
{
    QSizeF size;
    QMarginsF margins;
    QHash<QString, double> pt;        // base, small, label, title, company, section, terms
    double headerHeight = 30, logo = 20;
    double code128Module = 0.3, code128Height = 11, qrModule = 0.85;
    double row = 7, gap = 2.4, labelWidth = 24, sectionTitle = 5.6;
    QHash<QString, int> lines;        // text boxes: lines each
    int partRows = 5, termsLines = 4;
    double signature = 33;

    double font(const QString &key) const { return pt.value(key, pt.value(QStringLiteral("base"), 9)); }
};

// The work-order form from resources/forms/work_order.json.
struct FormTemplate
{
    Q_DECLARE_TR_FUNCTIONS(as::print::FormTemplate)

public:
    QHash<QString, QStringList> fonts;   // language (or "default") -> font families, Latin first
    QHash<QString, QColor> colors;
    QHash<Paper, PaperLayout> papers;
    QList<FormSection> sections;

    static Result<FormTemplate> load(const QString &path = QStringLiteral(":/forms/work_order.json"));
    // The built-in form, read once.
    static const Result<FormTemplate> &workOrder();

    QStringList fontFamilies(const QString &language) const;
    QColor color(const QString &key, const QColor &fallback = Qt::black) const { return colors.value(key, fallback); }
};

} // namespace as::print
