#include "io/PartsImport.h"

#include "demo/BulkWriter.h"
#include "domain/Part.h"
#include "io/ImportSupport.h"
#include "services/AuditLog.h"
#include "services/PartService.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace as {

QList<ImportColumn> PartsImport::columns() const
{
    return {
        {u"code"_s, u"配件编码"_s, true}, {u"name"_s, u"名称"_s, true}, {u"spec"_s, u"规格"_s}, {u"unit"_s, u"单位"_s},
        {u"category"_s, u"类别"_s}, {u"cost_price"_s, u"成本价"_s}, {u"sale_price"_s, u"售价"_s},
        {u"safety_stock"_s, u"安全库存"_s}, {u"reorder_qty"_s, u"补货量"_s}, {u"location"_s, u"仓库"_s}, {u"bin"_s, u"库位"_s},
        {u"opening_qty"_s, u"期初数量"_s}, {u"compatible_models"_s, u"适用机型"_s}, {u"supplier"_s, u"供应商"_s},
    };
}

namespace {

using B = BulkWriter;

// Locations by code and by name.
Result<QHash<QString, qint64>> loadLocations(Database &db)
{
    auto q = db.exec(u"SELECT id, code, name FROM stock_locations"_s);
    if (!q)
        return q.error();
    QHash<QString, qint64> out;
    while (q->next()) {
        out.insert(q->value(1).toString().toUpper(), q->value(0).toLongLong());
        out.insert(q->value(2).toString(), q->value(0).toLongLong());
    }
    return out;
}

class PartsSession : public ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(as::PartsImport)

public:
    explicit PartsSession(ImportContext &ctx) : m_ctx(ctx) {}

    Status load()
    {
        auto locs = loadLocations(m_ctx.db);
        if (!locs)
            return locs.error();
        m_locations = std::move(locs.value());
        return {};
    }

    QStringList add(ImportRow &row) override
    {
        using C = PartsImport;
        Part p;
        p.code = parts::normaliseCode(row.required(C::Code));
        static const QRegularExpression codeRe(u"^[A-Z0-9][A-Z0-9\\-_./]{0,63}$"_s);
        if (!p.code.isEmpty() && !codeRe.match(p.code).hasMatch())
            row.problem(C::Code, tr("\"%1\" is not a part code (letters, digits and - _ . /, at most 64 characters)").arg(p.code));
        p.name = row.required(C::Name).simplified();
        p.spec = row.value(C::Spec);
        p.unit = row.value(C::Unit).isEmpty() ? u"pcs"_s : row.value(C::Unit);
        p.category = row.value(C::Category).simplified();
        p.costFen = row.money(C::CostPrice).value_or(0);
        p.saleFen = row.money(C::SalePrice).value_or(0);
        p.safetyStock = row.integer(C::SafetyStock, 0, 1000000000).value_or(0);
        p.reorderQty = row.integer(C::ReorderQty, 0, 1000000000).value_or(0);
        p.bin = row.value(C::Bin).toUpper();
        p.compatibleModels = row.value(C::CompatibleModels).simplified();
        p.supplier = row.value(C::Supplier).simplified();
        const qint64 opening = row.integer(C::OpeningQty, 0, 1000000000).value_or(0);
        qint64 loc = 0;
        const QString locText = row.value(C::Location);
        if (!locText.isEmpty()) {
            loc = m_locations.value(locText.toUpper(), m_locations.value(locText, 0));
            if (!loc)
                row.problem(C::Location, tr("unknown location \"%1\"").arg(locText));
        }
        if (!p.code.isEmpty()) {
            if (m_codeRows.contains(p.code))
                row.problem(C::Code, tr("duplicate code %1: also in row %2").arg(p.code).arg(m_codeRows.value(p.code)));
            else
                m_codeRows.insert(p.code, row.row());
        }
        const QStringList stored{p.code, p.name, p.spec, p.unit, p.category, QString::number(p.costFen), QString::number(p.saleFen),
                                 QString::number(p.safetyStock), QString::number(p.reorderQty), locText, p.bin,
                                 QString::number(opening), p.compatibleModels, p.supplier};
        if (row.problemCount() == 0)
            m_rows.push_back({p, loc, opening});
        return stored;
    }

    void finish(QList<ImportProblem> &problems) override
    {
        auto q = m_ctx.db.exec(u"SELECT code FROM parts"_s);
        if (!q) {
            problems.append({0, QString(), q.error().message});
            return;
        }
        while (q->next()) {
            const QString c = q->value(0).toString();
            if (m_codeRows.contains(c))
                problems.append({m_codeRows.value(c), u"code"_s, tr("duplicate code %1: already in the parts catalogue").arg(c)});
        }
    }

    Status write(const ImportProgress &progress) override
    {
        AS_TRY(importsupport::lockTables(m_ctx.db, {u"parts"_s, u"stock_movements"_s, u"part_stock"_s}));
        qint64 defaultLoc = 0;
        for (const Row &r : m_rows)
            if (r.opening > 0 && r.location == 0) {
                auto l = PartService(m_ctx.db, m_ctx.clock).defaultLocation(m_ctx.actor);
                if (!l)
                    return l.error();
                defaultLoc = l->id;
                break;
            }
        auto maxP = importsupport::maxId(m_ctx.db, u"parts"_s);
        if (!maxP)
            return maxP.error();
        auto maxM = importsupport::maxId(m_ctx.db, u"stock_movements"_s);
        if (!maxM)
            return maxM.error();
        qint64 nextP = *maxP, nextM = *maxM;
        auto w = BulkWriter::create(m_ctx.db);
        auto pt = w->table(u"parts"_s, u"id,code,name,spec,unit,category,compatible_models,bin,cost_fen,sale_fen,safety_stock,"
                                       "reorder_qty,supplier,active,created_at,created_by,updated_at,updated_by"_s.split(u','));
        auto mt = w->table(u"stock_movements"_s, u"id,at,part_id,location_id,qty,type,unit_cost_fen,note,created_at,created_by"_s.split(u','));
        auto st = w->table(u"part_stock"_s, u"part_id,location_id,on_hand,updated_at"_s.split(u','));
        if (!pt || !mt || !st)
            return Error::storage(tr("Could not prepare the parts import."));
        const QByteArray now = time::toDb(m_ctx.clock.nowUtc()).toUtf8();
        const qint64 user = m_ctx.actor.userId;
        const QByteArray note = tr("Opening balance (import)").toUtf8();
        qint64 done = 0;
        for (const Row &r : m_rows) {
            const Part &p = r.part;
            const qint64 id = ++nextP;
            AS_TRY(w->add(*pt, {B::integer(id), B::text(p.code), B::text(p.name), B::textOrNull(p.spec.toUtf8()), B::text(p.unit),
                                B::textOrNull(p.category.toUtf8()), B::textOrNull(p.compatibleModels.toUtf8()),
                                B::textOrNull(p.bin.toUtf8()), B::integer(p.costFen), B::integer(p.saleFen), B::integer(p.safetyStock),
                                B::integer(p.reorderQty), B::textOrNull(p.supplier.toUtf8()), B::integer(1), B::text(now),
                                B::integer(user), B::text(now), B::integer(user)}));
            if (r.opening > 0) {
                const qint64 loc = r.location ? r.location : defaultLoc;
                AS_TRY(w->add(*mt, {B::integer(++nextM), B::text(now), B::integer(id), B::integer(loc), B::integer(r.opening),
                                    B::lit("opening"), B::integer(p.costFen), B::text(note), B::text(now), B::integer(user)}));
                AS_TRY(w->add(*st, {B::integer(id), B::integer(loc), B::integer(r.opening), B::text(now)}));
                ++m_openings;
            }
            if ((++done & 1023) == 0 && progress && !progress(done, qint64(m_rows.size()))) {
                (void)w->finish();
                return Error{Error::Kind::Cancelled, tr("Import cancelled."), {}};
            }
        }
        AS_TRY(w->finish());
        AS_TRY(importsupport::syncSequences(m_ctx.db, {u"parts"_s, u"stock_movements"_s}));
        return AuditLog(m_ctx.db, m_ctx.clock).record(m_ctx.actor, u"part"_s, 0, u"import"_s,
                                                      QJsonObject{{u"parts"_s, qint64(m_rows.size())}, {u"openings"_s, m_openings}});
    }

    ImportCounts counts() const override
    {
        qint64 openings = 0;
        for (const Row &r : m_rows)
            openings += r.opening > 0 ? 1 : 0;
        return {{tr("parts"), qint64(m_rows.size())}, {tr("opening balances"), openings}};
    }

private:
    struct Row { Part part; qint64 location = 0; qint64 opening = 0; };
    ImportContext &m_ctx;
    QHash<QString, qint64> m_locations;
    QHash<QString, int> m_codeRows;
    std::vector<Row> m_rows;
    qint64 m_openings = 0;
};

} // namespace

Result<std::unique_ptr<ImportSession>> PartsImport::start(ImportContext &ctx) const
{
    auto s = std::make_unique<PartsSession>(ctx);
    AS_TRY(s->load());
    return std::unique_ptr<ImportSession>(std::move(s));
}

} // namespace as
