// stock onhand | move ; stocktake start | count | recount | approve | post | show | list
#include "cli/Cli.h"

#include "CountSheetDocument.h"
#include "services/Services.h"
#include "services/StockLedger.h"
#include "services/StocktakeService.h"
#include "util/Money.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace as::cli {

namespace {

QString csv(QString s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
        s = u'"' + s.replace(u'"', u"\"\""_s) + u'"';
    return s;
}

// Minimal CSV reading for count files: UTF-8 (with or without BOM), quoted cells.
QList<QStringList> readCsv(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

int stockOnHand(Context &ctx, QCommandLineParser &p, Services &s)
{
    qint64 partId = 0, locationId = 0;
    if (p.isSet(u"part"_s)) {
        auto part = s.parts.requireCode(p.value(u"part"_s));
        if (!part)
            return ctx.fail(part.error());
        partId = part->id;
    }
    if (p.isSet(u"location"_s)) {
        auto loc = s.parts.findLocation(p.value(u"location"_s));
        if (!loc)
            return ctx.fail(loc.error());
        locationId = loc->id;
    }
    auto rows = s.ledger.balances(partId, locationId);
    if (!rows)
        return ctx.fail(rows.error());
    ctx.out << "code,location,on_hand\n";
    for (const BalanceRow &r : *rows)
        ctx.out << csv(r.code) << ',' << csv(r.location) << ',' << r.onHand << '\n';
    ctx.out.flush();
    return 0;
}

int stockMove(Context &ctx, QCommandLineParser &p, Services &s)
{
    const QString typeText = p.value(u"type"_s);
    const auto type = fromCode<MovementType>(typeText);
    if (!type || *type == MovementType::Opening || *type == MovementType::Adjustment)
        return ctx.usage(Context::tr("stock move: --type must be receipt, issue, return, scrap, transfer or sale (not \"%1\").")
                             .arg(typeText));
    if (!p.isSet(u"part"_s) || !p.isSet(u"qty"_s))
        return ctx.usage(Context::tr("stock move: --part CODE and --qty N are required."));
    bool ok = false;
    const qint64 qty = p.value(u"qty"_s).toLongLong(&ok);
    if (!ok || qty < 0)
        return ctx.usage(Context::tr("stock move: --qty must be a whole number (not \"%1\").").arg(p.value(u"qty"_s)));
    qint64 rejected = 0;
    if (p.isSet(u"rejected"_s)) {
        rejected = p.value(u"rejected"_s).toLongLong(&ok);
        if (!ok || rejected < 0)
            return ctx.usage(Context::tr("stock move: --rejected must be a whole number (not \"%1\").").arg(p.value(u"rejected"_s)));
    }
    if (*type == MovementType::Transfer && !p.isSet(u"to"_s))
        return ctx.usage(Context::tr("stock move: a transfer needs --to LOCATION."));
    auto part = s.parts.requireCode(p.value(u"part"_s));
    if (!part)
        return ctx.fail(part.error());
    auto from = p.isSet(u"location"_s) ? s.parts.findLocation(p.value(u"location"_s)) : s.parts.defaultLocation(ctx.actor);
    if (!from)
        return ctx.fail(from.error());
    MovementRequest r;
    r.type = *type;
    r.partId = part->id;
    r.locationId = from->id;
    r.qty = qty;
    r.rejectedQty = rejected;
    r.orderNumber = p.value(u"order"_s);
    r.note = p.value(u"note"_s);
    r.allowNegative = p.isSet(u"allow-negative"_s);
    QString toCode;
    if (p.isSet(u"to"_s)) {
        auto to = s.parts.findLocation(p.value(u"to"_s));
        if (!to)
            return ctx.fail(to.error());
        r.toLocationId = to->id;
        toCode = to->code;
    }
    auto id = s.ledger.post(ctx.actor, r);
    if (!id)
        return ctx.fail(id.error());
    auto left = s.ledger.onHand(part->id, from->id);
    if (!left)
        return ctx.fail(left.error());
    ctx.out << Context::tr("movement %1: %2 at %3 now %4").arg(*id).arg(part->code, from->code).arg(*left);
    if (r.toLocationId > 0)
        ctx.out << Context::tr(", at %1 now %2").arg(toCode).arg(s.ledger.onHand(part->id, r.toLocationId).valueOr(0));
    ctx.out << Qt::endl;
    return 0;
}

} // namespace

int cmdStock(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"part"_s, u"Part code."_s, u"CODE"_s});
    p.addOption({u"location"_s, u"Stock location (code or name)."_s, u"L"_s});
    p.addOption({u"to"_s, u"Destination of a transfer (or defective-stock location of scrap)."_s, u"L2"_s});
    p.addOption({u"type"_s, u"receipt, issue, return, scrap, transfer, sale"_s, u"TYPE"_s});
    p.addOption({u"qty"_s, u"Quantity."_s, u"N"_s});
    p.addOption({u"rejected"_s, u"Receipts: quantity rejected at incoming inspection."_s, u"N"_s});
    p.addOption({u"order"_s, u"Service order number (issues and returns)."_s, u"NUMBER"_s});
    p.addOption({u"note"_s, u"Note."_s, u"TEXT"_s});
    p.addOption({u"allow-negative"_s, u"Allow the balance to go below zero (managers)."_s});
    if (!ctx.parse(p, 1, 1))
        return 2;
    const QString sub = p.positionalArguments().at(0);
    if (sub != u"onhand"_s && sub != u"move"_s)
        return ctx.usage(Context::tr("stock: unknown action \"%1\" (onhand, move).").arg(sub));
    if (sub == u"move"_s && !p.isSet(u"type"_s))
        return ctx.usage(Context::tr("stock move: --type is required."));
    if (int rc = ctx.open())
        return rc;
    Services s(*ctx.db, ctx.clock);
    return sub == u"onhand"_s ? stockOnHand(ctx, p, s) : stockMove(ctx, p, s);
}

int cmdStocktake(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"location"_s, u"Stock location (code or name)."_s, u"L"_s});
    p.addOption({u"category"_s, u"Only parts of this category (repeat or separate with commas)."_s, u"C"_s});
    p.addOption({u"blind"_s, u"Hide the expected quantities from the counters."_s});
    if (!ctx.parse(p, 1, 3))
        return 2;
    const QStringList pos = p.positionalArguments();
    const QString sub = pos.at(0);
    const QStringList known = {u"start"_s, u"count"_s, u"recount"_s, u"approve"_s, u"post"_s, u"show"_s, u"list"_s};
    if (!known.contains(sub))
        return ctx.usage(Context::tr("stocktake: unknown action \"%1\" (start, count, recount, approve, post, show, list).").arg(sub));
    qint64 id = 0;
    if (sub != u"start"_s && sub != u"list"_s) {
        bool ok = false;
        id = pos.value(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.usage(Context::tr("stocktake %1: the session ID is required.").arg(sub));
        if (sub == u"count"_s && pos.size() != 3)
            return ctx.usage(Context::tr("stocktake count: ID and FILE are required."));
    }
    if (sub == u"start"_s && !p.isSet(u"location"_s))
        return ctx.usage(Context::tr("stocktake start: --location L is required."));
    if (int rc = ctx.open())
        return rc;
    Services s(*ctx.db, ctx.clock);

    if (sub == u"start"_s) {
        auto loc = s.parts.findLocation(p.value(u"location"_s));
        if (!loc)
            return ctx.fail(loc.error());
        QStringList cats;
        for (const QString &c : p.values(u"category"_s))
            cats << c.split(u',', Qt::SkipEmptyParts);
        auto st = s.stocktakes.start(ctx.actor, loc->id, cats, p.isSet(u"blind"_s));
        if (!st)
            return ctx.fail(st.error());
        ctx.out << *st << Qt::endl;
        return 0;
    }
    if (sub == u"count"_s) {
        const QString path = pos.at(2);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(Error::io(Context::tr("Cannot read %1: %2").arg(path, f.errorString())));
        const QList<QStringList> rows = readCsv(f.readAll());
        QList<StocktakeService::CountEntry> entries;
        QMap<int, QString> problems;   // by row
        for (int i = 0; i < rows.size(); ++i) {
            const QStringList &r = rows.at(i);
            const QString code = r.value(0).trimmed();
            const QString countText = r.value(1).trimmed();
            if (code.isEmpty() && countText.isEmpty())
                continue;
            if (i == 0 && code.compare(u"code"_s, Qt::CaseInsensitive) == 0)
                continue;   // header
            bool ok = true;
            const qint64 n = countText.isEmpty() ? 1 : countText.toLongLong(&ok);
            if (!ok || n < 0) {
                problems.insert(i + 1, Context::tr("row %1, column counted: \"%2\" is not a whole number").arg(i + 1).arg(countText));
                continue;
            }
            entries << StocktakeService::CountEntry{i + 1, code, n};
        }
        // All or nothing: with bad numbers, the codes are still checked (and nothing is written).
        auto n = s.stocktakes.countMany(ctx.actor, id, entries, !problems.isEmpty());
        if (!n && n.error().kind != Error::Kind::Validation)
            return ctx.fail(n.error());
        if (!n) {
            for (const QString &line : n.error().message.split(u'\n')) {
                const int row = line.section(u' ', 1, 1).chopped(1).toInt();
                problems.insert(row, line);
            }
        }
        if (!problems.isEmpty()) {
            for (const QString &line : problems)
                ctx.err << path << ": " << line << Qt::endl;
            return 1;
        }
        ctx.out << Context::tr("%1 counts recorded").arg(*n) << Qt::endl;
        return 0;
    }
    if (sub == u"recount"_s) {
        auto n = s.stocktakes.requestRecount(ctx.actor, id);
        if (!n)
            return ctx.fail(n.error());
        ctx.out << Context::tr("%1 lines to recount").arg(*n) << Qt::endl;
        return 0;
    }
    if (sub == u"approve"_s) {
        auto st = s.stocktakes.approve(ctx.actor, id);
        if (!st)
            return ctx.fail(st.error());
        ctx.out << "approved" << Qt::endl;
        return 0;
    }
    if (sub == u"post"_s) {
        auto sum = s.stocktakes.post(ctx.actor, id);
        if (!sum)
            return ctx.fail(sum.error());
        ctx.out << "lines,uncounted,variance_qty,variance_value\n"
                << sum->lines << ',' << sum->uncounted << ',' << sum->varianceQty << ',' << money::toYuan(sum->varianceFen)
                << Qt::endl;
        return 0;
    }
    if (sub == u"show"_s) {
        auto st = s.stocktakes.get(id);
        if (!st)
            return ctx.fail(st.error());
        auto lines = s.stocktakes.lines(id);
        if (!lines)
            return ctx.fail(lines.error());
        ctx.out << "code,bin,expected,moved_since,counted,variance,recount\n";
        for (const StocktakeLine &l : *lines)
            ctx.out << csv(l.code) << ',' << csv(l.bin) << ',' << l.expected << ',' << l.movedSince << ','
                    << (l.counted ? QString::number(*l.counted) : QString()) << ',' << (l.counted ? QString::number(l.variance()) : QString())
                    << ',' << (l.needsRecount ? "yes" : "") << '\n';
        ctx.out.flush();
        return 0;
    }
    auto list = s.stocktakes.list();
    if (!list)
        return ctx.fail(list.error());
    ctx.out << "id,location,status,blind,frozen_at\n";
    for (const Stocktake &st : *list)
        ctx.out << st.id << ',' << csv(st.locationCode) << ',' << codeOf(st.status) << ',' << (st.blind ? "yes" : "no") << ','
                << st.frozenAt.toString(Qt::ISODate) << '\n';
    ctx.out.flush();
    return 0;
}

int printCountSheet(Context &ctx, QCommandLineParser &p)
{
    bool ok = false;
    const qint64 id = p.positionalArguments().at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(Context::tr("print count-sheet: ID must be a stocktake number."));
    const QString out = p.value(u"out"_s);
    if (out.isEmpty())
        return ctx.usage(Context::tr("print count-sheet: --out FILE.pdf is required."));
    if (int rc = ctx.open())
        return rc;
    Services s(*ctx.db, ctx.clock);
    auto st = s.stocktakes.get(id);
    if (!st)
        return ctx.fail(st.error());
    auto lines = s.stocktakes.lines(id);
    if (!lines)
        return ctx.fail(lines.error());
    QLocale::setDefault(QLocale(qEnvironmentVariable("AFTERSALES_LANG", QLocale::system().name())));
    if (auto w = print::CountSheetDocument::writePdf(out, *st, *lines); !w)
        return ctx.fail(w.error());
    ctx.out << Context::tr("%1: count sheet of stocktake %2, %3 lines").arg(QFileInfo(out).absoluteFilePath()).arg(id).arg(lines->size())
            << Qt::endl;
    return 0;
}

} // namespace as::cli
