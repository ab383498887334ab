#include "customers/CustomerDialog.h"

#include "services/Services.h"
#include "widgets/ConflictDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

CustomerDialog::CustomerDialog(Services &services, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor)
{
    setWindowTitle(tr("New customer"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(u"name"_s);
    m_name->setMaxLength(100);
    m_phone = new QLineEdit;
    m_phone->setObjectName(u"phone"_s);
    m_phone->setPlaceholderText(tr("e.g. 13800138000 or 010-62345678"));
    m_phone2 = new QLineEdit;
    m_phone2->setObjectName(u"phone2"_s);
    m_email = new QLineEdit;
    m_email->setObjectName(u"email"_s);
    m_address = new QLineEdit;
    m_address->setObjectName(u"address"_s);
    m_address->setMaxLength(300);
    m_type = new QComboBox;
    m_type->setObjectName(u"type"_s);
    for (CustomerType t : allValues<CustomerType>())
        m_type->addItem(labelOf(t), codeOf(t));
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(u"notes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    form->addRow(tr("&Name *"), m_name);
    form->addRow(tr("&Phone *"), m_phone);
    form->addRow(tr("Second p&hone"), m_phone2);
    form->addRow(tr("&E-mail"), m_email);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("&Type"), m_type);
    form->addRow(tr("N&otes"), m_notes);

    m_duplicates = new QLabel;
    m_duplicates->setObjectName(u"warningLabel"_s);
    m_duplicates->setWordWrap(true);
    m_duplicates->hide();
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    connect(m_phone, &QLineEdit::textEdited, this, [this] {
        m_duplicates->hide();
        m_save->setText(tr("Save"));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void CustomerDialog::setCustomer(const Customer &c)
{
    m_customer = c;
    setWindowTitle(tr("Edit customer %1").arg(c.name));
    m_name->setText(c.name);
    m_phone->setText(c.phone);
    m_phone2->setText(c.phone2);
    m_email->setText(c.email);
    m_address->setText(c.address);
    m_type->setCurrentIndex(m_type->findData(codeOf(c.type)));
    m_notes->setPlainText(c.notes);
    m_confirmedPhone = c.phone;
}

void CustomerDialog::setPhone(const QString &phone)
{
    m_phone->setText(phone);
}

Customer CustomerDialog::collect() const
{
    Customer c = m_customer;
    c.name = m_name->text();
    c.phone = m_phone->text();
    c.phone2 = m_phone2->text();
    c.email = m_email->text();
    c.address = m_address->text();
    c.type = fromCode<CustomerType>(m_type->currentData().toString()).value_or(CustomerType::Consumer);
    c.notes = m_notes->toPlainText();
    return c;
}

void CustomerDialog::showError(const Error &e)
{
    m_error->setText(e.message);
    m_error->show();
    if (!e.field.isEmpty())
        if (auto *w = findChild<QWidget *>(e.field)) {
            w->setFocus();
            if (auto *le = qobject_cast<QLineEdit *>(w))
                le->selectAll();
        }
}

bool CustomerDialog::confirmDuplicates(const Customer &c)
{
    if (c.phone == m_confirmedPhone)
        return true;
    auto dups = m_services.customers.findByPhone(c.phone, c.id);
    if (!dups || dups->isEmpty())
        return true;
    QStringList names;
    for (const Customer &d : *dups)
        names << d.name;
    m_duplicates->setText(tr("The phone %1 already belongs to: %2. Check that this is not the same customer; "
                             "press \"Save anyway\" to create another record.")
                              .arg(c.phone, names.join(u", "_s)));
    m_duplicates->show();
    m_save->setText(tr("Save anyway"));
    m_confirmedPhone = c.phone;
    return false;
}

void CustomerDialog::accept()
{
    m_error->hide();
    Customer c = collect();
    Status valid = m_services.customers.validate(c);
    if (!valid) {
        showError(valid.error());
        return;
    }
    if (!confirmDuplicates(c))
        return;
    if (c.id == 0) {
        auto id = Result<qint64>(Error::storage({}));
        (void)saveWithRetry(this, [&]() -> Status {
            id = m_services.customers.create(m_actor, c);
            return id ? Status() : Status(id.error());
        });
        if (!id) {
            showError(id.error());
            return;
        }
        m_customer.id = *id;
    } else {
        Error error;
        const auto outcome = saveResolvingConflicts(
            this, tr("Customer %1").arg(c.name), c, [this](const Customer &x) { return m_services.customers.update(m_actor, x); },
            [this, id = c.id] { return m_services.customers.get(id); },
            [](const Customer &mine, const Customer &theirs) -> QList<ConflictDialog::Field> {
                return {{tr("Name"), mine.name, theirs.name},           {tr("Phone"), mine.phone, theirs.phone},
                        {tr("Second phone"), mine.phone2, theirs.phone2}, {tr("E-mail"), mine.email, theirs.email},
                        {tr("Address"), mine.address, theirs.address},  {tr("Type"), labelOf(mine.type), labelOf(theirs.type)},
                        {tr("Notes"), mine.notes, theirs.notes}};
            },
            [this](const Customer &theirs) { setCustomer(theirs); }, &error);
        if (outcome == SaveOutcome::Failed)
            showError(error);
        if (outcome != SaveOutcome::Saved)
            return;
    }
    QDialog::accept();
}

} // namespace as
