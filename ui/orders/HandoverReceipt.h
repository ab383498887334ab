#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace as {

struct Services;

// The receipt of one hand-over of a carry-in unit (who gave it to whom, when, what came with
// it), with signature lines for both sides: A5, printed or saved as PDF.
namespace handover {

Result<QString> receiptHtml(Services &services, qint64 orderId, qint64 handoverId);
Status writePdf(Services &services, qint64 orderId, qint64 handoverId, const QString &path);
void preview(QWidget *parent, Services &services, qint64 orderId, qint64 handoverId);

} // namespace handover
} // namespace as
