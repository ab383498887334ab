#include "services/StocktakeService.h"

#include "services/AuditLog.h"
#include "services/StockLedger.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Money.h"
#include "util/Time.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

const QString kColumns =
    u"s.id, s.location_id, l.code, s.categories, s.blind, s.status, s.frozen_at, s.frozen_movement_id, s.threshold_qty, "
    "s.threshold_fen, s.posted_at, s.row_version"_s;

Stocktake fromRow(const QSqlQuery &q)
{
    Stocktake s;
    s.id = q.value(0).toLongLong();
    s.locationId = q.value(1).toLongLong();
    s.locationCode = q.value(2).toString();
    const QString cats = q.value(3).toString();
    if (!cats.isEmpty())
        s.categories = cats.split(u'\n');
    s.blind = q.value(4).toInt() != 0;
    s.status = fromCode<StocktakeStatus>(q.value(5).toString()).value_or(StocktakeStatus::Counting);
    s.frozenAt = time::fromDb(q.value(6).toString());
    s.frozenMovementId = q.value(7).toLongLong();
    s.thresholdQty = q.value(8).toLongLong();
    s.thresholdFen = q.value(9).toLongLong();
    s.postedAt = time::fromDb(q.value(10).toString());
    s.rowVersion = q.value(11).toInt();
    return s;
}

Result<QHash<qint64, qint64>> movedSince(Database &db, const Stocktake &s, qint64 partId = 0)
{
    // One part: its (part_id, location_id, id) range. The whole location: the movements since the
    // freeze are the end of the table, a rowid range (SQLite otherwise skip-scans the part index
    // over every part, ~100 times slower; NOT INDEXED still allows the rowid range).
    QString sql = u"SELECT part_id, sum(qty) FROM stock_movements"_s;
    if (partId <= 0 && db.isSqlite())
        sql += u" NOT INDEXED"_s;
    sql += u" WHERE id > ? AND location_id = ?"_s;
    QVariantList params{s.frozenMovementId, s.locationId};
    if (partId > 0) {
        sql += u" AND part_id = ?"_s;
        params << partId;
    }
    sql += u" GROUP BY part_id"_s;
    auto q = db.exec(sql, params);
    if (!q)
        return q.error();
    QHash<qint64, qint64> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    return out;
}

} // namespace

Result<Stocktake> StocktakeService::get(qint64 id)
{
    auto q = m_db.exec(u"SELECT "_s + kColumns + u" FROM stocktakes s JOIN stock_locations l ON l.id = s.location_id WHERE s.id = ?"_s,
                       {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Stocktake %1 does not exist.").arg(id));
    return fromRow(*q);
}

Result<QList<Stocktake>> StocktakeService::list(int limit)
{
    auto q = m_db.exec(u"SELECT "_s + kColumns +
                           u" FROM stocktakes s JOIN stock_locations l ON l.id = s.location_id ORDER BY s.id DESC LIMIT ?"_s,
                       {limit});
    if (!q)
        return q.error();
    QList<Stocktake> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<Stocktake> StocktakeService::open(qint64 id)
{
    auto s = get(id);
    if (!s)
        return s.error();
    if (s->status == StocktakeStatus::Posted)
        return Error::state(tr("Stocktake %1 is already posted.").arg(id));
    if (s->status == StocktakeStatus::Cancelled)
        return Error::state(tr("Stocktake %1 was cancelled.").arg(id));
    return s;
}

Result<qint64> StocktakeService::start(const Actor &actor, qint64 locationId, const QStringList &categoriesIn, bool blind,
                                       const QString &note)
{
    AS_TRY(actor.require(Permission::PostStock));
    QStringList categories;
    for (const QString &c : categoriesIn)
        if (!c.simplified().isEmpty())
            categories << c.simplified();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto loc = m_db.scalar(u"SELECT code FROM stock_locations WHERE id = ?"_s, {locationId});
    if (!loc)
        return loc.error();
    if (!loc->isValid())
        return Error::notFound(tr("Stock location %1 does not exist.").arg(locationId));
    auto busy = m_db.scalar(u"SELECT id FROM stocktakes WHERE location_id = ? AND status IN ('counting','recount','approved')"_s,
                            {locationId});
    if (!busy)
        return busy.error();
    if (busy->isValid())
        return Error::state(tr("Stocktake %1 of %2 is still open; post or cancel it first.").arg(busy->toString(), loc->toString()));
    if (!m_db.isSqlite())   // wait for postings in flight, then freeze (SQLite: BEGIN IMMEDIATE already excludes them)
        AS_TRY(m_db.exec(u"LOCK TABLE part_stock IN SHARE MODE"_s));
    auto maxId = m_db.scalar(u"SELECT COALESCE(max(id), 0) FROM stock_movements"_s);
    if (!maxId)
        return maxId.error();
    const QString now = time::toDb(m_clock.nowUtc());
    auto id = m_db.insertReturningId(
        u"INSERT INTO stocktakes (location_id, categories, blind, status, frozen_at, frozen_movement_id, note, created_at, "
        "created_by, updated_at, updated_by) VALUES (?, ?, ?, 'counting', ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {locationId, categories.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(categories.join(u'\n')),
         blind ? 1 : 0, now, maxId->toLongLong(), note.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(note.trimmed()),
         now, actor.userId, now, actor.userId});
    if (!id)
        return id.error();
    QString sql = u"INSERT INTO stocktake_lines (stocktake_id, part_id, expected_qty, unit_cost_fen) "
                  "SELECT ?, s.part_id, s.on_hand, p.cost_fen FROM part_stock s JOIN parts p ON p.id = s.part_id "
                  "WHERE s.location_id = ? AND (p.active = 1 OR s.on_hand <> 0)"_s;
    QVariantList params{*id, locationId};
    if (!categories.isEmpty()) {
        QStringList marks;
        for (const QString &c : categories) {
            marks << u"?"_s;
            params << c;
        }
        sql += u" AND p.category IN ("_s + marks.join(u", "_s) + u')';
    }
    AS_TRY(m_db.exec(sql, params));
    auto n = m_db.scalar(u"SELECT count(*) FROM stocktake_lines WHERE stocktake_id = ?"_s, {*id});
    if (!n)
        return n.error();
    AS_TRY(AuditLog(m_db, m_clock).record(actor, u"stocktake"_s, *id, u"start"_s,
                                          QJsonObject{{u"location"_s, loc->toString()}, {u"categories"_s, categories.join(u", "_s)},
                                                      {u"blind"_s, blind}, {u"lines"_s, n->toLongLong()}}));
    AS_TRY(tx->commit());
    return *id;
}

Result<CountResult> StocktakeService::count(const Actor &actor, qint64 stocktakeId, const QString &codeIn, qint64 qty)
{
    AS_TRY(actor.require(Permission::PostStock));
    const QString code = parts::normaliseCode(codeIn);
    if (code.isEmpty())
        return Error::validation(tr("Scan or type a part code."), u"code"_s);
    if (qty < 0)
        return Error::validation(tr("A counted quantity cannot be negative."), u"qty"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto s = open(stocktakeId);
    if (!s)
        return s.error();
    if (s->status == StocktakeStatus::Approved)
        return Error::state(tr("Stocktake %1 is already approved; counts can no longer change.").arg(stocktakeId));
    auto part = m_db.exec(u"SELECT id, name, unit, category, cost_fen FROM parts WHERE code = ?"_s, {code});
    if (!part)
        return part.error();
    if (!part->next())
        return Error::notFound(tr("Unknown code \"%1\": no part has this code. Not counted.").arg(code));
    CountResult r;
    const qint64 partId = part->value(0).toLongLong();
    r.code = code;
    r.name = part->value(1).toString();
    r.unit = part->value(2).toString();
    const QString category = part->value(3).toString();
    const qint64 cost = part->value(4).toLongLong();
    part->finish();
    if (!s->categories.isEmpty() && !s->categories.contains(category))
        return Error::validation(tr("Part %1 (category \"%2\") is not part of this stocktake (%3). Not counted.")
                                     .arg(code, category, s->categories.join(u", "_s)), u"code"_s);
    auto since = movedSince(m_db, *s, partId);
    if (!since)
        return since.error();
    const qint64 moved = since->value(partId);
    auto line = m_db.exec(u"SELECT id, expected_qty FROM stocktake_lines WHERE stocktake_id = ? AND part_id = ?"_s,
                          {stocktakeId, partId});
    if (!line)
        return line.error();
    qint64 expected = 0;
    const QString now = time::toDb(m_clock.nowUtc());
    if (line->next()) {
        expected = line->value(1).toLongLong();
        line->finish();
    } else {
        line->finish();
        // Not on the frozen list: its expected quantity is what the location held at the freeze.
        auto onHand = m_ledger.onHand(partId, s->locationId);
        if (!onHand)
            return onHand.error();
        expected = *onHand - moved;
        r.newLine = true;
        AS_TRY(m_db.exec(u"INSERT INTO stocktake_lines (stocktake_id, part_id, expected_qty, unit_cost_fen) VALUES (?, ?, ?, ?)"_s,
                         {stocktakeId, partId, expected, cost}));
    }
    AS_TRY(m_db.exec(u"UPDATE stocktake_lines SET counted_qty = COALESCE(counted_qty, 0) + ?, recounted = needs_recount, "
                     "counted_at = ?, counted_by = ?, row_version = row_version + 1 WHERE stocktake_id = ? AND part_id = ?"_s,
                     {qty, now, actor.userId, stocktakeId, partId}));
    auto counted = m_db.scalar(u"SELECT counted_qty FROM stocktake_lines WHERE stocktake_id = ? AND part_id = ?"_s,
                               {stocktakeId, partId});
    if (!counted)
        return counted.error();
    r.counted = counted->toLongLong();
    r.expected = expected + moved;
    AS_TRY(tx->commit());
    return r;
}

Result<int> StocktakeService::countMany(const Actor &actor, qint64 stocktakeId, const QList<CountEntry> &entries, bool dryRun)
{
    AS_TRY(actor.require(Permission::PostStock));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    AS_TRY(open(stocktakeId));
    QStringList problems;
    for (const CountEntry &e : entries) {
        auto r = count(actor, stocktakeId, e.code, e.qty);
        if (!r) {
            if (r.error().kind == Error::Kind::Storage || r.error().kind == Error::Kind::Busy)
                return r.error();
            problems << tr("row %1: %2").arg(e.row).arg(r.error().message);
        }
    }
    if (!problems.isEmpty())
        return Error::validation(problems.join(u'\n'));
    if (dryRun)
        return int(entries.size());   // rolled back
    AS_TRY(AuditLog(m_db, m_clock).record(actor, u"stocktake"_s, stocktakeId, u"count"_s,
                                          QJsonObject{{u"entries"_s, int(entries.size())}}));
    AS_TRY(tx->commit());
    return int(entries.size());
}

Status StocktakeService::setCount(const Actor &actor, qint64 stocktakeId, qint64 partId, qint64 counted)
{
    AS_TRY(actor.require(Permission::PostStock));
    if (counted < 0)
        return Error::validation(tr("A counted quantity cannot be negative."), u"qty"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto s = open(stocktakeId);
    if (!s)
        return s.error();
    if (s->status == StocktakeStatus::Approved)
        return Error::state(tr("Stocktake %1 is already approved; counts can no longer change.").arg(stocktakeId));
    auto n = m_db.execAffected(u"UPDATE stocktake_lines SET counted_qty = ?, recounted = needs_recount, counted_at = ?, "
                               "counted_by = ?, row_version = row_version + 1 WHERE stocktake_id = ? AND part_id = ?"_s,
                               {counted, time::toDb(m_clock.nowUtc()), actor.userId, stocktakeId, partId});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::notFound(tr("The part is not on stocktake %1; scan it to add it.").arg(stocktakeId));
    AS_TRY(AuditLog(m_db, m_clock).record(actor, u"stocktake"_s, stocktakeId, u"set_count"_s,
                                          QJsonObject{{u"part_id"_s, partId}, {u"counted"_s, counted}}));
    return tx->commit();
}

Result<QList<StocktakeLine>> StocktakeService::lines(qint64 stocktakeId)
{
    auto s = get(stocktakeId);
    if (!s)
        return s.error();
    QHash<qint64, qint64> since;
    if (s->status != StocktakeStatus::Posted) {
        auto m = movedSince(m_db, *s);
        if (!m)
            return m.error();
        since = std::move(m.value());
    }
    auto q = m_db.exec(u"SELECT t.id, t.part_id, p.code, p.name, COALESCE(p.bin, ''), p.unit, COALESCE(p.category, ''), "
                       "t.expected_qty, t.counted_qty, t.first_count, t.needs_recount, t.unit_cost_fen, t.adjustment "
                       "FROM stocktake_lines t JOIN parts p ON p.id = t.part_id WHERE t.stocktake_id = ? "
                       "ORDER BY COALESCE(p.bin, ''), p.code"_s,
                       {stocktakeId});
    if (!q)
        return q.error();
    QList<StocktakeLine> out;
    while (q->next()) {
        StocktakeLine l;
        l.id = q->value(0).toLongLong();
        l.partId = q->value(1).toLongLong();
        l.code = q->value(2).toString();
        l.name = q->value(3).toString();
        l.bin = q->value(4).toString();
        l.unit = q->value(5).toString();
        l.category = q->value(6).toString();
        l.expected = q->value(7).toLongLong();
        if (!q->value(8).isNull())
            l.counted = q->value(8).toLongLong();
        if (!q->value(9).isNull())
            l.firstCount = q->value(9).toLongLong();
        l.needsRecount = q->value(10).toInt() != 0;
        l.unitCostFen = q->value(11).toLongLong();
        if (s->status == StocktakeStatus::Posted) {
            // After posting: what the count was measured against is fixed by the adjustment.
            if (l.counted && !q->value(12).isNull())
                l.movedSince = *l.counted - l.expected - q->value(12).toLongLong();
        } else {
            l.movedSince = since.value(l.partId);
        }
        out << l;
    }
    return out;
}

Status StocktakeService::setStatus(const Actor &actor, const Stocktake &s, StocktakeStatus to, const QString &action)
{
    const QString now = time::toDb(m_clock.nowUtc());
    QString extra;
    QVariantList params{codeOf(to), now, actor.userId};
    if (to == StocktakeStatus::Approved) {
        extra = u", approved_at = ?, approved_by = ?"_s;
        params << now << actor.userId;
    } else if (to == StocktakeStatus::Posted) {
        extra = u", posted_at = ?, posted_by = ?"_s;
        params << now << actor.userId;
    }
    params << s.id << s.rowVersion;
    auto n = m_db.execAffected(u"UPDATE stocktakes SET status = ?, updated_at = ?, updated_by = ?"_s + extra +
                                   u", row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
                               params);
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(tr("Stocktake %1 was changed by someone else. Reload and try again.").arg(s.id));
    return AuditLog(m_db, m_clock).record(actor, u"stocktake"_s, s.id, action,
                                          QJsonObject{{u"status"_s, QJsonArray{codeOf(s.status), codeOf(to)}}});
}

Result<int> StocktakeService::requestRecount(const Actor &actor, qint64 stocktakeId)
{
    AS_TRY(actor.require(Permission::PostStock));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto s = open(stocktakeId);
    if (!s)
        return s.error();
    if (s->status == StocktakeStatus::Approved)
        return Error::state(tr("Stocktake %1 is already approved.").arg(stocktakeId));
    auto ls = lines(stocktakeId);
    if (!ls)
        return ls.error();
    int flagged = 0;
    for (const StocktakeLine &l : *ls) {
        if (!l.counted || l.needsRecount)
            continue;
        const qint64 v = qAbs(l.variance());
        if (v == 0 || (v <= s->thresholdQty && v * l.unitCostFen <= s->thresholdFen))
            continue;
        AS_TRY(m_db.exec(u"UPDATE stocktake_lines SET first_count = counted_qty, counted_qty = NULL, needs_recount = 1, "
                         "row_version = row_version + 1 WHERE id = ?"_s, {l.id}));
        ++flagged;
    }
    if (flagged > 0 && s->status != StocktakeStatus::Recount)
        AS_TRY(setStatus(actor, *s, StocktakeStatus::Recount, u"recount"_s));
    AS_TRY(tx->commit());
    return flagged;
}

Status StocktakeService::approve(const Actor &actor, qint64 stocktakeId)
{
    AS_TRY(actor.require(Permission::ApproveStocktake));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto s = open(stocktakeId);
    if (!s)
        return s.error();
    if (s->status == StocktakeStatus::Approved)
        return tx->commit();
    auto pending = m_db.exec(u"SELECT p.code FROM stocktake_lines t JOIN parts p ON p.id = t.part_id WHERE t.stocktake_id = ? "
                             "AND t.needs_recount = 1 AND t.counted_qty IS NULL ORDER BY p.code"_s, {stocktakeId});
    if (!pending)
        return pending.error();
    QStringList codes;
    while (pending->next())
        codes << pending->value(0).toString();
    if (!codes.isEmpty())
        return Error::state(tr("%n line(s) still wait for their recount (first: %1).", nullptr, int(codes.size())).arg(codes.first()));
    AS_TRY(setStatus(actor, *s, StocktakeStatus::Approved, u"approve"_s));
    return tx->commit();
}

Result<StocktakePostSummary> StocktakeService::post(const Actor &actor, qint64 stocktakeId)
{
    AS_TRY(actor.require(Permission::ApproveStocktake));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    AS_TRY(approve(actor, stocktakeId));
    auto s = open(stocktakeId);
    if (!s)
        return s.error();
    if (!m_db.isSqlite())
        AS_TRY(m_db.exec(u"LOCK TABLE part_stock IN SHARE ROW EXCLUSIVE MODE"_s));
    // Set-based: adjustment = counted - (frozen expected + movements at the location since the freeze).
    // The movements since the freeze are read once (the end of the table), so the lines are updated
    // without a probe of the part index each; only the parts that moved get a second update.
    const QString now = time::toDb(m_clock.nowUtc());
    auto moved = movedSince(m_db, *s);
    if (!moved)
        return moved.error();
    AS_TRY(m_db.exec(u"UPDATE stocktake_lines SET adjustment = counted_qty - expected_qty, row_version = row_version + 1 "
                     "WHERE stocktake_id = ?"_s, {stocktakeId}));   // NULL (not counted) stays NULL
    if (!moved->isEmpty()) {
        auto less = m_db.prepare(u"UPDATE stocktake_lines SET adjustment = adjustment - ? WHERE stocktake_id = ? AND part_id = ? "
                                 "AND adjustment IS NOT NULL"_s);
        if (!less)
            return less.error();
        for (auto it = moved->cbegin(); it != moved->cend(); ++it)
            if (it.value() != 0)
                AS_TRY(m_db.execPrepared(*less, {it.value(), stocktakeId, it.key()}));
    }
    AS_TRY(m_db.exec(u"INSERT INTO stock_movements (at, part_id, location_id, qty, type, unit_cost_fen, stocktake_id, note, "
                     "created_at, created_by) SELECT ?, part_id, ?, adjustment, 'adjustment', unit_cost_fen, ?, ?, ?, ? "
                     "FROM stocktake_lines WHERE stocktake_id = ? AND adjustment <> 0 ORDER BY id"_s,
                     {now, s->locationId, stocktakeId, tr("Stocktake %1").arg(stocktakeId), now, actor.userId, stocktakeId}));
    AS_TRY(m_db.exec(u"INSERT INTO part_stock (part_id, location_id, on_hand, updated_at) SELECT part_id, ?, adjustment, ? "
                     "FROM stocktake_lines WHERE stocktake_id = ? AND adjustment <> 0 "
                     "ON CONFLICT (part_id, location_id) DO UPDATE SET on_hand = part_stock.on_hand + excluded.on_hand, "
                     "updated_at = excluded.updated_at"_s,
                     {s->locationId, now, stocktakeId}));
    auto q = m_db.exec(u"SELECT COALESCE(sum(CASE WHEN adjustment <> 0 THEN 1 ELSE 0 END), 0), "
                       "COALESCE(sum(CASE WHEN counted_qty IS NULL THEN 1 ELSE 0 END), 0), COALESCE(sum(adjustment), 0), "
                       "COALESCE(sum(adjustment * unit_cost_fen), 0) FROM stocktake_lines WHERE stocktake_id = ?"_s,
                       {stocktakeId});
    if (!q)
        return q.error();
    StocktakePostSummary sum;
    if (q->next()) {
        sum.lines = q->value(0).toInt();
        sum.uncounted = q->value(1).toInt();
        sum.varianceQty = q->value(2).toLongLong();
        sum.varianceFen = q->value(3).toLongLong();
    }
    q->finish();
    auto fresh = get(stocktakeId);
    if (!fresh)
        return fresh.error();
    AS_TRY(setStatus(actor, *fresh, StocktakeStatus::Posted, u"post"_s));
    AS_TRY(AuditLog(m_db, m_clock).record(actor, u"stocktake"_s, stocktakeId, u"adjust"_s,
                                          QJsonObject{{u"lines"_s, sum.lines}, {u"uncounted"_s, sum.uncounted},
                                                      {u"variance_qty"_s, sum.varianceQty},
                                                      {u"variance_value"_s, money::toYuan(sum.varianceFen)}}));
    AS_TRY(tx->commit());
    return sum;
}

Status StocktakeService::cancel(const Actor &actor, qint64 stocktakeId, const QString &reason)
{
    AS_TRY(actor.require(Permission::PostStock));
    if (reason.trimmed().isEmpty())
        return Error::validation(tr("Cancelling a stocktake needs a reason."), u"reason"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto s = open(stocktakeId);
    if (!s)
        return s.error();
    AS_TRY(m_db.exec(u"UPDATE stocktakes SET cancel_reason = ? WHERE id = ?"_s, {reason.trimmed(), stocktakeId}));
    AS_TRY(setStatus(actor, *s, StocktakeStatus::Cancelled, u"cancel"_s));
    return tx->commit();
}

} // namespace as
