#include "orders/OrderDepotTab.h"

#include "orders/HandoverReceipt.h"
#include "services/Services.h"
#include "widgets/ErrorLabel.h"
#include "widgets/Format.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
QLineEdit *edit(const QString &name)
{
    auto *e = new QLineEdit;
    e->setObjectName(name);
    return e;
}
} // namespace

OrderDepotTab::OrderDepotTab(Services &services, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    m_error = makeErrorLabel();
    m_handovers = new QTableWidget(0, 5);
    m_handovers->setObjectName(u"handovers"_s);
    m_handovers->setHorizontalHeaderLabels({tr("Time"), tr("Handed over by"), tr("Received by"), tr("Note"), tr("Recorded by")});
    m_handovers->verticalHeader()->hide();
    m_handovers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_handovers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_handovers->horizontalHeader()->setStretchLastSection(true);
    m_handovers->setMinimumHeight(120);
    auto *addHandover = new QPushButton(tr("Record a &hand-over…"));
    auto *printReceipt = new QPushButton(tr("Print &receipt…"));
    printReceipt->setObjectName(u"printHandover"_s);
    connect(addHandover, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString from = QInputDialog::getText(this, tr("Hand-over"), tr("Handed over by:"), QLineEdit::Normal, tr("Workshop"), &ok);
        if (!ok)
            return;
        const QString to = QInputDialog::getText(this, tr("Hand-over"), tr("Received by:"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        auto id = m_services.depot.handOver(m_actor, m_order.id, from, to, {});
        if (report(id ? Status() : Status(id.error())))
            Q_EMIT changed();
    });
    connect(printReceipt, &QPushButton::clicked, this, [this] {
        const int row = m_handovers->currentRow();
        if (row < 0) {
            report(Error::validation(tr("Select the hand-over to print."), u"handover"_s));
            return;
        }
        handover::preview(this, m_services, m_order.id, m_handovers->item(row, 0)->data(Qt::UserRole).toLongLong());
    });

    auto *content = new QWidget;
    auto *grid = new QHBoxLayout;
    grid->addWidget(buildReceiving());
    auto *right = new QVBoxLayout;
    right->addWidget(buildConfirmAndQc());
    right->addWidget(buildShipping());
    grid->addLayout(right);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    auto *hbox = new QGroupBox(tr("Hand-overs"));
    auto *hl = new QVBoxLayout(hbox);
    hl->addWidget(m_handovers);
    auto *hb = new QHBoxLayout;
    hb->addStretch(1);
    hb->addWidget(addHandover);
    hb->addWidget(printReceipt);
    hl->addLayout(hb);
    layout->addWidget(hbox, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QWidget *OrderDepotTab::buildReceiving()
{
    m_model = edit(u"depotModel"_s);
    m_capacity = edit(u"depotCapacity"_s);
    m_colour = edit(u"depotColour"_s);
    m_damage = edit(u"depotDamage"_s);
    m_accessories = edit(u"depotAccessories"_s);
    m_from = edit(u"depotFrom"_s);
    m_from->setPlaceholderText(tr("the customer, unless someone else brings it"));
    m_quantity = new QSpinBox;
    m_quantity->setRange(1, 999);
    m_receive = new QPushButton(tr("Register &receipt"));
    m_receive->setObjectName(u"depotReceive"_s);
    connect(m_receive, &QPushButton::clicked, this, [this] {
        DepotService::Receipt r;
        r.model = m_model->text();
        r.capacity = m_capacity->text();
        r.colour = m_colour->text();
        r.damage = m_damage->text();
        r.accessories = m_accessories->text();
        r.quantity = m_quantity->value();
        r.from = m_from->text();
        if (report(m_services.depot.receive(m_actor, m_order.id, r)))
            Q_EMIT changed();
    });
    auto *box = new QGroupBox(tr("Receiving register"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Model *"), m_model);
    form->addRow(tr("Capacity"), m_capacity);
    form->addRow(tr("Colour"), m_colour);
    form->addRow(tr("Quantity"), m_quantity);
    form->addRow(tr("Visible damage"), m_damage);
    form->addRow(tr("Accessories"), m_accessories);
    form->addRow(tr("Brought by"), m_from);
    form->addRow(QString(), m_receive);
    return box;
}

QWidget *OrderDepotTab::buildConfirmAndQc()
{
    m_confirmInfo = new QLabel;
    m_confirmInfo->setWordWrap(true);
    m_techConfirm = new QPushButton(tr("Confirm charges as &technician"));
    m_techConfirm->setObjectName(u"techConfirm"_s);
    m_qcConfirm = new QPushButton(tr("Confirm charges as &QC"));
    m_qcConfirm->setObjectName(u"qcConfirm"_s);
    connect(m_techConfirm, &QPushButton::clicked, this, [this] {
        if (report(m_services.depot.confirmCharges(m_actor, m_order.id, rowVersion(), false)))
            Q_EMIT changed();
    });
    connect(m_qcConfirm, &QPushButton::clicked, this, [this] {
        if (report(m_services.depot.confirmCharges(m_actor, m_order.id, rowVersion(), true)))
            Q_EMIT changed();
    });
    m_tester = edit(u"qcTester"_s);
    m_qcNote = edit(u"qcNote"_s);
    m_qcResult = new QComboBox;
    m_qcResult->setObjectName(u"qcResult"_s);
    m_qcResult->addItem(tr("Passed"), true);
    m_qcResult->addItem(tr("Failed"), false);
    m_burnIn = new QSpinBox;
    m_burnIn->setRange(0, 1000);
    m_burnIn->setSuffix(tr(" h"));
    m_recordQc = new QPushButton(tr("Record &QC test"));
    m_recordQc->setObjectName(u"recordQc"_s);
    connect(m_recordQc, &QPushButton::clicked, this, [this] {
        if (report(m_services.depot.recordQc(m_actor, m_order.id, rowVersion(), m_tester->text(), m_qcResult->currentData().toBool(),
                                             m_burnIn->value(), m_qcNote->text())))
            Q_EMIT changed();
    });
    auto *box = new QGroupBox(tr("Charge confirmation and QC test"));
    auto *form = new QFormLayout(box);
    form->addRow(m_confirmInfo);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_techConfirm);
    buttons->addWidget(m_qcConfirm);
    form->addRow(buttons);
    form->addRow(tr("Tester"), m_tester);
    form->addRow(tr("Result"), m_qcResult);
    form->addRow(tr("Burn-in"), m_burnIn);
    form->addRow(tr("Note"), m_qcNote);
    form->addRow(QString(), m_recordQc);
    return box;
}

QWidget *OrderDepotTab::buildShipping()
{
    m_packing = edit(u"packing"_s);
    m_courier = edit(u"courier"_s);
    m_tracking = edit(u"trackingNumber"_s);
    m_ship = new QPushButton(tr("&Ship back"));
    m_ship->setObjectName(u"shipBack"_s);
    connect(m_ship, &QPushButton::clicked, this, [this] {
        if (report(m_services.depot.ship(m_actor, m_order.id, rowVersion(), m_packing->text(), m_courier->text(), m_tracking->text())))
            Q_EMIT changed();
    });
    auto *box = new QGroupBox(tr("Shipping back"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Packing"), m_packing);
    form->addRow(tr("Courier *"), m_courier);
    form->addRow(tr("Tracking number *"), m_tracking);
    form->addRow(QString(), m_ship);
    return box;
}

bool OrderDepotTab::report(const Status &st)
{
    if (st.ok()) {
        m_error->hide();
        return true;
    }
    m_error->setText(st.error().message);
    m_error->show();
    return false;
}

void OrderDepotTab::setOrder(const Order &order)
{
    m_order = order;
    auto rec = m_services.depot.get(order.id);
    m_record = rec ? *rec : std::nullopt;
    const bool received = m_record.has_value();
    const bool may = m_actor.can(Permission::EditOrders) || m_actor.can(Permission::WorkOnOrders);
    for (QLineEdit *e : {m_model, m_capacity, m_colour, m_damage, m_accessories, m_from})
        e->setReadOnly(received);
    m_quantity->setReadOnly(received);
    m_receive->setEnabled(!received && m_actor.can(Permission::EditOrders));
    if (received) {
        const auto &r = *m_record;
        m_model->setText(r.model);
        m_capacity->setText(r.capacity);
        m_colour->setText(r.colour);
        m_damage->setText(r.damage);
        m_accessories->setText(r.accessories);
        m_quantity->setValue(r.quantity);
        m_from->setText(tr("received %1 by %2").arg(fmt::dateTime(r.receivedAt), r.receivedBy));
        QStringList info;
        info << (r.techConfirmedAt.isValid() ? tr("Technician confirmed the charges: %1, %2").arg(r.techConfirmedBy, fmt::dateTime(r.techConfirmedAt))
                                             : tr("Technician has not confirmed the charges yet."));
        info << (r.qcConfirmedAt.isValid() ? tr("QC confirmed the charges: %1, %2").arg(r.qcConfirmedBy, fmt::dateTime(r.qcConfirmedAt))
                                           : tr("QC has not confirmed the charges yet. Parts can be issued after both confirmations."));
        if (r.qcPassed.has_value())
            info << tr("QC test: %1 by %2, burn-in %3 h, %4")
                        .arg(*r.qcPassed ? tr("passed") : tr("failed"), r.qcTester)
                        .arg(r.burnInHours)
                        .arg(fmt::dateTime(r.qcAt));
        if (r.shippedAt.isValid())
            info << tr("Shipped back %1: %2 %3").arg(fmt::dateTime(r.shippedAt), r.courier, r.trackingNumber);
        m_confirmInfo->setText(info.join(u'\n'));
        m_packing->setText(r.packing);
        m_courier->setText(r.courier);
        m_tracking->setText(r.trackingNumber);
    } else {
        m_confirmInfo->setText(tr("Register the unit first."));
        if (m_model->text().isEmpty() && order.productId > 0) {
            auto product = m_services.customers.product(order.productId);
            if (product)
                m_model->setText(product->model);   // the registered product's model, to confirm on the unit
        }
    }
    m_techConfirm->setEnabled(may && received && !m_record->techConfirmedAt.isValid());
    m_qcConfirm->setEnabled(may && received && m_record->techConfirmedAt.isValid() && !m_record->qcConfirmedAt.isValid());
    m_recordQc->setEnabled(may && received && !m_record->shippedAt.isValid());
    m_ship->setEnabled(m_actor.can(Permission::EditOrders) && received && m_record->qcPassed == std::optional<bool>(true)
                       && !m_record->shippedAt.isValid());
    auto hs = m_services.depot.handovers(order.id);
    const auto list = hs ? *hs : QList<DepotService::Handover>();
    m_handovers->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const auto &h = list[r];
        const QStringList cells{fmt::dateTime(h.at), h.from, h.to, h.note, h.user};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0)
                item->setData(Qt::UserRole, h.id);
            m_handovers->setItem(r, c, item);
        }
    }
    m_handovers->resizeColumnsToContents();
}

} // namespace as
