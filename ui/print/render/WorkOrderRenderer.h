#pragma once

#include "FormTemplate.h"
#include "services/WorkOrderData.h"

#include <QCoreApplication>
#include <QImage>

class QPainter;

namespace as::print {

class FormPainter;

// Draws one work order on the current page of a painter whose device is A4 or A5 paper
// (origin at the paper's top-left corner: full-page printers, or QPdfWriter without margins).
class WorkOrderRenderer
{
    Q_DECLARE_TR_FUNCTIONS(as::print::WorkOrderRenderer)

public:
    // language: picks the CJK font (zh_TW: traditional glyphs); empty: QLocale().name().
    WorkOrderRenderer(const FormTemplate &form, Paper paper, QString language = {});

    Status render(QPainter &painter, const WorkOrderData &data);

    // Labels and values (WorkOrderText.cpp); public for tests.
    static QString fieldLabel(const QString &field);
    static QString sectionTitle(const QString &key);
    static QString fieldValue(const QString &field, const WorkOrderData &d);
    static QString money(qint64 fen);
    static QString localTime(const QDateTime &utc, const WorkOrderData &d);
    static QString defaultTerms();
    static QString acceptanceSentence();
    static QString technicianSentence();

private:
    double sectionHeight(const FormSection &s) const;
    double drawSection(const FormSection &s, double y);
    double drawHeader(double y);
    double drawFields(const FormSection &s, double y);
    double drawText(const FormSection &s, double y);
    double drawParts(double y);
    double drawCharges(double y);
    double drawTerms(double y);
    double drawSignatures(double y);
    double drawFooter(double y);
    double drawTitleBar(const QString &title, double y);
    void labelCell(const QRectF &r, const QString &label);
    double textBoxHeight(const QString &field) const;
    int partRowsShown() const;

    const FormTemplate &m_form;
    Paper m_paper;
    PaperLayout m_l;
    QString m_language;
    // Set for the duration of render().
    FormPainter *m_fp = nullptr;
    const WorkOrderData *m_d = nullptr;
    Status m_status;      // a barcode that could not be encoded
    double m_left = 0, m_width = 0;
    double m_extra = 0;       // spare height given to the parts table
    double m_textExtra = 0;   // and to each text box
};

} // namespace as::print
