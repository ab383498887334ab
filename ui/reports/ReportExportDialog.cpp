#include "reports/ReportExportDialog.h"

#include "ReportDocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace as {

ReportExportDialog::ReportExportDialog(const ReportData &data, QWidget *parent) : QDialog(parent), m_data(data)
{
    setObjectName(u"reportExportDialog"_s);
    setWindowTitle(tr("Export report %1").arg(data.period.label()));
    resize(560, 360);
    m_format = new QComboBox;
    m_format->setObjectName(u"format"_s);
    m_format->addItem(tr("PDF (to print or send)"), u"pdf"_s);
    m_format->addItem(tr("Excel workbook (XLSX)"), u"xlsx"_s);
    m_format->addItem(tr("CSV (UTF-8)"), u"csv"_s);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(u"notes"_s);
    m_notes->setPlaceholderText(tr("Notes for the report: causes, actions, remarks (printed in the PDF, kept in the XLSX)."));
    m_file = new QLineEdit;
    m_file->setObjectName(u"file"_s);
    auto *browse = new QPushButton(tr("Browse…"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_message = new QLabel;
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Manager's notes:"), m_notes);
    form->addRow(tr("File:"), fileRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto *l = new QVBoxLayout(this);
    l->addLayout(form, 1);
    l->addWidget(m_message);
    l->addWidget(buttons);
    const QString base = QDir::home().filePath(tr("after-sales-report-%1").arg(data.period.label().replace(u' ', u'_')));
    m_file->setText(base + u".pdf"_s);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const QFileInfo fi(m_file->text());
        m_file->setText(fi.dir().filePath(fi.completeBaseName() + u"."_s + m_format->currentData().toString()));
    });
    connect(browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ReportExportDialog::setFile(const QString &path)
{
    m_file->setText(path);
}

void ReportExportDialog::setFormat(const QString &format)
{
    const int i = m_format->findData(format);
    if (i >= 0)
        m_format->setCurrentIndex(i);
}

void ReportExportDialog::setNotes(const QString &notes)
{
    m_notes->setPlainText(notes);
}

void ReportExportDialog::browse()
{
    const QString fmt = m_format->currentData().toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), m_file->text(), tr("%1 files (*.%2)").arg(fmt.toUpper(), fmt));
    if (!path.isEmpty())
        m_file->setText(path);
}

bool ReportExportDialog::save()
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        m_message->setText(tr("Choose the file to write."));
        m_file->setFocus();
        return false;
    }
    m_data.notes = m_notes->toPlainText();
    const QString fmt = m_format->currentData().toString();
    const Status st = fmt == u"csv"_s    ? reportcsv::write(m_data, path)
                      : fmt == u"xlsx"_s ? reportxlsx::write(m_data, path)
                                         : print::ReportDocument::writePdf(path, m_data);
    if (!st) {
        m_message->setText(st.error().message);
        m_file->setFocus();
        return false;
    }
    m_message->setText(tr("Written: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace as
