#include "orders/OrderPartsTab.h"

#include "parts/MovementDialog.h"
#include "services/Services.h"
#include "widgets/ErrorLabel.h"
#include "widgets/Format.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
QTableWidget *makeTable(const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
void put(QTableWidget *t, int row, const QStringList &cells, QList<int> rightAligned = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (rightAligned.contains(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}
} // namespace

OrderPartsTab::OrderPartsTab(Services &services, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    m_parts = makeTable({tr("Date"), tr("Part"), tr("Movement"), tr("Quantity"), tr("Unit cost"), tr("Location"), tr("By")},
                        u"orderParts"_s);
    m_followUps = makeTable({tr("Follow-up call"), tr("Due"), tr("Status"), tr("Satisfaction"), tr("Comments")}, u"orderFollowUps"_s);
    m_followUps->setMaximumHeight(160);
    m_parts->horizontalHeader()->setStretchLastSection(false);
    m_parts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_total = new QLabel;
    m_total->setObjectName(u"partsTotal"_s);
    m_error = makeErrorLabel();
    auto *issue = new QPushButton(tr("&Issue parts…"));
    issue->setObjectName(u"issueParts"_s);
    auto *ret = new QPushButton(tr("Re&turn unused parts…"));
    ret->setObjectName(u"returnParts"_s);
    for (QPushButton *b : {issue, ret})
        b->setVisible(actor.can(Permission::PostStock));
    connect(issue, &QPushButton::clicked, this, [this] { move(true); });
    connect(ret, &QPushButton::clicked, this, [this] { move(false); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_total, 1);
    buttons->addWidget(issue);
    buttons->addWidget(ret);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Parts used (from the parts ledger)")));
    layout->addWidget(m_parts, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Follow-up calls for this order")));
    layout->addWidget(m_followUps);
}

void OrderPartsTab::setOrder(const Order &order)
{
    m_order = order;
    m_error->hide();
    auto rows = m_services.ledger.orderMovements(order.id);
    if (!rows) {
        m_error->setText(rows.error().message);
        m_error->show();
    }
    const auto list = rows ? *rows : QList<HistoryRow>();
    m_parts->setRowCount(int(list.size()));
    qint64 costFen = 0;
    for (int r = 0; r < list.size(); ++r) {
        const HistoryRow &h = list[r];
        // Issues take stock out (negative quantity in the ledger): shown as used on the order.
        const qint64 used = -h.qty;
        costFen += used * h.unitCostFen;
        put(m_parts, r,
            {fmt::dateTime(h.at), h.part, labelOf(h.type), QString::number(used), fmt::money(h.unitCostFen), h.location, h.user},
            {3, 4});
    }
    for (int c : {0, 2, 3, 4, 5, 6})
        m_parts->resizeColumnToContents(c);
    m_total->setText(tr("Parts at cost: %1; charged to the customer: %2").arg(fmt::money(costFen), fmt::money(order.partsFen)));

    auto fus = m_services.followups.forOrder(order.id);
    const auto calls = fus ? *fus : QList<FollowUp>();
    m_followUps->setRowCount(int(calls.size()));
    for (int r = 0; r < calls.size(); ++r) {
        const FollowUp &f = calls[r];
        const QString kind = f.kind == FollowUpKind::Months ? tr("%n month(s) after acceptance", nullptr, f.months) : labelOf(f.kind);
        put(m_followUps, r,
            {kind, fmt::date(f.dueDate), labelOf(f.status), f.satisfaction > 0 ? QString::number(f.satisfaction) + u" / 5"_s : QString(),
             f.comments});
    }
}

void OrderPartsTab::move(bool issue)
{
    MovementDialog dlg(m_services, m_actor, issue ? MovementType::Issue : MovementType::Return, this);
    dlg.setOrderNumber(m_order.number);
    if (dlg.exec() == QDialog::Accepted)
        Q_EMIT changed();
}

} // namespace as
