#pragma once

#include "domain/Customer.h"
#include "services/Actor.h"
#include "util/Result.h"

#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace as {

struct Services;

// The front desk's customer search while the customer is on the phone, keyboard only:
// type a phone fragment or a name, Down moves into the matches, Enter picks (one match: Enter
// in the search field picks it directly; Enter never reaches the dialog's default button).
// Shows the chosen customer (phone masked unless the actor may see numbers) and the
// repeat-case flag. Used by the new order and new complaint dialogs.
class CustomerPicker : public QWidget
{
    Q_OBJECT

public:
    CustomerPicker(Services &services, const Actor &actor, QWidget *parent = nullptr);

    // A widget shown right of the search field (e.g. "New customer… (F2)").
    void addTrailingWidget(QWidget *w);
    // Shown in the match list when nothing matches; %1 is the search text.
    void setNoMatchText(const QString &text) { m_noMatchText = text; }
    void setSearchText(const QString &text);
    // Loads and shows the customer; emits customerChosen. False (and errorOccurred) if it cannot be read.
    bool selectCustomer(qint64 customerId);

    const Customer &customer() const { return m_customer; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void customerChosen(const as::Customer &customer);
    void errorOccurred(const as::Error &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void findCustomers();
    void pickCurrentMatch();
    void focusMatches();

    Services &m_services;
    Actor m_actor;
    Customer m_customer;
    QString m_noMatchText;
    QHBoxLayout *m_searchRow;
    QLineEdit *m_search;
    QListWidget *m_matches;
    QLabel *m_info, *m_repeat;
    QTimer m_debounce;
};

} // namespace as
