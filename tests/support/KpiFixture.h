#pragma once
// A small hand-built database for the KPI golden tests (tests/core/test_kpi.cpp, tests/cli/test_cli_report.cpp).
// Site time zone Asia/Shanghai (UTC+8): November 2026 is [2026-10-31T16:00Z, 2026-11-30T16:00Z).
// Every figure is worked out by hand in test_kpi.cpp.
#include "storage/Database.h"

#include <gtest/gtest.h>

#include <QString>
#include <QVariantList>

namespace as::test {

struct KpiOrder {
    qint64 id;
    const char *opened, *ack, *ackDue, *resolveDue, *completed, *accepted, *cancelled;
    const char *status;
    const char *warranty;
    qint64 reworkOf, technician, minutes;
    const char *category;
    qint64 product;   // 0: none
};

inline QVariant opt(const char *s) { return s ? QVariant(QString::fromLatin1(s)) : QVariant(QMetaType(QMetaType::QString)); }
inline QVariant optId(qint64 v) { return v ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong)); }

inline void kpiExec(Database &db, const QString &sql, const QVariantList &p = {})
{
    auto r = db.exec(sql, p);
    ASSERT_TRUE(r.ok()) << qPrintable(r.ok() ? QString() : r.error().message);
}

// The complaints and follow-ups tables with the agreed columns (STATUS.md), until their
// migrations are in main: created only when the schema does not have them yet.
inline void ensureComplaintsAndFollowups(Database &db)
{
    const QString exists = db.isSqlite() ? QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
                                         : QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?");
    if (db.scalar(exists, {QStringLiteral("complaints")}).value().isNull())
        kpiExec(db, QStringLiteral("CREATE TABLE complaints (id BIGINT PRIMARY KEY, number TEXT, received_at TEXT, customer_id BIGINT, "
                                   "product_id BIGINT, order_id BIGINT, category TEXT, severity TEXT, status TEXT, responsibility TEXT, "
                                   "remedy TEXT, compensation_fen BIGINT, acknowledged_at TEXT, ack_due TEXT, remedy_due TEXT, "
                                   "remedy_proposed_at TEXT, closed_at TEXT, satisfied INTEGER, content TEXT, created_at TEXT, updated_at TEXT, "
                                   "row_version INTEGER)"));
    if (db.scalar(exists, {QStringLiteral("followups")}).value().isNull())
        kpiExec(db, QStringLiteral("CREATE TABLE followups (id BIGINT PRIMARY KEY, order_id BIGINT, customer_id BIGINT, product_id BIGINT, "
                                   "technician_id BIGINT, kind TEXT, due_date TEXT, status TEXT, outcome TEXT, satisfaction INTEGER, "
                                   "attempts INTEGER, next_call_at TEXT, agent_id BIGINT, done_at TEXT, comments TEXT, new_order_id BIGINT, "
                                   "row_version INTEGER)"));
}

inline void addComplaint(Database &db, qint64 id, const char *received, const char *category, const char *responsibility)
{
    kpiExec(db, QStringLiteral("INSERT INTO complaints (id, number, received_at, customer_id, category, severity, status, responsibility, "
                               "compensation_fen, content, created_at, updated_at, row_version) "
                               "VALUES (?, ?, ?, 1, ?, 'normal', 'closed', ?, 0, 'complaint', '2026-10-01T00:00:00Z', '2026-10-01T00:00:00Z', 1)"),
            {id, QStringLiteral("CP-%1").arg(id), opt(received), opt(category), opt(responsibility)});
}

inline void addFollowup(Database &db, qint64 id, qint64 order, qint64 tech, const char *kind, const char *status, const char *doneAt,
                        int satisfaction)
{
    kpiExec(db, QStringLiteral("INSERT INTO followups (id, order_id, customer_id, technician_id, kind, due_date, status, outcome, satisfaction, "
                               "attempts, done_at, created_at, updated_at, row_version) VALUES (?, ?, 1, ?, ?, '2026-11-01', ?, ?, ?, 1, ?, "
                               "'2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', 1)"),
            {id, order, optId(tech), opt(kind), opt(status), opt(doneAt ? "reached" : nullptr),
             satisfaction ? QVariant(satisfaction) : QVariant(QMetaType(QMetaType::Int)), opt(doneAt)});
}

inline void buildKpiFixture(Database &db)
{
    const QString t0 = QStringLiteral("2026-01-01T00:00:00Z");
    kpiExec(db, QStringLiteral("INSERT INTO users (login, display_name, role, created_at, updated_at) VALUES ('tech.a', 'Tech A', 'technician', ?, ?)"), {t0, t0});
    kpiExec(db, QStringLiteral("INSERT INTO users (login, display_name, role, created_at, updated_at) VALUES ('tech.b', 'Tech B', 'technician', ?, ?)"), {t0, t0});
    const qint64 A = db.scalar(QStringLiteral("SELECT id FROM users WHERE login = 'tech.a'")).value().toLongLong();
    const qint64 B = db.scalar(QStringLiteral("SELECT id FROM users WHERE login = 'tech.b'")).value().toLongLong();
    kpiExec(db, QStringLiteral("INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES (1, 'Kunde', '13800000000', ?, ?)"), {t0, t0});
    int pid = 0;
    for (const char *model : {"X-100", "Y-200"})
        kpiExec(db, QStringLiteral("INSERT INTO products (id, customer_id, model, created_at, updated_at) VALUES (?, 1, ?, ?, ?)"),
                {++pid, QString::fromLatin1(model), t0, t0});
    const KpiOrder orders[] = {
        // id opened                 ack                     ackDue                  resolveDue              completed               accepted                cancelled
        {1, "2026-11-02T01:00:00Z", "2026-11-02T01:30:00Z", "2026-11-02T02:00:00Z", "2026-11-03T01:00:00Z", "2026-11-02T08:00:00Z", "2026-11-03T00:00:00Z", nullptr, "closed", "in", 0, A, 420, "repair", 1},
        {2, "2026-11-05T01:00:00Z", "2026-11-05T03:00:00Z", "2026-11-05T02:00:00Z", "2026-11-06T01:00:00Z", "2026-11-07T01:00:00Z", "2026-11-08T00:00:00Z", nullptr, "closed", "out", 0, B, 960, "repair", 2},
        {3, "2026-10-31T15:30:00Z", "2026-10-31T16:10:00Z", "2026-10-31T16:30:00Z", "2026-11-01T15:30:00Z", "2026-11-01T10:00:00Z", "2026-11-02T00:00:00Z", nullptr, "closed", "in", 0, A, 300, "repair", 1},
        {4, "2026-11-10T01:00:00Z", nullptr, "2026-11-10T02:00:00Z", "2026-11-11T01:00:00Z", nullptr, nullptr, "2026-11-10T05:00:00Z", "cancelled", "in", 0, 0, 0, "repair", 1},
        {5, "2026-11-20T01:00:00Z", "2026-11-20T01:10:00Z", "2026-11-20T02:00:00Z", "2026-11-21T01:00:00Z", nullptr, nullptr, nullptr, "awaiting_parts", "in", 0, B, 0, "repair", 1},
        {6, "2026-11-28T01:00:00Z", nullptr, "2026-11-28T02:00:00Z", "2026-12-01T01:00:00Z", nullptr, nullptr, nullptr, "new", "unknown", 0, 0, 0, "repair", 1},
        {7, "2026-09-01T01:00:00Z", "2026-09-01T01:10:00Z", "2026-09-01T02:00:00Z", "2026-09-02T01:00:00Z", "2026-10-01T01:00:00Z", "2026-10-02T00:00:00Z", nullptr, "closed", "in", 0, B, 600, "repair", 2},
        {11, "2026-11-25T00:00:00Z", "2026-11-25T00:10:00Z", "2026-11-25T01:00:00Z", "2026-11-26T00:00:00Z", nullptr, nullptr, "2026-11-25T02:00:00Z", "cancelled", "in", 3, 0, 0, "repair", 1},
        {12, "2026-11-15T00:00:00Z", "2026-11-15T00:10:00Z", "2026-11-15T01:00:00Z", "2026-11-16T00:00:00Z", nullptr, nullptr, nullptr, "in_progress", "in", 7, B, 0, "repair", 2},
        {13, "2026-11-29T00:00:00Z", "2026-11-29T00:30:00Z", "2026-11-29T01:00:00Z", "2026-11-30T00:00:00Z", "2026-12-01T00:00:00Z", nullptr, nullptr, "completed", "out", 0, A, 1440, "installation", 0},
        {14, "2026-11-30T10:00:00Z", "2026-11-30T10:20:00Z", "2026-11-30T11:00:00Z", "2026-12-01T10:00:00Z", nullptr, nullptr, "2026-12-01T02:00:00Z", "cancelled", "in", 0, 0, 0, "repair", 1},
        // Rework of order 1 after 29 days, of order 2 after 31 days (both opened in December).
        {15, "2026-12-02T00:00:00Z", "2026-12-02T00:10:00Z", "2026-12-02T01:00:00Z", "2026-12-03T00:00:00Z", nullptr, nullptr, nullptr, "new", "in", 1, 0, 0, "repair", 1},
        {16, "2026-12-09T00:00:00Z", "2026-12-09T00:10:00Z", "2026-12-09T01:00:00Z", "2026-12-10T00:00:00Z", nullptr, nullptr, nullptr, "new", "out", 2, 0, 0, "repair", 2},
    };
    for (const KpiOrder &o : orders) {
        const QString number = QStringLiteral("WO-K-%1").arg(o.id);
        QString rev = number;
        std::reverse(rev.begin(), rev.end());
        kpiExec(db, QStringLiteral("INSERT INTO service_orders (id, number, number_rev, customer_id, product_id, customer_name, contact_phone, channel, "
                                   "category, status, warranty_status, symptom, technician_id, opened_at, acknowledged_at, ack_due, resolve_due, "
                                   "completed_at, accepted_at, closed_at, cancelled_at, rework_of, resolve_working_minutes, created_at, updated_at) "
                                   "VALUES (?, ?, ?, 1, ?, 'Kunde', '13800000000', 'phone', ?, ?, ?, 'noise', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {o.id, number, rev, optId(o.product), opt(o.category), opt(o.status), opt(o.warranty), optId(o.technician), opt(o.opened),
                 opt(o.ack), opt(o.ackDue), opt(o.resolveDue), opt(o.completed), opt(o.accepted), opt(o.accepted), opt(o.cancelled),
                 optId(o.reworkOf), o.minutes ? QVariant(o.minutes) : QVariant(QMetaType(QMetaType::LongLong)), opt(o.opened), opt(o.opened)});
    }
    // Waits for parts: order 2 (before its issue) and order 5, both in November.
    for (auto [order, at] : {std::pair{2, "2026-11-05T05:00:00Z"}, std::pair{5, "2026-11-21T00:00:00Z"}})
        kpiExec(db, QStringLiteral("INSERT INTO order_events (order_id, at, kind, from_status, to_status) VALUES (?, ?, 'status', 'in_progress', 'awaiting_parts')"),
                {order, QString::fromLatin1(at)});
    // Parts: P1 at 10.00 yuan; opening 10, issues 2 (order 1) and 1 (order 2) in November, a receipt of 5 in December.
    kpiExec(db, QStringLiteral("INSERT INTO stock_locations (id, code, name, created_at, updated_at) VALUES (1, 'WH', 'Warehouse', ?, ?)"), {t0, t0});
    kpiExec(db, QStringLiteral("INSERT INTO parts (id, code, name, category, cost_fen, created_at, updated_at) VALUES (1, 'P1', 'Pump', 'pumps', 1000, ?, ?)"), {t0, t0});
    struct Mv { const char *at; int qty; const char *type; qint64 order; };
    for (const Mv &m : {Mv{"2026-10-01T00:00:00Z", 10, "opening", 0}, Mv{"2026-11-02T05:00:00Z", -2, "issue", 1},
                        Mv{"2026-11-06T00:00:00Z", -1, "issue", 2}, Mv{"2026-12-01T00:00:00Z", 5, "receipt", 0}})
        kpiExec(db, QStringLiteral("INSERT INTO stock_movements (at, part_id, location_id, qty, type, unit_cost_fen, order_id, created_at) "
                                   "VALUES (?, 1, 1, ?, ?, 1000, ?, ?)"),
                {QString::fromLatin1(m.at), m.qty, QString::fromLatin1(m.type), optId(m.order), QString::fromLatin1(m.at)});
    kpiExec(db, QStringLiteral("INSERT INTO part_stock (part_id, location_id, on_hand, updated_at) VALUES (1, 1, 12, ?)"), {t0});
    ensureComplaintsAndFollowups(db);
    addComplaint(db, 1, "2026-11-10T00:00:00Z", "attitude", "service");
    addComplaint(db, 2, "2026-11-12T00:00:00Z", "quality", "product");
    addComplaint(db, 3, "2026-10-31T15:00:00Z", "timeliness", "service");   // 23:00 local on October 31
    addFollowup(db, 1, 1, A, "first", "done", "2026-11-04T02:00:00Z", 5);
    addFollowup(db, 2, 3, A, "first", "done", "2026-11-03T02:00:00Z", 3);
    addFollowup(db, 3, 2, B, "first", "done", "2026-11-09T02:00:00Z", 0);  // reached, no rating
    addFollowup(db, 4, 7, B, "months", "pending", nullptr, 0);
}

} // namespace as::test
