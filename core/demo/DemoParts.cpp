#include "demo/DemoParts.h"

#include "demo/BulkWriter.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoVocabulary.h"
#include "storage/Database.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

struct PartName { const char *name; const char *category; int costYuan; };
const PartName kPartNames[] = {
    {"主控板 Main board", "电气", 380}, {"电源板 Power board", "电气", 220}, {"显示板 Display board", "电气", 160},
    {"启动电容 Start capacitor", "电气", 25}, {"温度传感器 Temperature sensor", "电气", 18}, {"遥控器 Remote control", "电气", 45},
    {"压缩机 Compressor", "制冷", 950}, {"四通阀 Reversing valve", "制冷", 120}, {"冷凝器 Condenser", "制冷", 420},
    {"电机 Motor", "机械", 260}, {"水泵 Water pump", "机械", 85}, {"门封条 Door seal", "机械", 35},
    {"合页 Hinge", "五金", 12}, {"滑轨 Drawer rail", "五金", 28}, {"螺丝包 Screw kit", "耗材", 5},
    {"滤网 Filter", "耗材", 15}, {"屏幕总成 Screen assembly", "电子", 680}, {"电池 Battery", "电子", 120},
};
const char *const kSuppliers[] = {"格力配件中心", "美的售后配件", "华南电子元件", "Bosch Service Parts", "宁波五金制品厂"};

struct Mv {
    qint64 at = 0;
    qint64 part = 0;
    qint64 loc = 0;
    qint64 qty = 0;
    const char *type = "";
    qint64 cost = 0;
    qint64 rejected = 0;
    qint64 orderId = 0;
    QByteArray orderNumber;
    qint64 pairSeq = -1;   // index of the paired movement (transfers, scrap into defective stock)
    qint64 seq = 0;
};

Mv mk(qint64 at, qint64 part, qint64 loc, qint64 qty, const char *type, qint64 cost)
{
    Mv m;
    m.at = at;
    m.part = part;
    m.loc = loc;
    m.qty = qty;
    m.type = type;
    m.cost = cost;
    return m;
}

} // namespace

Status demoParts(DemoContext &ctx)
{
    using B = BulkWriter;
    Database &db = ctx.db;
    DemoRng &rng = ctx.rng;
    const qint64 clerk = ctx.partsClerks.isEmpty() ? 1 : ctx.partsClerks.first();
    const QByteArray created = DemoGenerator::isoUtc(ctx.startSecs);

    // Orders that used parts: completed repairs with a parts charge, in completion order.
    struct Use { qint64 id; QByteArray number; qint64 at; int line; };
    std::vector<Use> uses;
    {
        auto q = db.exec(u"SELECT o.id, o.number, o.completed_at, p.model FROM service_orders o JOIN products p ON p.id = o.product_id "
                         "WHERE o.category = 'repair' AND o.completed_at IS NOT NULL AND o.parts_fen > 0 ORDER BY o.completed_at"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString model = q->value(3).toString();
            int line = 0;
            for (int i = 0; i < int(std::size(demo::kProductLines)); ++i)
                if (model.startsWith(QLatin1StringView(demo::kProductLines[i].prefix)))
                    line = i;
            uses.push_back({q->value(0).toLongLong(), q->value(1).toByteArray(),
                            QDateTime::fromString(q->value(2).toString(), Qt::ISODate).toSecsSinceEpoch(), line});
        }
    }

    auto locT = ctx.writer.table(u"stock_locations"_s, u"id,code,name,kind,technician_id,active,created_at,created_by,updated_at,updated_by"_s.split(u','));
    auto partT = ctx.writer.table(u"parts"_s, u"id,code,name,spec,unit,category,compatible_models,bin,cost_fen,sale_fen,safety_stock,reorder_qty,supplier,active,created_at,created_by,updated_at,updated_by"_s.split(u','));
    auto mvT = ctx.writer.table(u"stock_movements"_s, u"id,at,part_id,location_id,qty,type,unit_cost_fen,rejected_qty,pair_id,order_id,order_number,note,created_at,created_by"_s.split(u','));
    auto balT = ctx.writer.table(u"part_stock"_s, u"part_id,location_id,on_hand,updated_at"_s.split(u','));
    auto prT = ctx.writer.table(u"purchase_requests"_s, u"part_id,location_id,qty,supplier,status,requested_at,note,created_at,created_by,updated_at,updated_by"_s.split(u','));
    if (!locT || !partT || !mvT || !balT || !prT)
        return Error::storage(QStringLiteral("demo: cannot register the parts tables"));

    // Locations: main warehouse (1), defective stock (2), vans of the first technicians (3..).
    AS_TRY(ctx.writer.add(*locT, {B::integer(1), B::lit("MAIN"), B::lit("总仓 Main warehouse"), B::lit("warehouse"), B::null(),
                                  B::integer(1), B::text(created), B::integer(clerk), B::text(created), B::integer(clerk)}));
    AS_TRY(ctx.writer.add(*locT, {B::integer(2), B::lit("DEF"), B::lit("不良品库 Defective stock"), B::lit("defective"), B::null(),
                                  B::integer(1), B::text(created), B::integer(clerk), B::text(created), B::integer(clerk)}));
    const int vans = int(qMin<qsizetype>(5, ctx.technicians.size()));
    for (int v = 0; v < vans; ++v)
        AS_TRY(ctx.writer.add(*locT, {B::integer(3 + v), B::text(QByteArray("VAN-") + QByteArray::number(v + 1)),
                                      B::text(QByteArray("技师车 Van ") + QByteArray::number(v + 1)), B::lit("van"),
                                      B::integer(ctx.technicians.at(v)), B::integer(1), B::text(created), B::integer(clerk),
                                      B::text(created), B::integer(clerk)}));

    // Catalogue: parts per product line.
    const int lines = int(std::size(demo::kProductLines));
    const int perLine = int(qBound<qint64>(qint64(10), qint64(uses.size()) / 150, qint64(400)));
    struct P { qint64 cost, safety, reorder; };
    std::vector<P> parts;
    std::vector<std::vector<qint64>> byLine(lines);
    for (int l = 0; l < lines; ++l) {
        const auto &line = demo::kProductLines[l];
        const QByteArray prefix = QByteArray(line.prefix).replace('-', "");
        for (int i = 0; i < perLine; ++i) {
            const PartName &pn = kPartNames[rng.below(qint64(std::size(kPartNames)))];
            const qint64 id = qint64(parts.size()) + 1;
            const qint64 cost = qMax<qint64>(100, pn.costYuan * 100 * (70 + rng.below(60)) / 100);
            const qint64 safety = cost > 50000 ? rng.between(1, 3) : rng.between(3, 20);
            const qint64 reorder = safety * rng.between(2, 4);
            parts.push_back({cost, safety, reorder});
            byLine[l].push_back(id);
            const QByteArray code = prefix + '-' + QByteArray::number(id).rightJustified(5, '0');
            const QByteArray models = QByteArray(line.prefix) + QByteArray::number(rng.between(20, 72)) + "W, " +
                                      QByteArray(line.prefix) + QByteArray::number(rng.between(20, 72)) + "S";
            const QByteArray bin = QByteArray(1, char('A' + l)) + '-' + QByteArray::number(1 + i / 40).rightJustified(2, '0') + '-' +
                                   QByteArray::number(1 + i % 40).rightJustified(2, '0');
            AS_TRY(ctx.writer.add(*partT, {B::integer(id), B::text(code), B::text(QByteArray(pn.name) + " " + prefix),
                                           B::text(QByteArray::number(rng.between(1, 9)) + "型 / V" + QByteArray::number(rng.between(1, 5))),
                                           B::lit("pcs"), B::lit(pn.category), B::text(models), B::text(bin), B::integer(cost),
                                           B::integer(cost * 3 / 2), B::integer(safety), B::integer(reorder),
                                           B::lit(kSuppliers[size_t(id) % std::size(kSuppliers)]), B::integer(1),
                                           B::text(created), B::integer(clerk), B::text(created), B::integer(clerk)}));
        }
    }

    // The ledger, simulated in time order so that no balance ever goes negative.
    std::vector<Mv> mv;
    QHash<QPair<qint64, qint64>, qint64> bal;
    auto push = [&](Mv m) {
        m.seq = qint64(mv.size());
        bal[{m.part, m.loc}] += m.qty;
        mv.push_back(std::move(m));
        return mv.back().seq;
    };
    for (qint64 id = 1; id <= qint64(parts.size()); ++id) {
        const P &p = parts[size_t(id - 1)];
        push(mk(ctx.startSecs, id, 1, p.safety * rng.between(2, 4), "opening", p.cost));
    }
    qint64 n = 0;
    for (const Use &u : uses) {
        const auto &cands = byLine[size_t(u.line)];
        const qint64 part = cands[size_t(rng.below(qint64(cands.size())))];
        const P &p = parts[size_t(part - 1)];
        const qint64 qty = rng.chance(0.1) ? 2 : 1;
        if (bal.value({part, 1}) < qty + p.safety / 2) {
            const qint64 rejected = rng.chance(0.05) ? 1 : 0;
            Mv r = mk(u.at - 3600 * 30, part, 1, p.reorder, "receipt", p.cost);
            r.rejected = rejected;
            push(r);
        }
        Mv issue = mk(u.at, part, 1, -qty, "issue", p.cost);
        issue.orderId = u.id;
        issue.orderNumber = u.number;
        push(issue);
        ++n;
        if (n % 53 == 0 && bal.value({part, 1}) > 0)
            push(mk(u.at + 600, part, 1, -1, "sale", p.cost));
        if (n % 211 == 0 && bal.value({part, 1}) > 0) {
            const qint64 out = push(mk(u.at + 900, part, 1, -1, "scrap", p.cost));
            Mv in = mk(u.at + 900, part, 2, 1, "scrap", p.cost);
            in.pairSeq = out;
            push(in);
        }
        if (vans > 0 && n % 97 == 0 && bal.value({part, 1}) >= 2) {
            const qint64 van = 3 + rng.below(vans);
            const qint64 out = push(mk(u.at + 1200, part, 1, -2, "transfer", p.cost));
            Mv in = mk(u.at + 1200, part, van, 2, "transfer", p.cost);
            in.pairSeq = out;
            push(in);
        }
    }
    std::stable_sort(mv.begin(), mv.end(), [](const Mv &a, const Mv &b) { return a.at < b.at; });
    std::vector<qint64> idOfSeq(mv.size());
    for (size_t i = 0; i < mv.size(); ++i)
        idOfSeq[size_t(mv[i].seq)] = qint64(i) + 1;
    for (size_t i = 0; i < mv.size(); ++i) {
        const Mv &m = mv[i];
        const QByteArray at = DemoGenerator::isoUtc(m.at);
        AS_TRY(ctx.writer.add(*mvT, {B::integer(qint64(i) + 1), B::text(at), B::integer(m.part), B::integer(m.loc), B::integer(m.qty),
                                     B::lit(m.type), B::integer(m.cost), B::integer(m.rejected),
                                     m.pairSeq >= 0 ? B::integer(idOfSeq[size_t(m.pairSeq)]) : B::null(),
                                     m.orderId ? B::integer(m.orderId) : B::null(), B::textOrNull(m.orderNumber), B::null(),
                                     B::text(at), B::integer(clerk)}));
    }
    const QByteArray now = DemoGenerator::isoUtc(ctx.nowSecs);
    QList<QPair<qint64, qint64>> keys = bal.keys();
    std::sort(keys.begin(), keys.end());
    int requests = 0;
    for (const auto &k : keys) {
        AS_TRY(ctx.writer.add(*balT, {B::integer(k.first), B::integer(k.second), B::integer(bal.value(k)), B::text(now)}));
        const P &p = parts[size_t(k.first - 1)];
        if (k.second == 1 && bal.value(k) <= p.safety && requests < 20 && rng.chance(0.5)) {
            ++requests;
            AS_TRY(ctx.writer.add(*prT, {B::integer(k.first), B::integer(1), B::integer(p.reorder),
                                         B::lit(kSuppliers[size_t(k.first) % std::size(kSuppliers)]), B::lit("requested"),
                                         B::text(now), B::lit("库存低于安全库存 Below safety stock"), B::text(now), B::integer(clerk),
                                         B::text(now), B::integer(clerk)}));
        }
    }
    AS_TRY(ctx.writer.finish());
    if (!db.isSqlite()) {
        for (const char *table : {"stock_locations", "parts", "stock_movements"}) {
            const QString t = QString::fromLatin1(table);
            AS_TRY(db.exec(u"SELECT setval(pg_get_serial_sequence('"_s + t + u"', 'id'), (SELECT GREATEST(MAX(id), 1) FROM "_s + t + u"))"_s));
        }
    }
    ctx.summary.extra << qMakePair(QStringLiteral("parts"), qint64(parts.size()))
                      << qMakePair(QStringLiteral("stock movements"), qint64(mv.size()));
    return {};
}

} // namespace as
