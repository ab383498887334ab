#include "parts/PartDetailDialog.h"

#include "parts/MovementDialog.h"
#include "parts/PartDialog.h"
#include "services/Services.h"
#include "widgets/Format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
QTableWidgetItem *item(const QString &text, bool right = false)
{
    auto *i = new QTableWidgetItem(text);
    if (right)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}
} // namespace

PartDetailDialog::PartDetailDialog(Services &services, const Actor &actor, qint64 partId, QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor), m_partId(partId)
{
    m_info = new QLabel;
    m_info->setObjectName(u"partInfo"_s);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_stock = new QTableWidget(0, 2);
    m_stock->setObjectName(u"stockByLocation"_s);
    m_stock->setHorizontalHeaderLabels({tr("Location"), tr("On hand")});
    m_stock->horizontalHeader()->setStretchLastSection(true);
    m_stock->verticalHeader()->hide();
    m_stock->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stock->setMaximumHeight(150);
    m_location = new QComboBox;
    m_location->setObjectName(u"historyLocation"_s);
    m_location->addItem(tr("All locations"), 0);
    if (auto locs = services.parts.locations(true))
        for (const StockLocation &l : *locs)
            m_location->addItem(QString(l.code + u" – "_s + l.name), l.id);
    m_history = new QTableWidget(0, 9);
    m_history->setObjectName(u"movementHistory"_s);
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Location"), tr("Movement"), tr("Quantity"), tr("Balance"),
                                          tr("Rejected"), tr("Service order"), tr("Note"), tr("By")});
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->horizontalHeader()->setStretchLastSection(true);
    connect(m_location, &QComboBox::currentIndexChanged, this, &PartDetailDialog::reload);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto addButton = [&](const QString &text, const QString &name, bool visible, auto fn) {
        auto *b = buttons->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(name);
        b->setVisible(visible);
        connect(b, &QPushButton::clicked, this, fn);
    };
    const bool post = actor.can(Permission::PostStock);
    addButton(tr("&Edit…"), u"editPart"_s, actor.can(Permission::ManageParts), [this] {
        auto p = m_services.parts.get(m_partId);
        if (!p)
            return;
        PartDialog dlg(m_services, m_actor, this);
        dlg.setPart(*p);
        if (dlg.exec() == QDialog::Accepted) {
            reload();
            Q_EMIT partChanged();
        }
    });
    addButton(tr("&Receive…"), u"receive"_s, post, [this] { this->post(int(MovementType::Receipt)); });
    addButton(tr("&Issue…"), u"issue"_s, post, [this] { this->post(int(MovementType::Issue)); });
    addButton(tr("&Transfer…"), u"transfer"_s, post, [this] { this->post(int(MovementType::Transfer)); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_info, 3);
    top->addWidget(m_stock, 2);
    auto *filter = new QHBoxLayout;
    filter->addWidget(new QLabel(tr("Movements at:")));
    filter->addWidget(m_location);
    filter->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filter);
    layout->addWidget(m_history, 1);
    layout->addWidget(buttons);
    resize(1000, 640);
    reload();
}

void PartDetailDialog::post(int type)
{
    MovementDialog dlg(m_services, m_actor, MovementType(type), this);
    dlg.setPartCode(m_code);
    if (m_location->currentData().toLongLong() > 0)
        dlg.setLocation(m_location->currentData().toLongLong());
    if (dlg.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT partChanged();
    }
}

void PartDetailDialog::reload()
{
    auto p = m_services.parts.get(m_partId);
    if (!p) {
        m_info->setText(p.error().message.toHtmlEscaped());
        return;
    }
    m_code = p->code;
    setWindowTitle(tr("Part %1 — %2").arg(p->code, p->name));
    const QString row = u"<tr><td style='color:#666;padding-right:10px'>%1</td><td>%2</td></tr>"_s;
    QString html = u"<b style='font-size:14pt'>"_s + p->code.toHtmlEscaped() + u"</b>&nbsp; "_s + p->name.toHtmlEscaped() +
                   (p->active ? QString() : u" <i>("_s + tr("retired") + u")</i>"_s) + u"<table>"_s;
    html += row.arg(tr("Specification"), p->spec.toHtmlEscaped());
    html += row.arg(tr("Category"), p->category.toHtmlEscaped());
    html += row.arg(tr("Compatible models"), p->compatibleModels.toHtmlEscaped());
    html += row.arg(tr("Bin"), p->bin.toHtmlEscaped());
    html += row.arg(tr("Cost / sale price"), fmt::money(p->costFen) + u" / "_s + fmt::money(p->saleFen));
    html += row.arg(tr("Safety stock / reorder"), tr("%1 / %2 %3").arg(p->safetyStock).arg(p->reorderQty).arg(p->unit.toHtmlEscaped()));
    html += row.arg(tr("Supplier"), p->supplier.toHtmlEscaped());
    html += u"</table>"_s;
    m_info->setText(html);

    auto balances = m_services.ledger.balances(m_partId);
    m_stock->setRowCount(0);
    if (balances) {
        qint64 total = 0;
        for (const BalanceRow &b : *balances) {
            const int r = m_stock->rowCount();
            m_stock->insertRow(r);
            m_stock->setItem(r, 0, item(b.location));
            m_stock->setItem(r, 1, item(QString::number(b.onHand), true));
            total += b.onHand;
        }
        const int r = m_stock->rowCount();
        m_stock->insertRow(r);
        m_stock->setItem(r, 0, item(tr("Total")));
        auto *t = item(QString::number(total), true);
        QFont f = t->font();
        f.setBold(true);
        t->setFont(f);
        m_stock->setItem(r, 1, t);
    }

    auto h = m_services.ledger.history(m_partId, m_location->currentData().toLongLong());
    m_history->setRowCount(0);
    if (!h)
        return;
    m_history->setRowCount(int(h->size()));
    // Newest first; the balance column is the running balance after each movement.
    for (int i = 0; i < h->size(); ++i) {
        const HistoryRow &m = h->at(h->size() - 1 - i);
        m_history->setItem(i, 0, item(fmt::dateTime(m.at)));
        m_history->setItem(i, 1, item(m.location));
        m_history->setItem(i, 2, item(labelOf(m.type)));
        auto *q = item(m.qty > 0 ? u"+"_s + QString::number(m.qty) : QString::number(m.qty), true);
        q->setForeground(m.qty < 0 ? QColor(0xb0, 0x20, 0x20) : QColor(0x1a, 0x7f, 0x37));
        m_history->setItem(i, 3, q);
        m_history->setItem(i, 4, item(QString::number(m.balance), true));
        m_history->setItem(i, 5, item(m.rejectedQty ? QString::number(m.rejectedQty) : QString(), true));
        m_history->setItem(i, 6, item(m.orderNumber));
        m_history->setItem(i, 7, item(m.note));
        m_history->setItem(i, 8, item(m.user));
    }
    m_history->resizeColumnsToContents();
}

} // namespace as
