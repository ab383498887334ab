#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;

namespace as {

struct Services;

// Print one technician's work orders for a day (those with an appointment that day), one a page:
// preview, printer or PDF. Reached from File > Print work orders for a day…
class BatchPrintDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BatchPrintDialog(Services &services, QWidget *parent = nullptr);

    void setTechnician(qint64 userId);
    void setDate(const QDate &day);
    QList<qint64> orderIds() const { return m_ids; }
    // Writes the day's orders into one PDF (no file dialog).
    Status savePdf(const QString &path);

private:
    void reload();
    void preview();
    void print();
    void save();

    Services &m_services;
    QComboBox *m_technician;
    QDateEdit *m_date;
    QComboBox *m_paper;
    QListWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_preview, *m_print, *m_save;
    QList<qint64> m_ids;
};

} // namespace as
