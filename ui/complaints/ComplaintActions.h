#pragma once

#include "services/Actor.h"

#include <functional>

class QHBoxLayout;
class QPushButton;
class QWidget;

namespace as {

struct Services;

// Complaint actions other screens add (order window, customers) and the handling sheet.
namespace complaints {

// Asks for a file name and writes the complaint handling sheet as PDF. True when written.
bool saveSheetPdf(QWidget *parent, Services &services, const Actor &actor, qint64 complaintId);
// A "Handling sheet (PDF)…" button for the complaint on screen (0: none selected).
QPushButton *addPrintButton(QHBoxLayout *bar, QWidget *parent, Services &services, const Actor &actor,
                            std::function<qint64()> currentComplaint);
// Opens the new complaint dialog preset with the order (or else the customer), then the new
// complaint's window. Returns the new complaint's id (0 when cancelled).
qint64 newComplaint(QWidget *parent, Services &services, const Actor &actor, qint64 orderId, qint64 customerId);
// A "New complaint…" button (hidden for roles that may not handle complaints).
QPushButton *addNewComplaintButton(QHBoxLayout *bar, QWidget *parent, Services &services, const Actor &actor,
                                   std::function<qint64()> orderId, std::function<qint64()> customerId);
// Opens the complaint window (modal).
void openComplaint(QWidget *parent, Services &services, const Actor &actor, qint64 complaintId);

} // namespace complaints
} // namespace as
