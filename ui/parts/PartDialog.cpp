#include "parts/PartDialog.h"

#include "services/Services.h"
#include "util/Money.h"
#include "widgets/ConflictDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

PartDialog::PartDialog(Services &services, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor)
{
    setWindowTitle(tr("New part"));
    auto line = [](const QString &name) {
        auto *e = new QLineEdit;
        e->setObjectName(name);
        return e;
    };
    m_code = line(u"code"_s);
    m_code->setPlaceholderText(tr("Scan or type the code on the label"));
    m_name = line(u"name"_s);
    m_spec = line(u"spec"_s);
    m_unit = line(u"unit"_s);
    m_unit->setText(u"pcs"_s);
    m_models = line(u"compatible_models"_s);
    m_models->setPlaceholderText(tr("e.g. KFR-35GW, KFR-26GW"));
    m_bin = line(u"bin"_s);
    m_bin->setPlaceholderText(tr("e.g. A-01-03"));
    m_cost = line(u"cost_price"_s);
    m_cost->setPlaceholderText(tr("yuan, e.g. 125.50"));
    m_sale = line(u"sale_price"_s);
    m_sale->setPlaceholderText(tr("yuan"));
    m_supplier = line(u"supplier"_s);
    m_category = new QComboBox;
    m_category->setObjectName(u"category"_s);
    m_category->setEditable(true);
    if (auto cats = services.parts.categories())
        m_category->addItems(*cats);
    m_category->setCurrentText(QString());
    m_safety = new QSpinBox;
    m_safety->setObjectName(u"safety_stock"_s);
    m_safety->setRange(0, 1000000);
    m_reorder = new QSpinBox;
    m_reorder->setObjectName(u"reorder_qty"_s);
    m_reorder->setRange(0, 1000000);
    m_active = new QCheckBox(tr("In use (uncheck to retire the part)"));
    m_active->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Code *"), m_code);
    form->addRow(tr("&Name *"), m_name);
    form->addRow(tr("&Specification"), m_spec);
    form->addRow(tr("&Unit"), m_unit);
    form->addRow(tr("C&ategory"), m_category);
    form->addRow(tr("Compatible &models"), m_models);
    form->addRow(tr("&Bin location"), m_bin);
    form->addRow(tr("Cost &price"), m_cost);
    form->addRow(tr("Sa&le price"), m_sale);
    form->addRow(tr("Safe&ty stock"), m_safety);
    form->addRow(tr("&Reorder quantity"), m_reorder);
    form->addRow(tr("Preferred su&pplier"), m_supplier);
    form->addRow(QString(), m_active);
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PartDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PartDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(500, sizeHint().height());
}

void PartDialog::setPart(const Part &p)
{
    m_part = p;
    setWindowTitle(tr("Edit part %1").arg(p.code));
    m_code->setText(p.code);
    m_name->setText(p.name);
    m_spec->setText(p.spec);
    m_unit->setText(p.unit);
    m_category->setCurrentText(p.category);
    m_models->setText(p.compatibleModels);
    m_bin->setText(p.bin);
    m_cost->setText(money::toYuan(p.costFen));
    m_sale->setText(money::toYuan(p.saleFen));
    m_safety->setValue(int(p.safetyStock));
    m_reorder->setValue(int(p.reorderQty));
    m_supplier->setText(p.supplier);
    m_active->setChecked(p.active);
}

void PartDialog::showError(const Error &e)
{
    m_error->setText(e.message);
    m_error->show();
    if (!e.field.isEmpty())
        if (auto *w = findChild<QWidget *>(e.field))
            w->setFocus();
}

void PartDialog::accept()
{
    m_error->hide();
    Part p = m_part;
    p.code = m_code->text();
    p.name = m_name->text();
    p.spec = m_spec->text();
    p.unit = m_unit->text();
    p.category = m_category->currentText();
    p.compatibleModels = m_models->text();
    p.bin = m_bin->text();
    p.supplier = m_supplier->text();
    p.safetyStock = m_safety->value();
    p.reorderQty = m_reorder->value();
    p.active = m_active->isChecked();
    for (auto [edit, target, field] : {std::tuple{m_cost, &p.costFen, u"cost_price"_s}, std::tuple{m_sale, &p.saleFen, u"sale_price"_s}}) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            *target = 0;
            continue;
        }
        const auto fen = money::parseYuan(text);
        if (!fen) {
            showError(Error::validation(tr("\"%1\" is not an amount in yuan (e.g. 125.50).").arg(text), field));
            return;
        }
        *target = *fen;
    }
    if (p.id == 0) {
        Result<qint64> id = Error::storage({});
        (void)saveWithRetry(this, [&]() -> Status {
            id = m_services.parts.create(m_actor, p);
            return id ? Status() : Status(id.error());
        });
        if (!id) {
            showError(id.error());
            return;
        }
        m_part.id = *id;
    } else {
        Status st = saveWithRetry(this, [&] { return m_services.parts.update(m_actor, p); });
        if (!st) {
            showError(st.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace as
