#include "io/PartsImport.h"

#include "demo/BulkWriter.h"
#include "domain/Part.h"
#include "io/ImportSupport.h"
#include "services/AuditLog.h"
#include "services/StockLedger.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace as {

QList<ImportColumn> MovementsImport::columns() const
{
    return {
        {u"date"_s, u"日期"_s, true}, {u"type"_s, u"类型"_s, true}, {u"code"_s, u"配件编码"_s, true}, {u"qty"_s, u"数量"_s, true},
        {u"location"_s, u"仓库"_s}, {u"to_location"_s, u"调入仓库"_s}, {u"order_number"_s, u"工单号"_s},
        {u"unit_cost"_s, u"单价"_s}, {u"note"_s, u"备注"_s},
    };
}

namespace {

using B = BulkWriter;

std::optional<MovementType> parseType(const QString &text)
{
    if (auto t = fromCodeOrLabel<MovementType>(text))
        return t;
    static const QHash<QString, MovementType> zh = {
        {u"期初"_s, MovementType::Opening}, {u"入库"_s, MovementType::Receipt}, {u"收货"_s, MovementType::Receipt},
        {u"采购入库"_s, MovementType::Receipt}, {u"领用"_s, MovementType::Issue}, {u"出库"_s, MovementType::Issue},
        {u"维修领用"_s, MovementType::Issue}, {u"销售"_s, MovementType::Sale}, {u"退回"_s, MovementType::Return},
        {u"退料"_s, MovementType::Return}, {u"调拨"_s, MovementType::Transfer}, {u"报废"_s, MovementType::Scrap},
        {u"不良品"_s, MovementType::Scrap}, {u"调整"_s, MovementType::Adjustment}, {u"盘点调整"_s, MovementType::Adjustment},
    };
    auto it = zh.constFind(text.trimmed());
    if (it != zh.constEnd())
        return *it;
    return std::nullopt;
}

struct Mv {
    int row = 0;
    QByteArray at;
    qint64 part = 0, loc = 0, toLoc = 0, qty = 0, cost = 0, orderId = 0;
    MovementType type = MovementType::Receipt;
    QString orderNumber, note;
};

class MovementsSession : public ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(as::MovementsImport)

public:
    explicit MovementsSession(ImportContext &ctx) : m_ctx(ctx) {}

    Status load()
    {
        auto q = m_ctx.db.exec(u"SELECT id, code, cost_fen FROM parts"_s);
        if (!q)
            return q.error();
        while (q->next())
            m_parts.insert(q->value(1).toString(), {q->value(0).toLongLong(), q->value(2).toLongLong()});
        auto l = m_ctx.db.exec(u"SELECT id, code, name, kind FROM stock_locations ORDER BY id"_s);
        if (!l)
            return l.error();
        while (l->next()) {
            const qint64 id = l->value(0).toLongLong();
            m_locations.insert(l->value(1).toString().toUpper(), id);
            m_locations.insert(l->value(2).toString(), id);
            m_locationCodes.insert(id, l->value(1).toString());
            if (!m_defaultLocation && l->value(3).toString() == u"warehouse"_s)
                m_defaultLocation = id;
        }
        return {};
    }

    qint64 location(ImportRow &row, int column, bool required)
    {
        const QString text = row.value(column);
        if (text.isEmpty()) {
            if (required && !m_defaultLocation)
                row.problem(column, tr("no location given and no warehouse exists"));
            return required ? m_defaultLocation : 0;
        }
        const qint64 id = m_locations.value(text.toUpper(), m_locations.value(text, 0));
        if (!id)
            row.problem(column, tr("unknown location \"%1\"").arg(text));
        return id;
    }

    QStringList add(ImportRow &row) override
    {
        using C = MovementsImport;
        Mv m;
        m.row = row.row();
        // Files repeat the same dates: convert each distinct text once (time zone conversion is slow).
        const QString dateText = row.value(C::Date);
        std::optional<QDateTime> at;
        if (auto cached = m_dates.constFind(dateText); cached != m_dates.constEnd()) {
            at = *cached;
        } else {
            at = row.dateTime(C::Date);
            if (at)
                m_dates.insert(dateText, *at);
        }
        if (!at && !row.has(C::Date))
            row.required(C::Date);
        const QString typeText = row.required(C::Type);
        if (!typeText.isEmpty()) {
            if (auto t = parseType(typeText))
                m.type = *t;
            else
                row.problem(C::Type, tr("\"%1\" is not one of: receipt, issue, return, scrap, transfer, sale, adjustment, opening")
                                         .arg(typeText));
        }
        const QString code = parts::normaliseCode(row.required(C::Code));
        if (!code.isEmpty()) {
            auto it = m_parts.constFind(code);
            if (it == m_parts.constEnd())
                row.problem(C::Code, tr("unknown part code %1").arg(code));
            else {
                m.part = it->first;
                m.cost = it->second;
            }
        }
        const bool adjustment = m.type == MovementType::Adjustment;
        const auto qty = row.integer(C::Qty, adjustment ? -1000000000 : 1, 1000000000);
        if (!qty && !row.has(C::Qty))
            row.required(C::Qty);
        if (qty && *qty == 0)
            row.problem(C::Qty, tr("an adjustment of zero changes nothing"));
        m.loc = location(row, C::Location, true);
        m.toLoc = location(row, C::ToLocation, false);
        if (m.type == MovementType::Transfer && !row.has(C::ToLocation))
            row.problem(C::ToLocation, tr("a transfer needs the destination location"));
        if (m.toLoc && m.toLoc == m.loc)
            row.problem(C::ToLocation, tr("the destination is the same location"));
        if (m.type != MovementType::Transfer && m.type != MovementType::Scrap && row.has(C::ToLocation))
            row.problem(C::ToLocation, tr("only transfers and scrap have a destination"));
        if (row.has(C::UnitCost))
            m.cost = row.money(C::UnitCost).value_or(m.cost);
        m.orderNumber = row.value(C::OrderNumber).toUpper();
        m.note = row.value(C::Note);
        if (at) {
            auto it = m_dateText.constFind(*at);
            if (it == m_dateText.constEnd())
                it = m_dateText.insert(*at, time::toDb(*at).toUtf8());
            m.at = *it;
        }
        if (qty)
            m.qty = StockLedger::signedQty(m.type, *qty);
        const QStringList stored{QString::fromUtf8(m.at), codeOf(m.type), code, QString::number(m.qty),
                                 m_locationCodes.value(m.loc), m_locationCodes.value(m.toLoc), m.orderNumber,
                                 QString::number(m.cost), m.note};
        if (row.problemCount() == 0)
            m_rows.push_back(std::move(m));
        return stored;
    }

    void finish(QList<ImportProblem> &problems) override
    {
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Mv &a, const Mv &b) { return a.at < b.at; });
        // Start from the balances in the database; no balance may go below zero at any point.
        QHash<QPair<qint64, qint64>, qint64> bal;
        auto q = m_ctx.db.exec(u"SELECT part_id, location_id, on_hand FROM part_stock"_s);
        if (!q) {
            problems.append({0, QString(), q.error().message});
            return;
        }
        while (q->next())
            bal.insert({q->value(0).toLongLong(), q->value(1).toLongLong()}, q->value(2).toLongLong());
        q->finish();
        int reported = 0;
        QHash<qint64, QString> codes;
        for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it)
            codes.insert(it->first, it.key());
        for (const Mv &m : m_rows) {
            // A copy: inserting the transfer's other balance below may rehash and move this one.
            const qint64 b = (bal[{m.part, m.loc}] += m.qty);
            if (m.toLoc)
                bal[{m.part, m.toLoc}] -= m.qty;
            if (b < 0 && reported < 200) {
                ++reported;
                problems.append({m.row, u"qty"_s, tr("only %1 of %2 left at %3 on %4").arg(b - m.qty).arg(codes.value(m.part),
                                 m_locationCodes.value(m.loc), time::fromDb(QString::fromUtf8(m.at)).toTimeZone(m_ctx.site)
                                                                    .toString(u"yyyy-MM-dd"_s))});
            }
        }
        for (auto it = bal.cbegin(); it != bal.cend(); ++it)
            m_delta[it.key()] = 0;
        // Orders named by number: linked when they exist (history may predate them).
        QHash<QString, qint64> orders;
        auto find = m_ctx.db.prepare(u"SELECT id FROM service_orders WHERE number = ?"_s);
        if (!find)
            return;
        for (Mv &m : m_rows) {
            if (m.orderNumber.isEmpty())
                continue;
            auto it = orders.constFind(m.orderNumber);
            if (it == orders.constEnd()) {
                qint64 id = 0;
                if (m_ctx.db.execPrepared(*find, {m.orderNumber}).ok() && find->next())
                    id = find->value(0).toLongLong();
                find->finish();
                it = orders.insert(m.orderNumber, id);
            }
            m.orderId = *it;
        }
    }

    Status write(const ImportProgress &progress) override
    {
        AS_TRY(importsupport::lockTables(m_ctx.db, {u"stock_movements"_s, u"part_stock"_s}));
        auto maxM = importsupport::maxId(m_ctx.db, u"stock_movements"_s);
        if (!maxM)
            return maxM.error();
        qint64 next = *maxM;
        // Many rows into a small table: drop and rebuild its indexes (one sort each). Into a table
        // already much larger, keeping the indexes is cheaper than re-sorting all of it.
        const qint64 rows = qint64(m_rows.size());
        const bool big = rows > 200000 && *maxM < 2 * rows;
        BulkLoad bulk(m_ctx.db, {u"stock_movements"_s});
        if (big)
            AS_TRY(bulk.begin());
        const bool sqlite = m_ctx.db.isSqlite();
        if (sqlite && rows > 100000)
            AS_TRY(m_ctx.db.exec(u"PRAGMA cache_size=-400000"_s));   // index pages stay in memory while loading
        auto w = BulkWriter::create(m_ctx.db);
        auto mt = w->table(u"stock_movements"_s, u"id,at,part_id,location_id,qty,type,unit_cost_fen,pair_id,order_id,order_number,"
                                                 "note,created_at,created_by"_s.split(u','));
        if (!mt)
            return mt.error();
        const QByteArray now = time::toDb(m_ctx.clock.nowUtc()).toUtf8();
        const qint64 user = m_ctx.actor.userId;
        // Rows are written in id order (the table is appended to), and ids are given in (location,
        // part, date) order, so that the index (location_id, part_id, id) is filled front to back, a
        // page at a time, instead of by a random B-tree insert per row into a table of millions (the
        // issues' (part_id, at) index is filled in part order per location). Within a part and location
        // the ids keep the date order (and the file order on one date), so histories and running
        // balances read the same; a transfer's incoming half points at its outgoing half through
        // pair_id as before.
        struct Half {
            qint64 part, loc;
            qint32 row;   // index into m_rows (date order)
            bool in;      // the incoming half of a transfer or scrap
        };
        std::vector<Half> halves;
        halves.reserve(m_rows.size() + m_rows.size() / 4);
        for (qint32 i = 0; i < qint32(m_rows.size()); ++i) {
            halves.push_back({m_rows[i].part, m_rows[i].loc, i, false});
            if (m_rows[i].toLoc)
                halves.push_back({m_rows[i].part, m_rows[i].toLoc, i, true});
        }
        std::stable_sort(halves.begin(), halves.end(), [](const Half &a, const Half &b) {
            return a.loc != b.loc ? a.loc < b.loc : a.part < b.part;
        });
        std::vector<qint64> outId(m_rows.size(), 0);
        for (std::size_t k = 0; k < halves.size(); ++k)
            if (!halves[k].in)
                outId[std::size_t(halves[k].row)] = next + 1 + qint64(k);
        QHash<QPair<qint64, qint64>, qint64> delta;
        qint64 done = 0;
        for (const Half &h : halves) {
            const Mv &m = m_rows[std::size_t(h.row)];
            const qint64 id = ++next;
            const QByteArray code = codeOf(m.type).toLatin1();
            if (!h.in) {
                AS_TRY(w->add(*mt, {B::integer(id), B::text(m.at), B::integer(m.part), B::integer(m.loc), B::integer(m.qty),
                                    B::text(code), B::integer(m.cost), B::null(), m.orderId ? B::integer(m.orderId) : B::null(),
                                    B::textOrNull(m.orderNumber.toUtf8()), B::textOrNull(m.note.toUtf8()), B::text(now),
                                    B::integer(user)}));
                delta[{m.part, m.loc}] += m.qty;
            } else {
                AS_TRY(w->add(*mt, {B::integer(id), B::text(m.at), B::integer(m.part), B::integer(m.toLoc), B::integer(-m.qty),
                                    B::text(code), B::integer(m.cost), B::integer(outId[std::size_t(h.row)]), B::null(), B::null(),
                                    B::textOrNull(m.note.toUtf8()), B::text(now), B::integer(user)}));
                delta[{m.part, m.toLoc}] -= m.qty;
            }
            if ((++done & 4095) == 0 && progress && !progress(done * qint64(m_rows.size()) / qint64(halves.size()),
                                                               qint64(m_rows.size()))) {
                (void)w->finish();
                return Error{Error::Kind::Cancelled, tr("Import cancelled."), {}};
            }
        }
        AS_TRY(w->finish());
        if (big)
            AS_TRY(bulk.finish());
        if (sqlite && rows > 100000)
            AS_TRY(m_ctx.db.exec(u"PRAGMA cache_size=-32000"_s));
        auto upsert = m_ctx.db.prepare(u"INSERT INTO part_stock (part_id, location_id, on_hand, updated_at) VALUES (?, ?, ?, ?) "
                                       "ON CONFLICT (part_id, location_id) DO UPDATE SET on_hand = part_stock.on_hand + excluded.on_hand, "
                                       "updated_at = excluded.updated_at"_s);
        if (!upsert)
            return upsert.error();
        for (auto it = delta.cbegin(); it != delta.cend(); ++it)
            AS_TRY(m_ctx.db.execPrepared(*upsert, {it.key().first, it.key().second, it.value(), QString::fromUtf8(now)}));
        AS_TRY(importsupport::syncSequences(m_ctx.db, {u"stock_movements"_s}));
        return AuditLog(m_ctx.db, m_ctx.clock).record(m_ctx.actor, u"stock_movement"_s, 0, u"import"_s,
                                                      QJsonObject{{u"movements"_s, qint64(m_rows.size())}});
    }

    ImportCounts counts() const override
    {
        return {{tr("stock movements"), qint64(m_rows.size())}};
    }

private:
    ImportContext &m_ctx;
    QHash<QString, QPair<qint64, qint64>> m_parts;   // code -> id, cost
    QHash<QString, qint64> m_locations;
    QHash<qint64, QString> m_locationCodes;
    qint64 m_defaultLocation = 0;
    std::vector<Mv> m_rows;
    QHash<QPair<qint64, qint64>, qint64> m_delta;
    QHash<QString, QDateTime> m_dates;
    QHash<QDateTime, QByteArray> m_dateText;
};

} // namespace

Result<std::unique_ptr<ImportSession>> MovementsImport::start(ImportContext &ctx) const
{
    auto s = std::make_unique<MovementsSession>(ctx);
    AS_TRY(s->load());
    return std::unique_ptr<ImportSession>(std::move(s));
}

} // namespace as
