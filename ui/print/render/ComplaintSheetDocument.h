#pragma once

#include "services/Actor.h"
#include "services/ComplaintService.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace as {
class Database;
class Clock;
}

namespace as::print {

// What the complaint handling sheet shows (loaded once; phones masked for roles that may not see them).
struct ComplaintSheet
{
    Complaint complaint;
    QList<ComplaintEvent> events;
    QList<ComplaintService::LinkedOrder> orders;
    QString assignee, approver, phone;
    QTimeZone site;
};

// The printable complaint handling sheet (投诉处理单) for the file: A4, the number as a barcode,
// intake, handling, remedy and approval, the customer's verdict, the timeline and signature lines.
struct ComplaintSheetDocument
{
    Q_DECLARE_TR_FUNCTIONS(as::print::ComplaintSheetDocument)

public:
    static Result<ComplaintSheet> load(Database &db, const Clock &clock, const Actor &actor, const QString &number);
    // Writes a PDF atomically (QSaveFile).
    static Status writePdf(const QString &path, const ComplaintSheet &sheet, const QString &language = {});
};

} // namespace as::print
