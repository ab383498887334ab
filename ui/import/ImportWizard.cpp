#include "import/ImportWizard.h"

#include "import/ImportPages.h"
#include "services/Services.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

class ImportFilePage : public QWizardPage
{
public:
    explicit ImportFilePage(ImportWizard *wizard) : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Choose the file"));
        setSubTitle(ImportWizard::tr("A CSV file (UTF-8 or GBK, as Excel saves it) or an Excel workbook (.xlsx, first sheet). "
                                     "The first row must hold the column headers, in English or Chinese."));
        m_error = new QLabel;
        m_error->setObjectName(u"errorLabel"_s);
        m_error->setWordWrap(true);
        auto *browse = new QPushButton(ImportWizard::tr("&Browse…"));
        browse->setObjectName(u"browse"_s);
        auto *row = new QHBoxLayout;
        row->addWidget(wizard->fileEdit(), 1);
        row->addWidget(browse);
        auto *form = new QFormLayout(this);
        form->addRow(ImportWizard::tr("&What the file holds"), wizard->kindCombo());
        form->addRow(ImportWizard::tr("File"), row);
        form->addRow(m_error);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString f = QFileDialog::getOpenFileName(this, ImportWizard::tr("Import file"),
                                                           QSettings().value(u"import/lastFolder"_s).toString(),
                                                           ImportWizard::tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"));
            if (!f.isEmpty())
                m_wizard->fileEdit()->setText(f);
        });
        connect(wizard->fileEdit(), &QLineEdit::textChanged, this, [this] {
            m_error->clear();
            Q_EMIT completeChanged();
        });
    }
    bool isComplete() const override { return !m_wizard->fileEdit()->text().trimmed().isEmpty() && m_wizard->kind(); }
    bool validatePage() override
    {
        QString error;
        if (!m_wizard->loadHeader(&error)) {
            m_error->setText(error);
            return false;
        }
        QSettings().setValue(u"import/lastFolder"_s, QFileInfo(m_wizard->file()).absolutePath());
        return true;
    }

private:
    ImportWizard *m_wizard;
    QLabel *m_error;
};

} // namespace

ImportWizard::ImportWizard(Services &services, const Actor &actor, const QString &kindId, QWidget *parent)
    : QWizard(parent), m_services(services), m_actor(actor)
{
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_kindCombo = new QComboBox;
    m_kindCombo->setObjectName(u"kind"_s);
    for (const auto &k : importKinds())
        if (actor.can(k->permission()))
            m_kindCombo->addItem(k->title(), k->id());
    if (!kindId.isEmpty())
        m_kindCombo->setCurrentIndex(std::max(0, m_kindCombo->findData(kindId)));
    m_fileEdit = new QLineEdit;
    m_fileEdit->setObjectName(u"file"_s);
    m_fileEdit->setMinimumWidth(380);
    m_mappingTable = new QTableWidget;
    m_mappingTable->setObjectName(u"mapping"_s);

    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(CheckPage, new ImportCheckPage(this));
    setPage(RunPage, new ImportRunPage(this));
    resize(860, 600);
}

bool ImportWizard::run(Services &services, const Actor &actor, const QString &kindId, QWidget *parent)
{
    ImportWizard wizard(services, actor, kindId, parent);
    wizard.exec();
    return wizard.imported();
}

const ImportKind *ImportWizard::kind() const
{
    return importKind(m_kindCombo->currentData().toString());
}

QString ImportWizard::file() const
{
    return m_fileEdit->text().trimmed();
}

bool ImportWizard::loadHeader(QString *error)
{
    auto h = Importer::readHeader(file());
    if (!h) {
        *error = h.error().message;
        return false;
    }
    m_header = *h;
    return true;
}

QHash<QString, QString> ImportWizard::mapping() const
{
    QHash<QString, QString> m;
    const auto cols = kind() ? kind()->columns() : QList<ImportColumn>();
    for (int r = 0; r < m_mappingTable->rowCount() && r < cols.size(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(r, 1));
        if (!combo)
            continue;
        const int src = combo->currentData().toInt();
        m.insert(cols.at(r).name, src >= 0 && src < m_header.size() ? m_header.at(src) : QString());
    }
    return m;
}

void ImportWizard::saveMapping()
{
    if (!kind())
        return;
    QVariantMap saved;
    const auto m = mapping();
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        saved.insert(it.key(), it.value());
    QSettings().setValue(u"import/mapping/"_s + kind()->id(), saved);
}

Result<ImportReport> ImportWizard::runImport(bool dryRun, QProgressBar *bar, QLabel *status)
{
    if (m_running)
        return Error{Error::Kind::State, tr("An import is already running."), {}};
    m_running = true;
    m_cancel = false;
    // While it runs (events are processed for the progress bar) the wizard cannot move on.
    const QList<QAbstractButton *> locked{button(QWizard::BackButton), button(QWizard::NextButton), button(QWizard::FinishButton),
                                          button(QWizard::CancelButton)};
    QList<bool> wasEnabled;
    for (QAbstractButton *b : locked) {
        wasEnabled << b->isEnabled();
        b->setEnabled(false);
    }
    ImportContext ctx{m_services.db, m_services.clock, m_actor, m_services.settings.siteTimeZone()};
    ImportOptions o;
    o.file = file();
    o.dryRun = dryRun;
    o.mapping = mapping();
    o.previewRows = 20;
    o.cancel = &m_cancel;
    QElapsedTimer repaint;
    repaint.start();
    o.progress = [&](const QString &phase, qint64 done, qint64 total) {
        if (repaint.elapsed() > 50) {
            bar->setRange(0, int(std::max<qint64>(total, 1)));
            bar->setValue(int(done));
            status->setText(phase == u"read"_s ? tr("Checking the rows…") : tr("Writing…"));
            QApplication::processEvents();
            repaint.restart();
        }
        return !m_cancel.load();
    };
    bar->setRange(0, 0);
    QApplication::processEvents();
    auto r = Importer::run(*kind(), ctx, o);
    if (r && !dryRun && r->problems.isEmpty()) {
        // A large import empties the stored KPI figures: compute the closed months now, not at the first report.
        status->setText(tr("Updating the stored KPI figures…"));
        QApplication::processEvents();
        (void)m_services.kpis.fillCache();   // a failure only means the next report computes these months itself
    }
    bar->setRange(0, 1);
    bar->setValue(1);
    for (int i = 0; i < locked.size(); ++i)
        locked.at(i)->setEnabled(wasEnabled.at(i));
    m_running = false;
    return r;
}

} // namespace as
