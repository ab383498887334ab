#pragma once

#include "reports/ReportData.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace as {

// Export the monthly report shown on the dashboard: PDF, XLSX or CSV, with the manager's notes.
class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportExportDialog(const ReportData &data, QWidget *parent = nullptr);
    void setFile(const QString &path);
    void setFormat(const QString &format);   // "pdf", "xlsx", "csv"
    void setNotes(const QString &notes);
    bool save();   // false: the message says why

private:
    void browse();

    ReportData m_data;
    QComboBox *m_format;
    QPlainTextEdit *m_notes;
    QLineEdit *m_file;
    QLabel *m_message;
};

} // namespace as
