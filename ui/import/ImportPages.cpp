#include "import/ImportPages.h"

#include "import/ImportWizard.h"

#include "io/TableReader.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

ImportMappingPage::ImportMappingPage(ImportWizard *wizard) : m_wizard(wizard)
{
    setTitle(ImportWizard::tr("Match the columns"));
    setSubTitle(ImportWizard::tr("For each field, the column of your file that holds it. Columns are matched by their English "
                                 "or Chinese header; your choices are remembered for the next import."));
    QTableWidget *t = wizard->mappingTable();
    t->setColumnCount(2);
    t->setHorizontalHeaderLabels({ImportWizard::tr("Field"), ImportWizard::tr("Column in the file")});
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setSelectionMode(QAbstractItemView::NoSelection);
    m_unused = new QLabel;
    m_unused->setWordWrap(true);
    m_unused->setObjectName(u"warningLabel"_s);
    auto *l = new QVBoxLayout(this);
    l->addWidget(t, 1);
    l->addWidget(m_unused);
}

void ImportMappingPage::initializePage()
{
    const ImportKind *kind = m_wizard->kind();
    const QStringList header = m_wizard->header();
    const auto cols = kind->columns();
    // Remembered choices apply when the file has that header; the rest is auto-matched.
    QHash<QString, QString> remembered;
    const QVariantMap saved = QSettings().value(u"import/mapping/"_s + kind->id()).toMap();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        const QString h = it.value().toString();
        if (h.isEmpty() || header.contains(h))
            remembered.insert(it.key(), h);
    }
    const QList<int> match = Importer::match(cols, header, remembered);
    QTableWidget *t = m_wizard->mappingTable();
    t->setRowCount(int(cols.size()));
    for (int r = 0; r < cols.size(); ++r) {
        const ImportColumn &c = cols.at(r);
        auto *item = new QTableWidgetItem(c.alias.isEmpty() ? c.name : QString(c.name + u"  (" + c.aliases().join(u" / "_s) + u')'));
        QFont f = item->font();
        f.setBold(c.required);
        item->setFont(f);
        item->setFlags(Qt::ItemIsEnabled);
        t->setItem(r, 0, item);
        auto *combo = new QComboBox;
        combo->setObjectName(u"map_"_s + c.name);
        combo->addItem(ImportWizard::tr("— not imported —"), -1);
        for (int i = 0; i < header.size(); ++i)
            combo->addItem(header.at(i).trimmed().isEmpty() ? ImportWizard::tr("(column %1, no header)").arg(columnLetters(i))
                                                            : header.at(i).trimmed(), i);
        combo->setCurrentIndex(std::max(0, combo->findData(match.value(r, -1))));
        t->setCellWidget(r, 1, combo);
    }
    QStringList unused;
    for (int i = 0; i < header.size(); ++i)
        if (!match.contains(i) && !header.at(i).trimmed().isEmpty())
            unused << header.at(i).trimmed();
    m_unused->setText(unused.isEmpty() ? QString()
                                       : ImportWizard::tr("Not imported (no matching field): %1").arg(unused.join(u", "_s)));
}

bool ImportMappingPage::validatePage()
{
    m_wizard->saveMapping();
    return true;
}

ImportCheckPage::ImportCheckPage(ImportWizard *wizard) : m_wizard(wizard)
{
    setTitle(ImportWizard::tr("Check"));
    setSubTitle(ImportWizard::tr("The first rows as they will be stored, and every problem found. "
                                 "Nothing is imported while there is a problem: correct the file and check again."));
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"summary"_s);
    m_preview = new QTableWidget;
    m_preview->setObjectName(u"preview"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems = new QTableWidget;
    m_problems->setObjectName(u"problems"_s);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setColumnCount(3);
    m_problems->setHorizontalHeaderLabels({ImportWizard::tr("Row"), ImportWizard::tr("Column"), ImportWizard::tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_bar = new QProgressBar;
    m_cancel = new QPushButton(ImportWizard::tr("Stop checking"));
    m_cancel->setObjectName(u"cancelCheck"_s);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_wizard->requestCancel(); });
    auto *again = new QPushButton(ImportWizard::tr("Check &again"));
    again->setObjectName(u"checkAgain"_s);
    connect(again, &QPushButton::clicked, this, [this] { initializePage(); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_bar, 1);
    bar->addWidget(m_cancel);
    bar->addWidget(again);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_preview);
    split->addWidget(m_problems);
    auto *l = new QVBoxLayout(this);
    l->addWidget(m_summary);
    l->addWidget(split, 1);
    l->addLayout(bar);
}

void ImportCheckPage::initializePage()
{
    m_ok = false;
    Q_EMIT completeChanged();
    m_preview->clear();
    m_problems->setRowCount(0);
    m_cancel->setEnabled(true);
    QLabel status;
    auto r = m_wizard->runImport(true, m_bar, &status);
    m_cancel->setEnabled(false);
    if (!r) {
        m_summary->setText(r.error().message);
        m_summary->setStyleSheet(u"color: #b42318;"_s);
        return;
    }
    const auto cols = m_wizard->kind()->columns();
    m_preview->setColumnCount(int(cols.size()));
    QStringList heads;
    for (const auto &c : cols)
        heads << c.name;
    m_preview->setHorizontalHeaderLabels(heads);
    m_preview->setRowCount(int(r->preview.size()));
    QStringList rowNumbers;
    for (int row = 0; row < r->preview.size(); ++row) {
        rowNumbers << QString::number(r->previewRows.value(row));
        for (int c = 0; c < cols.size(); ++c)
            m_preview->setItem(row, c, new QTableWidgetItem(r->preview.at(row).value(c)));
    }
    m_preview->setVerticalHeaderLabels(rowNumbers);
    // Cells with a problem are marked, with the reason as a tooltip.
    for (const ImportProblem &p : r->problems) {
        const int row = int(r->previewRows.indexOf(p.row));
        const int col = int(r->columnLabels.indexOf(p.column));
        if (row < 0 || col < 0)
            continue;
        QTableWidgetItem *item = m_preview->item(row, col);
        item->setBackground(QColor(0xfd, 0xe2, 0xe1));
        item->setToolTip(p.reason);
    }
    m_preview->resizeColumnsToContents();
    m_problems->setRowCount(int(r->problems.size()));
    for (int i = 0; i < r->problems.size(); ++i) {
        const ImportProblem &p = r->problems.at(i);
        m_problems->setItem(i, 0, new QTableWidgetItem(p.row > 0 ? QString::number(p.row) : QString()));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.reason));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_problems->setVisible(!r->problems.isEmpty());
    if (r->problems.isEmpty()) {
        m_summary->setStyleSheet(QString());
        m_summary->setText(ImportWizard::tr("%1 rows checked, %2, no problems. Will import: %3.")
                               .arg(r->rows).arg(r->format, Importer::countsText(r->counts)));
        m_ok = true;
    } else {
        m_summary->setStyleSheet(u"color: #b42318;"_s);
        m_summary->setText(ImportWizard::tr("%1 problem(s) in %2 rows. Nothing will be imported until they are corrected.")
                               .arg(r->problems.size()).arg(r->rows));
    }
    setButtonText(QWizard::NextButton, ImportWizard::tr("&Import"));
    Q_EMIT completeChanged();
}

ImportRunPage::ImportRunPage(ImportWizard *wizard) : m_wizard(wizard)
{
    setTitle(ImportWizard::tr("Import"));
    setSubTitle(ImportWizard::tr("All rows are written in one step: if it is cancelled or fails, nothing is changed."));
    m_status = new QLabel;
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_bar = new QProgressBar;
    m_cancel = new QPushButton(ImportWizard::tr("&Cancel import"));
    m_cancel->setObjectName(u"cancelImport"_s);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_wizard->requestCancel(); });
    auto *l = new QVBoxLayout(this);
    l->addWidget(m_status);
    l->addWidget(m_bar);
    l->addWidget(m_cancel, 0, Qt::AlignLeft);
    l->addStretch(1);
}

void ImportRunPage::initializePage()
{
    m_done = false;
    QTimer::singleShot(0, this, [this] { run(); });
}

void ImportRunPage::run()
{
    m_cancel->setEnabled(true);
    auto r = m_wizard->runImport(false, m_bar, m_status);
    m_cancel->setEnabled(false);
    if (!r) {
        m_status->setText(r.error().message);
    } else if (!r->problems.isEmpty()) {
        m_status->setText(ImportWizard::tr("The file changed since it was checked: %1 problem(s); nothing was imported.")
                              .arg(r->problems.size()));
    } else {
        m_status->setText(ImportWizard::tr("Imported %1 rows: %2.").arg(r->rows).arg(Importer::countsText(r->counts)));
        m_wizard->setImported(true);
    }
    m_done = true;
    Q_EMIT completeChanged();
}

} // namespace as
