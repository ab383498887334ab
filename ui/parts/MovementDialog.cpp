#include "parts/MovementDialog.h"

#include "services/Services.h"
#include "widgets/ConflictDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

MovementDialog::MovementDialog(Services &services, const Actor &actor, MovementType type, QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor), m_type(type)
{
    switch (type) {
    case MovementType::Receipt: setWindowTitle(tr("Receive parts")); break;
    case MovementType::Issue: setWindowTitle(tr("Issue parts to a service order")); break;
    case MovementType::Return: setWindowTitle(tr("Return unused parts from a service order")); break;
    case MovementType::Sale: setWindowTitle(tr("Sell parts")); break;
    case MovementType::Transfer: setWindowTitle(tr("Transfer parts between locations")); break;
    case MovementType::Scrap: setWindowTitle(tr("Scrap / defective parts")); break;
    default: setWindowTitle(labelOf(type)); break;
    }
    m_code = new QLineEdit;
    m_code->setObjectName(u"code"_s);
    m_code->setPlaceholderText(tr("Scan or type the part code"));
    m_partInfo = new QLabel;
    m_partInfo->setObjectName(u"partInfo"_s);
    m_partInfo->setWordWrap(true);
    m_location = new QComboBox;
    m_location->setObjectName(u"location"_s);
    m_to = new QComboBox;
    m_to->setObjectName(u"to_location"_s);
    if (type == MovementType::Scrap)
        m_to->addItem(tr("Written off (not kept)"), 0);
    if (auto locs = services.parts.locations()) {
        for (const StockLocation &l : *locs) {
            const QString text = QString(l.code + u" – "_s + l.name);
            if (l.kind != LocationKind::Defective || type == MovementType::Transfer)
                m_location->addItem(text, l.id);
            if (type == MovementType::Transfer || (type == MovementType::Scrap && l.kind == LocationKind::Defective))
                m_to->addItem(text, l.id);
        }
    }
    if (auto main = services.parts.defaultLocation(actor)) {
        setLocation(main->id);
        if (type == MovementType::Transfer)
            for (int i = 0; i < m_to->count(); ++i)
                if (m_to->itemData(i).toLongLong() != main->id) {
                    m_to->setCurrentIndex(i);
                    break;
                }
    }
    m_qty = new QSpinBox;
    m_qty->setObjectName(u"qty"_s);
    m_qty->setRange(type == MovementType::Receipt ? 0 : 1, 1000000);
    m_qty->setValue(1);
    m_rejected = new QSpinBox;
    m_rejected->setObjectName(u"rejected_qty"_s);
    m_rejected->setRange(0, 1000000);
    m_order = new QLineEdit;
    m_order->setObjectName(u"order"_s);
    m_order->setPlaceholderText(tr("Service order number"));
    m_note = new QLineEdit;
    m_note->setObjectName(u"note"_s);
    m_negative = new QCheckBox(tr("Allow the stock to go below zero (manager)"));
    m_negative->setObjectName(u"allowNegative"_s);
    m_negative->setVisible(actor.can(Permission::AllowNegativeStock) && StockLedger::signedQty(type, 1) < 0);

    auto *form = new QFormLayout;
    form->addRow(tr("&Part *"), m_code);
    form->addRow(QString(), m_partInfo);
    form->addRow(type == MovementType::Transfer ? tr("&From") : tr("&Location"), m_location);
    if (type == MovementType::Transfer)
        form->addRow(tr("&To"), m_to);
    if (type == MovementType::Scrap)
        form->addRow(tr("&Keep in"), m_to);
    form->addRow(type == MovementType::Receipt ? tr("&Accepted quantity") : tr("&Quantity"), m_qty);
    if (type == MovementType::Receipt)
        form->addRow(tr("&Rejected at inspection"), m_rejected);
    if (type == MovementType::Issue || type == MovementType::Return)
        form->addRow(tr("Service &order *"), m_order);
    form->addRow(tr("&Note"), m_note);
    form->addRow(QString(), m_negative);
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Post"));
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &MovementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MovementDialog::reject);
    connect(m_code, &QLineEdit::editingFinished, this, &MovementDialog::lookupPart);
    connect(m_location, &QComboBox::currentIndexChanged, this, &MovementDialog::lookupPart);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void MovementDialog::setPartCode(const QString &code)
{
    m_code->setText(code);
    lookupPart();
    m_qty->setFocus();
}

void MovementDialog::setOrderNumber(const QString &number)
{
    m_order->setText(number);
    m_code->setFocus();
}

void MovementDialog::setLocation(qint64 locationId)
{
    const int i = m_location->findData(locationId);
    if (i >= 0)
        m_location->setCurrentIndex(i);
}

void MovementDialog::lookupPart()
{
    if (m_code->text().trimmed().isEmpty()) {
        m_partInfo->clear();
        return;
    }
    auto p = m_services.parts.byCode(m_code->text());
    if (!p || !p->has_value()) {
        m_partInfo->setText(tr("Unknown part code."));
        return;
    }
    const qint64 onHand = m_services.ledger.onHand((*p)->id, m_location->currentData().toLongLong()).valueOr(0);
    m_partInfo->setText(tr("%1 — %2 %3 on hand here").arg((*p)->name).arg(onHand).arg((*p)->unit));
}

void MovementDialog::showError(const Error &e)
{
    m_error->setText(e.message);
    m_error->show();
    if (!e.field.isEmpty())
        if (auto *w = findChild<QWidget *>(e.field))
            w->setFocus();
}

void MovementDialog::accept()
{
    m_error->hide();
    auto part = m_services.parts.requireCode(m_code->text());
    if (!part) {
        showError(Error::validation(part.error().message, u"code"_s));
        return;
    }
    if ((m_type == MovementType::Issue || m_type == MovementType::Return) && m_order->text().trimmed().isEmpty()) {
        showError(Error::validation(tr("Enter the service order the parts are for."), u"order"_s));
        return;
    }
    MovementRequest r;
    r.type = m_type;
    r.partId = part->id;
    r.locationId = m_location->currentData().toLongLong();
    r.toLocationId = (m_type == MovementType::Transfer || m_type == MovementType::Scrap) ? m_to->currentData().toLongLong() : 0;
    r.qty = m_qty->value();
    r.rejectedQty = m_type == MovementType::Receipt ? m_rejected->value() : 0;
    r.orderNumber = m_order->text();
    r.note = m_note->text();
    r.allowNegative = m_negative->isChecked();
    Result<qint64> id = Error::storage({});
    (void)saveWithRetry(this, [&]() -> Status {
        id = m_services.ledger.post(m_actor, r);
        return id ? Status() : Status(id.error());
    });
    if (!id) {
        showError(id.error());
        return;
    }
    m_movementId = *id;
    QDialog::accept();
}

} // namespace as
