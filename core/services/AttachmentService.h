#pragma once

#include "services/Actor.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace as {

class Database;
class Clock;

// Files attached to a service order (the scan of the signed work order, photos), kept in the
// database so every PC sees them. Never deleted: archived with a reason.
class AttachmentService
{
    Q_DECLARE_TR_FUNCTIONS(as::AttachmentService)

public:
    AttachmentService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    static constexpr qint64 MaxBytes = 20 * 1024 * 1024;
    enum class Kind { SignedForm, Photo, Other };
    static QString kindCode(Kind k);
    static QString kindLabel(const QString &code);

    struct Info { qint64 id = 0; QString kind, fileName, mimeType, note, user; qint64 size = 0; QDateTime at; int rowVersion = 0; };

    Result<qint64> addFile(const Actor &actor, qint64 orderId, Kind kind, const QString &path, const QString &note = {});
    Result<qint64> add(const Actor &actor, qint64 orderId, Kind kind, const QString &fileName, const QByteArray &content,
                       const QString &note = {});
    Result<QList<Info>> list(qint64 orderId);   // without the archived ones
    Result<QByteArray> content(qint64 id);
    Status archive(const Actor &actor, qint64 id, int rowVersion, const QString &reason);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace as
