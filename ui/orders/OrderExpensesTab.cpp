#include "orders/OrderExpensesTab.h"

#include "services/Services.h"
#include "widgets/ConflictDialog.h"
#include "widgets/Format.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
QString kindLabel(const QString &code)
{
    if (code == u"travel"_s) return OrderExpensesTab::tr("Travel");
    if (code == u"toll"_s) return OrderExpensesTab::tr("Toll");
    if (code == u"parking"_s) return OrderExpensesTab::tr("Parking");
    if (code == u"lodging"_s) return OrderExpensesTab::tr("Lodging");
    return OrderExpensesTab::tr("Other");
}
} // namespace

OrderExpensesTab::OrderExpensesTab(Services &services, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(u"expenses"_s);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Amount"), tr("Note"), tr("Claimed by"), tr("When")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_kind = new QComboBox;
    m_kind->setObjectName(u"expenseKind"_s);
    for (const QString &k : {u"travel"_s, u"toll"_s, u"parking"_s, u"lodging"_s, u"other"_s})
        m_kind->addItem(kindLabel(k), k);
    m_amount = new QDoubleSpinBox;
    m_amount->setObjectName(u"expenseAmount"_s);
    m_amount->setRange(0, 100000);
    m_amount->setPrefix(u"¥ "_s);
    m_note = new QLineEdit;
    m_note->setObjectName(u"expenseNote"_s);
    m_note->setPlaceholderText(tr("e.g. taxi to the customer and back"));
    auto *add = new QPushButton(tr("Add &expense"));
    add->setObjectName(u"addExpense"_s);
    const bool may = actor.can(Permission::EditOrders);
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_amount, m_note, add})
        w->setEnabled(may);
    m_total = new QLabel;
    m_total->setObjectName(u"expenseTotal"_s);
    m_message = new QLabel;
    m_message->setObjectName(u"expenseMessage"_s);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_kind);
    row->addWidget(m_amount);
    row->addWidget(m_note, 1);
    row->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addLayout(row);
    layout->addWidget(m_message);
    connect(add, &QPushButton::clicked, this, [this] { addExpense(); });
}

void OrderExpensesTab::setOrder(qint64 orderId)
{
    m_orderId = orderId;
    m_table->setRowCount(0);
    auto list = m_services.orders.expenses(orderId);
    if (!list)
        return;
    qint64 total = 0;
    for (const auto &e : *list) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem(kindLabel(e.kind)));
        auto *amount = new QTableWidgetItem(fmt::money(e.amountFen));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 1, amount);
        m_table->setItem(r, 2, new QTableWidgetItem(e.note));
        m_table->setItem(r, 3, new QTableWidgetItem(e.claimedBy));
        m_table->setItem(r, 4, new QTableWidgetItem(fmt::dateTime(e.at)));
        total += e.amountFen;
    }
    m_total->setText(tr("Claimed in total: %1").arg(fmt::money(total)));
}

bool OrderExpensesTab::addExpense()
{
    m_message->hide();
    const qint64 fen = qint64(std::llround(m_amount->value() * 100));
    auto id = Result<qint64>(Error::storage({}));
    (void)saveWithRetry(this, [&]() -> Status {
        id = m_services.orders.addExpense(m_actor, m_orderId, m_kind->currentData().toString(), fen, m_note->text());
        return id ? Status() : Status(id.error());
    });
    if (!id) {
        m_message->setText(id.error().message);
        m_message->show();
        m_amount->setFocus();
        return false;
    }
    m_amount->setValue(0);
    m_note->clear();
    Q_EMIT changed();
    return true;
}

} // namespace as
