#pragma once

#include <QTableWidget>

namespace as {

class AuditLog;

// The "History" tab of a record: who changed what and when, from the audit trail.
class HistoryView : public QTableWidget
{
    Q_OBJECT

public:
    explicit HistoryView(QWidget *parent = nullptr);
    void load(AuditLog &audit, const QString &entity, qint64 id);
};

} // namespace as
