#include "parts/PurchaseRequestsView.h"

#include "services/Services.h"
#include "widgets/ConflictDialog.h"
#include "widgets/Format.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

PurchaseRequestsView::PurchaseRequestsView(Services &services, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    m_table = new QTableWidget(0, 8);
    m_table->setObjectName(u"purchaseRequests"_s);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Requested"), tr("Part"), tr("Name"), tr("Location"), tr("Quantity"),
                                        tr("Supplier"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_all = new QCheckBox(tr("Show received and cancelled"));
    connect(m_all, &QCheckBox::toggled, this, &PurchaseRequestsView::reload);
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *bar = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &action, bool visible) {
        auto *b = new QPushButton(text);
        b->setObjectName(action);
        b->setVisible(visible);
        connect(b, &QPushButton::clicked, this, [this, action] { act(action); });
        bar->addWidget(b);
    };
    button(tr("Request the reorder &list"), u"requestReorder"_s, actor.can(Permission::PostStock));
    button(tr("&Approve"), u"approve"_s, actor.can(Permission::ApprovePurchase));
    button(tr("Mark &ordered"), u"ordered"_s, actor.can(Permission::ManageParts));
    button(tr("&Receive…"), u"receive"_s, actor.can(Permission::PostStock));
    button(tr("&Cancel request…"), u"cancel"_s, actor.can(Permission::PostStock));
    bar->addStretch(1);
    bar->addWidget(m_all);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    reload();
}

void PurchaseRequestsView::reload()
{
    auto list = m_services.purchases.list(!m_all->isChecked());
    m_table->setRowCount(0);
    if (!list) {
        m_error->setText(list.error().message);
        m_error->show();
        return;
    }
    m_table->setRowCount(int(list->size()));
    for (int i = 0; i < list->size(); ++i) {
        const PurchaseRequest &r = list->at(i);
        auto *no = new QTableWidgetItem(QString::number(r.id));
        no->setData(Qt::UserRole, r.id);
        m_table->setItem(i, 0, no);
        m_table->setItem(i, 1, new QTableWidgetItem(fmt::dateTime(r.requestedAt)));
        m_table->setItem(i, 2, new QTableWidgetItem(r.partCode));
        m_table->setItem(i, 3, new QTableWidgetItem(r.partName));
        m_table->setItem(i, 4, new QTableWidgetItem(r.locationCode));
        auto *q = new QTableWidgetItem(r.status == PurchaseStatus::Received
                                           ? tr("%1 (received %2, rejected %3)").arg(r.qty).arg(r.receivedQty).arg(r.rejectedQty)
                                           : QString::number(r.qty));
        q->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 5, q);
        m_table->setItem(i, 6, new QTableWidgetItem(r.supplier));
        m_table->setItem(i, 7, new QTableWidgetItem(labelOf(r.status)));
    }
    m_table->resizeColumnsToContents();
}

qint64 PurchaseRequestsView::currentId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void PurchaseRequestsView::act(const QString &action)
{
    m_error->hide();
    Status st;
    if (action == u"requestReorder"_s) {
        auto loc = m_services.parts.defaultLocation(m_actor);
        if (!loc) {
            st = loc.error();
        } else {
            Result<int> n = 0;
            st = saveWithRetry(this, [&]() -> Status {
                n = m_services.purchases.requestReorderList(m_actor, loc->id);
                return n ? Status() : Status(n.error());
            });
        }
    } else {
        const qint64 id = currentId();
        if (id == 0) {
            m_error->setText(tr("Select a purchase request first."));
            m_error->show();
            return;
        }
        if (action == u"approve"_s) {
            st = saveWithRetry(this, [&] { return m_services.purchases.approve(m_actor, id); });
        } else if (action == u"ordered"_s) {
            st = saveWithRetry(this, [&] { return m_services.purchases.markOrdered(m_actor, id); });
        } else if (action == u"receive"_s) {
            auto r = m_services.purchases.get(id);
            if (!r)
                return;
            bool ok = false;
            const int accepted = QInputDialog::getInt(this, tr("Receive"), tr("Accepted at incoming inspection:"), int(r->qty), 0,
                                                      1000000, 1, &ok);
            if (!ok)
                return;
            const int rejected = QInputDialog::getInt(this, tr("Receive"), tr("Rejected at incoming inspection:"), 0, 0, 1000000, 1, &ok);
            if (!ok)
                return;
            st = saveWithRetry(this, [&]() -> Status {
                auto m = m_services.purchases.receive(m_actor, id, accepted, rejected);
                return m ? Status() : Status(m.error());
            });
            if (st)
                Q_EMIT stockChanged();
        } else if (action == u"cancel"_s) {
            bool ok = false;
            const QString reason = QInputDialog::getText(this, tr("Cancel purchase request"), tr("Reason:"), QLineEdit::Normal, {}, &ok);
            if (!ok)
                return;
            st = saveWithRetry(this, [&] { return m_services.purchases.cancel(m_actor, id, reason); });
        }
    }
    if (!st) {
        m_error->setText(st.error().message);
        m_error->show();
    }
    reload();
}

} // namespace as
