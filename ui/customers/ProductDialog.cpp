#include "customers/ProductDialog.h"

#include "services/Services.h"
#include "widgets/ConflictDialog.h"
#include "widgets/DateField.h"
#include "widgets/Format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

ProductDialog::ProductDialog(Services &services, const Actor &actor, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor)
{
    m_product.customerId = customerId;
    setWindowTitle(tr("Register product"));
    m_model = new QLineEdit;
    m_model->setObjectName(u"model"_s);
    m_type = new QLineEdit;
    m_type->setObjectName(u"product_type"_s);
    m_type->setPlaceholderText(tr("e.g. Refrigerator, Sofa, Phone"));
    m_serial = new QLineEdit;
    m_serial->setObjectName(u"serial"_s);
    m_purchase = new DateField;
    m_purchase->setObjectName(u"purchase_date"_s);
    m_manufacture = new DateField;
    m_manufacture->setObjectName(u"manufacture_date"_s);
    m_installation = new DateField;
    m_installation->setObjectName(u"installation_date"_s);
    m_dealer = new QLineEdit;
    m_dealer->setObjectName(u"dealer"_s);
    m_months = new QSpinBox;
    m_months->setObjectName(u"warranty_months"_s);
    m_months->setRange(0, 240);
    m_months->setValue(12);
    m_months->setSuffix(tr(" months"));
    m_override = new QComboBox;
    m_override->setObjectName(u"warranty_override"_s);
    m_override->addItem(tr("Computed from the dates"), QString());
    m_override->addItem(labelOf(WarrantyStatus::In), codeOf(WarrantyStatus::In));
    m_override->addItem(labelOf(WarrantyStatus::Out), codeOf(WarrantyStatus::Out));
    m_reason = new QLineEdit;
    m_reason->setObjectName(u"warranty_override_reason"_s);
    m_reason->setPlaceholderText(tr("Required when the status is overridden"));
    m_warranty = new QLabel;
    m_warranty->setObjectName(u"warrantyStatus"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Model *"), m_model);
    form->addRow(tr("Product &type"), m_type);
    form->addRow(tr("&Serial number"), m_serial);
    form->addRow(tr("&Purchase date"), m_purchase);
    form->addRow(tr("Manu&facture date"), m_manufacture);
    form->addRow(tr("&Installation date"), m_installation);
    form->addRow(tr("&Dealer"), m_dealer);
    form->addRow(tr("&Warranty"), m_months);
    form->addRow(tr("Warranty st&atus"), m_override);
    form->addRow(tr("Override &reason"), m_reason);
    form->addRow(tr("Today"), m_warranty);

    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);
    for (DateField *d : {m_purchase, m_manufacture})
        connect(d, &QDateEdit::dateChanged, this, &ProductDialog::updateWarranty);
    connect(m_months, &QSpinBox::valueChanged, this, &ProductDialog::updateWarranty);
    connect(m_override, &QComboBox::currentIndexChanged, this, &ProductDialog::updateWarranty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateWarranty();
}

void ProductDialog::setProduct(const Product &p)
{
    m_product = p;
    setWindowTitle(tr("Edit product %1").arg(p.model));
    m_model->setText(p.model);
    m_type->setText(p.productType);
    m_serial->setText(p.serial);
    m_purchase->setValue(p.purchaseDate);
    m_manufacture->setValue(p.manufactureDate);
    m_installation->setValue(p.installationDate);
    m_dealer->setText(p.dealer);
    m_months->setValue(p.warrantyMonths);
    m_override->setCurrentIndex(p.warrantyOverride ? m_override->findData(codeOf(*p.warrantyOverride)) : 0);
    m_reason->setText(p.warrantyOverrideReason);
    updateWarranty();
}

Product ProductDialog::collect() const
{
    Product p = m_product;
    p.model = m_model->text();
    p.productType = m_type->text().trimmed();
    p.serial = m_serial->text();
    p.purchaseDate = m_purchase->value();
    p.manufactureDate = m_manufacture->value();
    p.installationDate = m_installation->value();
    p.dealer = m_dealer->text();
    p.warrantyMonths = m_months->value();
    const QString ov = m_override->currentData().toString();
    p.warrantyOverride = ov.isEmpty() ? std::nullopt : fromCode<WarrantyStatus>(ov);
    p.warrantyOverrideReason = m_reason->text().trimmed();
    return p;
}

void ProductDialog::updateWarranty()
{
    const Product p = collect();
    const QDate today = m_services.clock.nowUtc().toTimeZone(fmt::siteTimeZone()).date();
    const WarrantyStatus st = warranty::statusAt(p, today);
    QString text = labelOf(st);
    const QDate end = warranty::endDate(p);
    if (end.isValid() && !p.warrantyOverride)
        text += u"  ("_s + tr("covered until %1").arg(fmt::date(end.addDays(-1))) + u')';
    m_warranty->setText(text);
    m_reason->setEnabled(p.warrantyOverride.has_value());
}

void ProductDialog::showError(const Error &e)
{
    m_error->setText(e.message);
    m_error->show();
    if (!e.field.isEmpty())
        if (auto *w = findChild<QWidget *>(e.field))
            w->setFocus();
}

void ProductDialog::accept()
{
    m_error->hide();
    Product p = collect();
    if (p.id == 0) {
        auto id = m_services.customers.addProduct(m_actor, p);
        if (!id) {
            showError(id.error());
            return;
        }
        m_product.id = *id;
    } else {
        Error error;
        const auto outcome = saveResolvingConflicts(
            this, tr("Product %1").arg(p.model), p, [this](const Product &x) { return m_services.customers.updateProduct(m_actor, x); },
            [this, id = p.id] { return m_services.customers.product(id); },
            [](const Product &mine, const Product &theirs) -> QList<ConflictDialog::Field> {
                auto d = [](const QDate &x) { return x.isValid() ? x.toString(Qt::ISODate) : QString(); };
                return {{tr("Model"), mine.model, theirs.model},
                        {tr("Product type"), mine.productType, theirs.productType},
                        {tr("Serial number"), mine.serial, theirs.serial},
                        {tr("Purchase date"), d(mine.purchaseDate), d(theirs.purchaseDate)},
                        {tr("Manufacture date"), d(mine.manufactureDate), d(theirs.manufactureDate)},
                        {tr("Installation date"), d(mine.installationDate), d(theirs.installationDate)},
                        {tr("Dealer"), mine.dealer, theirs.dealer},
                        {tr("Warranty"), QString::number(mine.warrantyMonths), QString::number(theirs.warrantyMonths)}};
            },
            [this](const Product &theirs) { setProduct(theirs); }, &error);
        if (outcome == SaveOutcome::Failed)
            showError(error);
        if (outcome != SaveOutcome::Saved)
            return;
    }
    QDialog::accept();
}

} // namespace as
