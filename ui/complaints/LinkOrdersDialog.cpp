#include "complaints/LinkOrdersDialog.h"

#include "services/Services.h"
#include "widgets/ErrorLabel.h"
#include "widgets/Format.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

LinkOrdersDialog::LinkOrdersDialog(Services &services, const Actor &actor, const Complaint &complaint, QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor), m_complaint(complaint)
{
    setWindowTitle(tr("Link orders to complaint %1").arg(complaint.number));
    m_orders = new QListWidget;
    m_orders->setObjectName(u"orders"_s);
    m_error = makeErrorLabel();
    QSet<qint64> linked;
    if (auto l = services.complaints.orders(complaint.id))
        for (const auto &o : *l)
            linked.insert(o.id);
    if (auto orders = services.customers.orders(complaint.customerId, 200)) {
        for (const auto &o : *orders) {
            if (linked.contains(o.id))
                continue;
            auto *item = new QListWidgetItem(u"%1  %2  %3  %4"_s.arg(o.number, fmt::dateTime(o.openedAt), labelOfCode<OrderStatus>(o.status),
                                                                     o.symptom.simplified().left(50)));
            item->setData(Qt::UserRole, o.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            m_orders->addItem(item);
        }
    } else {
        m_error->setText(orders.error().message);
        m_error->show();
    }
    auto *hint = new QLabel(m_orders->count() > 0 ? tr("Orders of %1 not linked yet (Space ticks, Enter links):").arg(complaint.customerName)
                                                  : tr("%1 has no other orders to link.").arg(complaint.customerName));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_orders->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkOrdersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_orders, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 360);
    if (m_orders->count() > 0) {
        m_orders->setCurrentRow(0);
        m_orders->setFocus();
    }
}

int LinkOrdersDialog::candidateCount() const
{
    return m_orders->count();
}

void LinkOrdersDialog::accept()
{
    QList<qint64> ids;
    for (int i = 0; i < m_orders->count(); ++i)
        if (m_orders->item(i)->checkState() == Qt::Checked)
            ids << m_orders->item(i)->data(Qt::UserRole).toLongLong();
    Status st = m_services.complaints.linkOrders(m_actor, m_complaint.id, m_complaint.rowVersion, ids);
    if (!st.ok()) {
        m_error->setText(st.error().kind == Error::Kind::Conflict
                             ? tr("%1 Close this dialog; the complaint window shows the current version.").arg(st.error().message)
                             : st.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace as
