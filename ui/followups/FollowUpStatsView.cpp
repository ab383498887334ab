#include "followups/FollowUpStatsView.h"

#include "services/Services.h"
#include "widgets/DateField.h"
#include "widgets/ErrorLabel.h"
#include "widgets/Format.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

QString percent(int num, int den)
{
    if (den <= 0)
        return QStringLiteral("–");
    return QLocale().toString(100.0 * num / den, 'f', 1) + u" %"_s;
}

QTableWidget *makeTable(const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(false);   // numbers stay next to their names
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

} // namespace

FollowUpStatsView::FollowUpStatsView(Services &services, QWidget *parent) : QWidget(parent), m_services(services)
{
    const QDate today = services.clock.nowUtc().toTimeZone(services.settings.siteTimeZone()).date();
    m_from = new DateField;
    m_from->setObjectName(u"statsFrom"_s);
    m_from->setValue(QDate(today.year(), today.month(), 1));
    m_to = new DateField;
    m_to->setObjectName(u"statsTo"_s);
    m_to->setValue(today);
    auto *show = new QPushButton(tr("&Show"));
    m_error = makeErrorLabel();
    m_technicians = makeTable({tr("Technician"), tr("Coverage"), tr("In-warranty orders followed up"), tr("Calls done"),
                               tr("Rated"), tr("Satisfied (4–5)"), tr("Average rating")},
                              u"technicianStats"_s);
    m_agents = makeTable({tr("Agent"), tr("Calls done"), tr("Done by the due day"), tr("Rated"), tr("Satisfied (4–5)"),
                          tr("Average rating")},
                         u"agentStats"_s);
    auto *bar = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"));
    toLabel->setBuddy(m_to);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(show);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Per technician: coverage = in-warranty orders completed in the period with a completed "
                                    "first follow-up / in-warranty orders completed in the period (target 100 %).")));
    layout->addWidget(m_technicians, 1);
    layout->addWidget(new QLabel(tr("Per agent: follow-ups completed in the period.")));
    layout->addWidget(m_agents, 1);
    connect(show, &QPushButton::clicked, this, &FollowUpStatsView::reload);
}

void FollowUpStatsView::reload()
{
    m_error->hide();
    const QDate from = m_from->value(), to = m_to->value();
    if (!from.isValid() || !to.isValid() || to < from) {
        m_error->setText(tr("Choose a \"from\" date on or before the \"to\" date."));
        m_error->show();
        return;
    }
    auto tech = m_services.followups.stats(FollowUpService::By::Technician, from, to);
    auto agents = m_services.followups.stats(FollowUpService::By::Agent, from, to);
    if (!tech || !agents) {
        m_error->setText(!tech ? tech.error().message : agents.error().message);
        m_error->show();
        return;
    }
    const QLocale loc;
    m_technicians->setRowCount(int(tech->size()));
    for (int r = 0; r < tech->size(); ++r) {
        const auto &s = tech->at(r);
        setRow(m_technicians, r,
               {s.name, percent(s.coverageNum, s.coverageDen), tr("%1 of %2").arg(s.coverageNum).arg(s.coverageDen),
                fmt::number(s.done), fmt::number(s.rated), percent(s.satisfied, s.rated),
                s.rated > 0 ? loc.toString(s.averageRating, 'f', 2) : u"–"_s});
    }
    m_agents->setRowCount(int(agents->size()));
    for (int r = 0; r < agents->size(); ++r) {
        const auto &s = agents->at(r);
        setRow(m_agents, r,
               {s.name, fmt::number(s.done), percent(s.coverageNum, s.coverageDen), fmt::number(s.rated),
                percent(s.satisfied, s.rated), s.rated > 0 ? loc.toString(s.averageRating, 'f', 2) : u"–"_s});
    }
}

} // namespace as
