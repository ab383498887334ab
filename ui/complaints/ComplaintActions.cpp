#include "complaints/ComplaintActions.h"

#include "ComplaintSheetDocument.h"
#include "complaints/ComplaintWindow.h"
#include "complaints/NewComplaintDialog.h"
#include "services/Services.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace as::complaints {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(as::complaints::ComplaintActions)
};
} // namespace

bool saveSheetPdf(QWidget *parent, Services &services, const Actor &actor, qint64 complaintId)
{
    auto c = services.complaints.get(complaintId);
    if (!c) {
        QMessageBox::warning(parent, Text::tr("Complaint handling sheet"), c.error().message);
        return false;
    }
    const QString file = QFileDialog::getSaveFileName(parent, Text::tr("Save the complaint handling sheet"),
                                                      QDir::home().filePath(c->number + u".pdf"_s), Text::tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return false;
    auto sheet = print::ComplaintSheetDocument::load(services.db, services.clock, actor, c->number);
    Status st = sheet ? print::ComplaintSheetDocument::writePdf(file, *sheet) : Status(sheet.error());
    if (!st) {
        QMessageBox::warning(parent, Text::tr("Complaint handling sheet"), st.error().message);
        return false;
    }
    return true;
}

QPushButton *addPrintButton(QHBoxLayout *bar, QWidget *parent, Services &services, const Actor &actor,
                            std::function<qint64()> currentComplaint)
{
    auto *b = new QPushButton(Text::tr("Handling sheet (PDF)…"));
    b->setObjectName(u"complaintSheet"_s);
    QObject::connect(b, &QPushButton::clicked, parent, [parent, &services, actor, currentComplaint] {
        const qint64 id = currentComplaint();
        if (id <= 0) {
            QMessageBox::information(parent, Text::tr("Complaint handling sheet"), Text::tr("Select a complaint first."));
            return;
        }
        saveSheetPdf(parent, services, actor, id);
    });
    if (bar)
        bar->addWidget(b);
    return b;
}

qint64 newComplaint(QWidget *parent, Services &services, const Actor &actor, qint64 orderId, qint64 customerId)
{
    NewComplaintDialog dlg(services, actor, parent);
    if (orderId > 0)
        dlg.selectOrder(orderId);
    else if (customerId > 0)
        dlg.selectCustomer(customerId);
    if (dlg.exec() != QDialog::Accepted)
        return 0;
    openComplaint(parent, services, actor, dlg.complaintId());
    return dlg.complaintId();
}

QPushButton *addNewComplaintButton(QHBoxLayout *bar, QWidget *parent, Services &services, const Actor &actor,
                                   std::function<qint64()> orderId, std::function<qint64()> customerId)
{
    auto *b = new QPushButton(Text::tr("New &complaint…"));
    b->setObjectName(u"newComplaint"_s);
    b->setVisible(actor.can(Permission::HandleComplaints));
    QObject::connect(b, &QPushButton::clicked, parent, [parent, &services, actor, orderId, customerId] {
        newComplaint(parent, services, actor, orderId ? orderId() : 0, customerId ? customerId() : 0);
    });
    if (bar)
        bar->addWidget(b);
    return b;
}

void openComplaint(QWidget *parent, Services &services, const Actor &actor, qint64 complaintId)
{
    if (complaintId <= 0)
        return;
    ComplaintWindow w(services, actor, complaintId, parent);
    w.exec();
}

} // namespace as::complaints
