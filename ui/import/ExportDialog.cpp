#include "import/ExportDialog.h"

#include "io/Exporter.h"
#include "services/Services.h"
#include "widgets/DateField.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

ExportDialog::ExportDialog(Services &services, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor)
{
    setWindowTitle(tr("Export"));
    m_kind = new QComboBox;
    m_kind->setObjectName(u"kind"_s);
    for (const auto &k : exportKinds())
        if (actor.can(k->permission()))
            m_kind->addItem(k->title(), k->id());
    m_format = new QComboBox;
    m_format->setObjectName(u"format"_s);
    m_format->addItem(tr("Excel workbook (.xlsx)"), u"xlsx"_s);
    m_format->addItem(tr("CSV, UTF-8 (.csv)"), u"csv"_s);
    m_from = new DateField;
    m_from->setObjectName(u"from"_s);
    m_to = new DateField;
    m_to->setObjectName(u"to"_s);
    m_from->setSpecialValueText(tr("from the start"));
    m_to->setSpecialValueText(tr("until today"));
    m_file = new QLineEdit;
    m_file->setObjectName(u"file"_s);
    m_file->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("&Browse…"));
    auto suggest = [this] {
        const QString folder = QSettings().value(u"export/lastFolder"_s, QDir::homePath()).toString();
        m_file->setText(QDir(folder).filePath(m_kind->currentData().toString() + u'.' + m_format->currentData().toString()));
    };
    suggest();
    connect(m_kind, &QComboBox::currentIndexChanged, this, suggest);
    connect(m_format, &QComboBox::currentIndexChanged, this, suggest);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString ext = m_format->currentData().toString();
        const QString f = QFileDialog::getSaveFileName(this, tr("Export to"), m_file->text(),
                                                       ext == u"csv"_s ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)"));
        if (!f.isEmpty())
            m_file->setText(f);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to")));
    period->addWidget(m_to);
    period->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&List"), m_kind);
    form->addRow(tr("&Format"), m_format);
    form->addRow(tr("Period (empty: all)"), period);
    form->addRow(tr("File"), fileRow);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setObjectName(u"message"_s);
    auto *hint = new QLabel(m_actor.can(Permission::ViewPhoneNumbers)
                                ? tr("The columns include those of the import format, so the file can be imported again.")
                                : tr("Phone numbers are masked: your role may not take them out of the department."));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *go = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    go->setObjectName(u"export"_s);
    go->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(go, &QPushButton::clicked, this, [this] { exportNow(); });
    auto *l = new QVBoxLayout(this);
    l->addLayout(form);
    l->addWidget(hint);
    l->addWidget(m_message);
    l->addWidget(buttons);
}

QString ExportDialog::message() const
{
    return m_message->text();
}

bool ExportDialog::exportNow()
{
    const ExportKind *kind = exportKind(m_kind->currentData().toString());
    const QString file = m_file->text().trimmed();
    if (!kind || file.isEmpty()) {
        m_message->setText(tr("Choose a list and a file."));
        return false;
    }
    if (m_from->value().isValid() && m_to->value().isValid() && m_to->value() < m_from->value()) {
        m_message->setText(tr("The period ends before it starts."));
        m_to->setFocus();
        return false;
    }
    ExportContext ctx{m_services.db, m_services.clock, m_actor, m_services.settings.siteTimeZone(), m_from->value(), m_to->value()};
    const auto format = *Exporter::formatFromName(m_format->currentData().toString());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto n = Exporter::write(*kind, ctx, format, file);
    QApplication::restoreOverrideCursor();
    if (!n) {
        m_message->setStyleSheet(u"color: #b42318;"_s);
        m_message->setText(n.error().message);
        return false;
    }
    QSettings().setValue(u"export/lastFolder"_s, QFileInfo(file).absolutePath());
    m_message->setStyleSheet(QString());
    m_message->setText(tr("%n row(s) written to %1.", nullptr, int(*n)).arg(QDir::toNativeSeparators(file)));
    return true;
}

} // namespace as
