#include "print/BatchPrintDialog.h"

#include "print/PrintActions.h"
#include "print/render/WorkOrderDocument.h"
#include "services/Services.h"
#include "services/WorkOrderData.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace as {

BatchPrintDialog::BatchPrintDialog(Services &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_technician(new QComboBox), m_date(new QDateEdit), m_paper(new QComboBox),
      m_list(new QListWidget), m_summary(new QLabel)
{
    setWindowTitle(tr("Print work orders for a day"));
    m_technician->setObjectName(u"technician"_s);
    m_date->setObjectName(u"date"_s);
    m_paper->setObjectName(u"paper"_s);
    m_list->setObjectName(u"orders"_s);
    m_summary->setObjectName(u"summary"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setDate(m_services.clock.nowUtc().toTimeZone(m_services.settings.siteTimeZone()).date());

    auto techs = m_services.users.list(Role::Technician);
    if (techs)
        for (const User &u : *techs)
            m_technician->addItem(u.displayName.isEmpty() ? u.login : u.displayName, u.id);
    m_paper->addItem(tr("A4"), u"A4"_s);
    m_paper->addItem(tr("A5"), u"A5"_s);
    m_paper->setCurrentIndex(printing::preferredPaper() == print::Paper::A5 ? 1 : 0);

    auto *form = new QFormLayout;
    form->addRow(tr("&Technician:"), m_technician);
    form->addRow(tr("&Day:"), m_date);
    form->addRow(tr("&Paper:"), m_paper);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_preview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_technician, &QComboBox::currentIndexChanged, this, &BatchPrintDialog::reload);
    connect(m_date, &QDateEdit::dateChanged, this, &BatchPrintDialog::reload);
    connect(m_paper, &QComboBox::currentIndexChanged, this, [this] {
        printing::setPreferredPaper(print::paperFromName(m_paper->currentData().toString()).value_or(print::Paper::A4));
    });
    connect(m_preview, &QPushButton::clicked, this, &BatchPrintDialog::preview);
    connect(m_print, &QPushButton::clicked, this, &BatchPrintDialog::print);
    connect(m_save, &QPushButton::clicked, this, &BatchPrintDialog::save);
    resize(460, 420);
    reload();
}

void BatchPrintDialog::setTechnician(qint64 userId)
{
    const int i = m_technician->findData(userId);
    if (i >= 0)
        m_technician->setCurrentIndex(i);
}

void BatchPrintDialog::setDate(const QDate &day)
{
    m_date->setDate(day);
}

void BatchPrintDialog::reload()
{
    m_ids.clear();
    m_list->clear();
    QString summary;
    const qint64 tech = m_technician->currentData().toLongLong();
    if (m_technician->count() == 0) {
        summary = tr("There are no technicians yet (Tools > Users…).");
    } else if (auto ids = WorkOrderSource(m_services).technicianDay(tech, m_date->date()); !ids) {
        summary = ids.error().message;
    } else {
        m_ids = *ids;
        const QTimeZone zone = m_services.settings.siteTimeZone();
        for (qint64 id : m_ids)
            if (auto o = m_services.orders.get(id))
                m_list->addItem(tr("%1  %2  %3 — %4")
                                    .arg(o->appointmentStart.toTimeZone(zone).toString(u"HH:mm"_s), o->number,
                                         o->customerName, o->address));
        summary = m_ids.isEmpty() ? tr("No appointments that day.")
                                  : tr("%n work order(s) with an appointment that day, one page each.", nullptr,
                                       int(m_ids.size()));
    }
    m_summary->setText(summary);
    for (QPushButton *b : {m_preview, m_print, m_save})
        b->setEnabled(!m_ids.isEmpty());
}

void BatchPrintDialog::preview()
{
    printing::previewWorkOrders(this, m_services, m_ids);
}

void BatchPrintDialog::print()
{
    printing::printWorkOrders(this, m_services, m_ids);
}

Status BatchPrintDialog::savePdf(const QString &path)
{
    auto data = printing::loadWorkOrders(m_services, m_ids);
    if (!data)
        return data.error();
    return print::WorkOrderDocument::writePdf(path, *data,
                                              print::paperFromName(m_paper->currentData().toString()).value_or(print::Paper::A4));
}

void BatchPrintDialog::save()
{
    const QString name = tr("work-orders-%1-%2.pdf").arg(m_technician->currentText(), m_date->date().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save work orders as PDF"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + name,
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto st = savePdf(path); !st)
        QMessageBox::warning(this, tr("Printing"), st.error().message);
}

} // namespace as
