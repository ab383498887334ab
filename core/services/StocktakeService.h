#pragma once

#include "domain/Part.h"
#include "services/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace as {

class Database;
class Clock;
class StockLedger;

struct Stocktake
{
    qint64 id = 0;
    qint64 locationId = 0;
    QString locationCode;
    QStringList categories;   // empty: all
    bool blind = false;
    StocktakeStatus status = StocktakeStatus::Counting;
    QDateTime frozenAt;
    qint64 frozenMovementId = 0;
    qint64 thresholdQty = 3;
    qint64 thresholdFen = 50000;
    QDateTime postedAt;
    int rowVersion = 0;
};

struct StocktakeLine
{
    qint64 id = 0;
    qint64 partId = 0;
    QString code, name, bin, unit, category;
    qint64 expected = 0;       // frozen at the start
    qint64 movedSince = 0;     // movements at the location since the freeze
    std::optional<qint64> counted;
    std::optional<qint64> firstCount;
    bool needsRecount = false;
    qint64 unitCostFen = 0;
    qint64 variance() const { return counted ? *counted - (expected + movedSince) : 0; }
};

struct CountResult
{
    QString code, name, unit;
    qint64 counted = 0;
    qint64 expected = 0;       // expected now (frozen + moved since); hidden on screen when blind
    bool newLine = false;      // the part was not on the frozen list
};

struct StocktakePostSummary
{
    int lines = 0;             // lines adjusted
    int uncounted = 0;         // lines left unchanged because nobody counted them
    qint64 varianceQty = 0;
    qint64 varianceFen = 0;
};

// Stocktake sessions: starting one freezes the expected quantities of a location
// (optionally some categories); counts are entered by scanner or typed; lines whose
// variance exceeds the threshold are recounted; a manager approves; posting writes all
// adjustment movements in one transaction. Movements made during the count are accounted
// for: adjustment = counted - (frozen expected + movements since the freeze).
class StocktakeService
{
    Q_DECLARE_TR_FUNCTIONS(as::StocktakeService)

public:
    StocktakeService(Database &db, const Clock &clock, StockLedger &ledger) : m_db(db), m_clock(clock), m_ledger(ledger) {}

    Result<qint64> start(const Actor &actor, qint64 locationId, const QStringList &categories = {}, bool blind = false,
                         const QString &note = {});
    // A scan adds `qty` (1 per scan) to the part's count; unknown codes are refused.
    Result<CountResult> count(const Actor &actor, qint64 stocktakeId, const QString &code, qint64 qty = 1);
    // Several counts (a count file): all or nothing; every bad entry is reported ("row N: ...").
    struct CountEntry { int row = 0; QString code; qint64 qty = 1; };
    Result<int> countMany(const Actor &actor, qint64 stocktakeId, const QList<CountEntry> &entries, bool dryRun = false);
    // Replace a line's count (corrections).
    Status setCount(const Actor &actor, qint64 stocktakeId, qint64 partId, qint64 counted);
    // Flag lines whose variance exceeds the thresholds for a recount; returns how many.
    Result<int> requestRecount(const Actor &actor, qint64 stocktakeId);
    Status approve(const Actor &actor, qint64 stocktakeId);
    Result<StocktakePostSummary> post(const Actor &actor, qint64 stocktakeId);
    Status cancel(const Actor &actor, qint64 stocktakeId, const QString &reason);

    Result<Stocktake> get(qint64 stocktakeId);
    Result<QList<Stocktake>> list(int limit = 200);
    // Lines sorted by bin then code, with movements since the freeze.
    Result<QList<StocktakeLine>> lines(qint64 stocktakeId);

private:
    Result<Stocktake> open(qint64 stocktakeId);   // get + refuse posted/cancelled
    Status setStatus(const Actor &actor, const Stocktake &s, StocktakeStatus to, const QString &action);
    Database &m_db;
    const Clock &m_clock;
    StockLedger &m_ledger;
};

} // namespace as
