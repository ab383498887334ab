#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace as {

// Converts two public complaint files into the `complaints` import format of cli.md (CSV, UTF-8),
// recognised by their header:
//  * 车质网 12365auto car complaints (id, brand, car_model, type, desc, problem, datetime, status):
//    number <- "12365-" + id; received_at <- datetime (09:00 site time); model <- "brand car_model";
//    content <- desc exactly (trailing TABs kept); category and responsibility from the first fault
//    code letter (A-H, N, Q: quality / product; I: attitude / service; J: quality / service;
//    K: charges / service; L: timeliness / service; M, O: other / undetermined);
//    status 用户评分 (the customer rated the answer) -> closed the same day, satisfied yes.
//  * US CFPB consumer complaints (Date received, Product, Sub-product, Issue, ... Complaint ID):
//    number <- "CFPB-" + Complaint ID; received_at <- Date received; model <- Product;
//    content <- the narrative, else "Issue / Sub-issue"; category from the issue (fees, interest
//    -> charges; late, delay, time -> timeliness; communication, tactics -> attitude; else other);
//    responses "Closed ..." -> closed on Date sent to company; monetary relief -> compensation,
//    non-monetary -> other, explanation -> apology; Consumer disputed? Yes -> satisfied no, No -> yes.
class ComplaintFileConverter
{
    Q_DECLARE_TR_FUNCTIONS(as::ComplaintFileConverter)

public:
    enum class Source { CarComplaints12365, Cfpb };
    struct Summary { Source source = Source::CarComplaints12365; qint64 rows = 0; };
    static Result<Summary> convert(const QString &inputCsv, const QString &complaintsCsv);
};

} // namespace as
