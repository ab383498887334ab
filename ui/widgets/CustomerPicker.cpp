#include "widgets/CustomerPicker.h"

#include "services/CustomerQueries.h"
#include "services/OrderService.h"
#include "services/Services.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

CustomerPicker::CustomerPicker(Services &services, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor), m_noMatchText(tr("No customer matches \"%1\"."))
{
    m_search = new QLineEdit;
    m_search->setObjectName(u"customerSearch"_s);
    m_search->setPlaceholderText(tr("Phone fragment or name, then Down and Enter"));
    m_search->installEventFilter(this);
    m_matches = new QListWidget;
    m_matches->setObjectName(u"customerMatches"_s);
    m_matches->setMaximumHeight(120);
    m_matches->installEventFilter(this);
    m_matches->hide();
    m_info = new QLabel(tr("No customer chosen yet."));
    m_info->setObjectName(u"customerInfo"_s);
    m_info->setWordWrap(true);
    m_repeat = new QLabel;
    m_repeat->setObjectName(u"repeatCase"_s);
    m_repeat->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_repeat->hide();

    m_searchRow = new QHBoxLayout;
    m_searchRow->setContentsMargins(0, 0, 0, 0);
    m_searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_searchRow);
    layout->addWidget(m_matches);
    layout->addWidget(m_info);
    layout->addWidget(m_repeat);
    setFocusProxy(m_search);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this, &CustomerPicker::findCustomers);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_matches, &QListWidget::itemActivated, this, [this] { pickCurrentMatch(); });
}

void CustomerPicker::addTrailingWidget(QWidget *w)
{
    m_searchRow->addWidget(w);
}

void CustomerPicker::setSearchText(const QString &text)
{
    m_search->setText(text);
    findCustomers();
}

void CustomerPicker::focusMatches()
{
    m_matches->setFocus();
    m_matches->setCurrentRow(0);
}

bool CustomerPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier;
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down && m_matches->count() > 0) {
            focusMatches();
            return true;
        }
        if (enter) {
            m_debounce.stop();
            findCustomers();
            if (m_matches->count() == 1)
                pickCurrentMatch();
            else if (m_matches->count() > 1)
                focusMatches();
            return true;   // Enter here picks a customer; it never saves the dialog
        }
    } else if (watched == m_matches) {
        if (enter) {
            pickCurrentMatch();
            return true;
        }
        if (key->key() == Qt::Key_Up && m_matches->currentRow() <= 0) {
            m_search->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerPicker::findCustomers()
{
    m_matches->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_matches->hide();
        return;
    }
    CustomerQueries::Filter f;
    f.search = text;
    auto page = CustomerQueries::list(m_services.db.dialect(), f).fetch(m_services.db, 8);
    if (!page) {
        Q_EMIT errorOccurred(page.error());
        return;
    }
    const bool showPhone = m_actor.can(Permission::ViewPhoneNumbers);
    for (const auto &row : page->rows) {
        const QString p = row[CustomerQueries::Phone].toString();
        auto *item = new QListWidgetItem(u"%1   %2   %3"_s.arg(row[CustomerQueries::Name].toString(), showPhone ? p : phone::mask(p),
                                                                 row[CustomerQueries::Address].toString()));
        item->setData(Qt::UserRole, row.last());
        m_matches->addItem(item);
    }
    if (m_matches->count() == 0)
        m_matches->addItem(m_noMatchText.arg(text));
    m_matches->setVisible(true);
}

void CustomerPicker::pickCurrentMatch()
{
    QListWidgetItem *item = m_matches->currentItem();
    if (!item && m_matches->count() > 0)
        item = m_matches->item(0);
    if (item && item->data(Qt::UserRole).isValid())
        selectCustomer(item->data(Qt::UserRole).toLongLong());
}

bool CustomerPicker::selectCustomer(qint64 customerId)
{
    auto c = m_services.customers.get(customerId);
    if (!c) {
        Q_EMIT errorOccurred(c.error());
        return false;
    }
    m_customer = *c;
    const QString phoneText = m_actor.can(Permission::ViewPhoneNumbers) ? c->phone : phone::mask(c->phone);
    m_info->setText(u"<b>%1</b> &nbsp; %2<br>%3"_s.arg(c->name.toHtmlEscaped(), phoneText, c->address.toHtmlEscaped()));
    auto n = m_services.customers.recentCaseCount(c->id, m_services.clock.nowUtc());
    const bool repeat = n && *n >= OrderService::RepeatCaseThreshold;
    m_repeat->setText(repeat ? tr("Repeat case: %n order(s) or complaint(s) in the last 12 months.", nullptr, *n) : QString());
    m_repeat->setVisible(repeat);
    m_matches->hide();
    m_search->setText(c->name);
    Q_EMIT customerChosen(m_customer);
    return true;
}

} // namespace as
