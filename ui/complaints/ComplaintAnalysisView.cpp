#include "complaints/ComplaintAnalysisView.h"

#include "domain/Complaint.h"
#include "services/Services.h"
#include "widgets/DateField.h"
#include "widgets/ErrorLabel.h"
#include "widgets/Format.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
QTableWidget *table(const QString &name, const QString &what)
{
    auto *t = new QTableWidget(0, 3);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels({what, ComplaintAnalysisView::tr("Complaints"), ComplaintAnalysisView::tr("Share")});
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

QGroupBox *boxed(const QString &title, QWidget *w)
{
    auto *g = new QGroupBox(title);
    (new QVBoxLayout(g))->addWidget(w);
    return g;
}

QTableWidgetItem *number(qint64 n)
{
    auto *i = new QTableWidgetItem(fmt::number(n));
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}
} // namespace

ComplaintAnalysisView::ComplaintAnalysisView(Services &services, QWidget *parent) : QWidget(parent), m_services(services)
{
    m_from = new DateField;
    m_from->setObjectName(u"analysisFrom"_s);
    m_to = new DateField;
    m_to->setObjectName(u"analysisTo"_s);
    m_from->setSpecialValueText(tr("any day"));
    m_to->setSpecialValueText(tr("any day"));
    auto *update = new QPushButton(tr("&Update"));
    update->setObjectName(u"updateAnalysis"_s);
    m_summary = new QLabel;
    m_summary->setObjectName(u"analysisSummary"_s);
    m_summary->setWordWrap(true);
    m_error = makeErrorLabel();
    m_category = table(u"byCategory"_s, tr("Category"));
    m_responsibility = table(u"byResponsibility"_s, tr("Responsibility"));
    m_model = table(u"byModel"_s, tr("Product model"));
    m_month = table(u"byMonth"_s, tr("Month"));
    m_repeat = new QTableWidget(0, 2);
    m_repeat->setObjectName(u"repeatCustomers"_s);
    m_repeat->setHorizontalHeaderLabels({tr("Customer"), tr("Complaints")});
    m_repeat->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_repeat->verticalHeader()->hide();
    m_repeat->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *range = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("Received &from"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("t&o"));
    toLabel->setBuddy(m_to);
    range->addWidget(fromLabel);
    range->addWidget(m_from);
    range->addWidget(toLabel);
    range->addWidget(m_to);
    range->addWidget(update);
    range->addStretch(1);
    auto *grid = new QGridLayout;
    grid->addWidget(boxed(tr("By category"), m_category), 0, 0);
    grid->addWidget(boxed(tr("By responsibility"), m_responsibility), 0, 1);
    grid->addWidget(boxed(tr("By month"), m_month), 0, 2);
    grid->addWidget(boxed(tr("By product model"), m_model), 1, 0, 1, 2);
    grid->addWidget(boxed(tr("Repeat customers (2 or more complaints)"), m_repeat), 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addLayout(grid, 1);
    connect(update, &QPushButton::clicked, this, &ComplaintAnalysisView::refresh);
}

void ComplaintAnalysisView::fill(QTableWidget *t, const QList<ComplaintAnalysis::Count> &counts,
                                 const std::function<QString(const QString &)> &label)
{
    t->setRowCount(0);
    for (const auto &c : counts) {
        const int row = t->rowCount();
        t->insertRow(row);
        t->setItem(row, 0, new QTableWidgetItem(label(c.key)));
        t->setItem(row, 1, number(c.count));
        auto *share = new QTableWidgetItem(m_analysis.total > 0 ? u"%1 %"_s.arg(100.0 * double(c.count) / double(m_analysis.total), 0, 'f', 1)
                                                                : QString());
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, 2, share);
    }
}

void ComplaintAnalysisView::refresh()
{
    m_error->hide();
    auto a = ComplaintAnalysis::compute(m_services.db, m_services.settings.siteTimeZone(), m_from->value(), m_to->value());
    if (!a) {
        m_error->setText(a.error().message);
        m_error->show();
        return;
    }
    m_analysis = *a;
    m_summary->setText(tr("%1 complaints, %2 still open. Caused by service: %3 (%4 %), the numerator of the complaint rate.")
                           .arg(fmt::number(a->total), fmt::number(a->open), fmt::number(a->byService))
                           .arg(100.0 * a->serviceShare(), 0, 'f', 1));
    fill(m_category, a->byCategory, [](const QString &k) { return labelOfCode<ComplaintCategory>(k); });
    fill(m_responsibility, a->byResponsibility, [](const QString &k) { return labelOfCode<Responsibility>(k); });
    fill(m_model, a->byModel, [](const QString &k) { return k.isEmpty() ? tr("(no model)") : k; });
    fill(m_month, a->byMonth, [](const QString &k) { return k; });
    m_repeat->setRowCount(0);
    for (const auto &r : a->repeatCustomers) {
        const int row = m_repeat->rowCount();
        m_repeat->insertRow(row);
        m_repeat->setItem(row, 0, new QTableWidgetItem(r.name));
        m_repeat->setItem(row, 1, number(r.complaints));
    }
}

} // namespace as
