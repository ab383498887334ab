#include "stocktake/StartStocktakeDialog.h"

#include "services/Services.h"
#include "widgets/ConflictDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

StartStocktakeDialog::StartStocktakeDialog(Services &services, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor)
{
    setWindowTitle(tr("Start a stocktake"));
    m_location = new QComboBox;
    m_location->setObjectName(u"location"_s);
    if (auto locs = services.parts.locations())
        for (const StockLocation &l : *locs)
            m_location->addItem(QString(l.code + u" – "_s + l.name), l.id);
    if (auto main = services.parts.defaultLocation(actor)) {
        const int i = m_location->findData(main->id);
        if (i >= 0)
            m_location->setCurrentIndex(i);
    }
    m_categories = new QListWidget;
    m_categories->setObjectName(u"categories"_s);
    m_categories->setMaximumHeight(140);
    if (auto cats = services.parts.categories())
        for (const QString &c : *cats) {
            auto *item = new QListWidgetItem(c, m_categories);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    m_blind = new QCheckBox(tr("Blind count: counters do not see the expected quantities"));
    m_blind->setObjectName(u"blind"_s);
    auto *hint = new QLabel(tr("Starting freezes the expected quantities of the location. Movements posted while "
                               "counting are taken into account when the stocktake is posted."));
    hint->setWordWrap(true);
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Location"), m_location);
    form->addRow(tr("&Categories\n(none ticked: all)"), m_categories);
    form->addRow(QString(), m_blind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StartStocktakeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StartStocktakeDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void StartStocktakeDialog::accept()
{
    QStringList cats;
    for (int i = 0; i < m_categories->count(); ++i)
        if (m_categories->item(i)->checkState() == Qt::Checked)
            cats << m_categories->item(i)->text();
    Result<qint64> id = Error::storage({});
    (void)saveWithRetry(this, [&]() -> Status {
        id = m_services.stocktakes.start(m_actor, m_location->currentData().toLongLong(), cats, m_blind->isChecked());
        return id ? Status() : Status(id.error());
    });
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        return;
    }
    m_id = *id;
    QDialog::accept();
}

} // namespace as
