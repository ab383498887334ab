#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace as {

// Converts a ServiceNow incident event log (the UCI "Incident management process enriched
// event log": one row per update of an incident, dates d/m/yyyy HH:MM, "?" = missing) into
// the `orders` import format of cli.md: ONE ORDER PER INCIDENT, taken from its LAST row in
// the file (the log is grouped by incident, updates in order), plus the earliest update times.
//   number <- number; opened_at <- opened_at; channel <- contact_type (Phone/IVR -> phone,
//   Email -> email, Self service -> chat, Direct opening -> walk_in); category <- repair;
//   priority <- priority (1 Critical -> urgent, 2 High -> high, 3 Moderate -> normal,
//   4 Low -> low); complexity <- complex when impact is "1 - High"; customer_name <- caller_id ("Unknown caller" when missing);
//   symptom <- "category / subcategory / u_symptom" (+ "reopened N times");
//   technician <- assigned_to of the last row; acknowledged_at <- first sys_updated_at;
//   dispatched_at <- first update that has an assignee; completed_at <- resolved_at;
//   accepted_at <- closed_at when the last state is Closed.
// Inconsistent times are clamped so the file is importable: a time before opened_at becomes
// opened_at, closed before resolved becomes resolved, a closed incident without resolved_at is
// completed when closed; `clamped` counts the incidents touched.
class IncidentLogConverter
{
    Q_DECLARE_TR_FUNCTIONS(as::IncidentLogConverter)

public:
    struct Summary {
        qint64 events = 0;
        qint64 incidents = 0;
        qint64 clamped = 0;
        QStringList technicians;   // distinct assigned_to values used
    };
    static Result<Summary> convert(const QString &eventLogCsv, const QString &ordersCsv);
};

} // namespace as
