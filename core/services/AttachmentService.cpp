#include "services/AttachmentService.h"

#include "services/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>

using namespace Qt::Literals::StringLiterals;

namespace as {

QString AttachmentService::kindCode(Kind k)
{
    switch (k) {
    case Kind::SignedForm: return u"signed_form"_s;
    case Kind::Photo: return u"photo"_s;
    case Kind::Other: break;
    }
    return u"other"_s;
}

QString AttachmentService::kindLabel(const QString &code)
{
    if (code == u"signed_form"_s)
        return tr("Signed work order");
    if (code == u"photo"_s)
        return tr("Photo");
    return tr("Other");
}

Result<qint64> AttachmentService::addFile(const Actor &actor, qint64 orderId, Kind kind, const QString &path, const QString &note)
{
    QFile f(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error::io(tr("File %1 does not exist.").arg(path));
    if (info.size() > MaxBytes)
        return Error::validation(tr("File %1 is %2 MB; attachments may be at most %3 MB.")
                                     .arg(info.fileName())
                                     .arg(double(info.size()) / 1048576.0, 0, 'f', 1)
                                     .arg(MaxBytes / 1048576),
                                 u"file"_s);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read %1: %2").arg(path, f.errorString()));
    return add(actor, orderId, kind, info.fileName(), f.readAll(), note);
}

Result<qint64> AttachmentService::add(const Actor &actor, qint64 orderId, Kind kind, const QString &fileName, const QByteArray &content,
                                      const QString &note)
{
    AS_TRY(actor.require(Permission::EditOrders));
    if (content.isEmpty())
        return Error::validation(tr("File %1 is empty.").arg(fileName), u"file"_s);
    if (content.size() > MaxBytes)
        return Error::validation(tr("File %1 is larger than %2 MB.").arg(fileName).arg(MaxBytes / 1048576), u"file"_s);
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(fileName, content).name();
    if ((kind == Kind::Photo || kind == Kind::SignedForm) && !mime.startsWith(u"image/"_s) && mime != u"application/pdf"_s)
        return Error::validation(tr("File %1 is not an image or a PDF (%2).").arg(fileName, mime), u"file"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto exists = m_db.scalar(u"SELECT COUNT(*) FROM service_orders WHERE id = ?"_s, {orderId});
    if (!exists)
        return exists.error();
    if (exists->toLongLong() == 0)
        return Error::notFound(tr("Service order %1 does not exist.").arg(orderId));
    const QString now = time::toDb(m_clock.nowUtc());
    auto id = m_db.insertReturningId(u"INSERT INTO order_attachments (order_id, kind, file_name, mime_type, size_bytes, content, note, "
                                     "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                     {orderId, kindCode(kind), fileName, mime, qint64(content.size()), content, sql::text(note.trimmed()),
                                      now, sql::id(actor.userId), now, sql::id(actor.userId)});
    if (!id)
        return id.error();
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"service_order"_s, orderId, u"attach"_s,
                        QJsonObject{{u"file"_s, fileName}, {u"kind"_s, kindCode(kind)}, {u"bytes"_s, qint64(content.size())}}));
    AS_TRY(tx->commit());
    return *id;
}

Result<QList<AttachmentService::Info>> AttachmentService::list(qint64 orderId)
{
    auto q = m_db.exec(u"SELECT a.id, a.kind, a.file_name, a.mime_type, a.note, COALESCE(u.display_name, u.login, ''), a.size_bytes, "
                       "a.created_at, a.row_version FROM order_attachments a LEFT JOIN users u ON u.id = a.created_by "
                       "WHERE a.order_id = ? AND a.archived_at IS NULL ORDER BY a.id"_s,
                       {orderId});
    if (!q)
        return q.error();
    QList<Info> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toString(), q->value(5).toString(), q->value(6).toLongLong(), sql::timeFrom(q->value(7)),
                    q->value(8).toInt()});
    return out;
}

Result<QByteArray> AttachmentService::content(qint64 id)
{
    auto q = m_db.exec(u"SELECT content FROM order_attachments WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Attachment %1 does not exist.").arg(id));
    return q->value(0).toByteArray();
}

Status AttachmentService::archive(const Actor &actor, qint64 id, int rowVersion, const QString &reason)
{
    AS_TRY(actor.require(Permission::EditOrders));
    if (reason.trimmed().isEmpty())
        return Error::validation(tr("A reason is required to remove an attachment."), u"reason"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto order = m_db.scalar(u"SELECT order_id FROM order_attachments WHERE id = ?"_s, {id});
    if (!order)
        return order.error();
    if (!order->isValid())
        return Error::notFound(tr("Attachment %1 does not exist.").arg(id));
    const QString now = time::toDb(m_clock.nowUtc());
    auto n = m_db.execAffected(u"UPDATE order_attachments SET archived_at = ?, note = COALESCE(note || ' / ', '') || ?, updated_at = ?, "
                               "updated_by = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ? AND archived_at IS NULL"_s,
                               {now, reason.trimmed(), now, sql::id(actor.userId), id, rowVersion});
    if (!n)
        return n.error();
    if (*n == 0)
        return Error::conflict(tr("The attachment was changed or removed by someone else. Reload to see it."));
    AuditLog audit(m_db, m_clock);
    AS_TRY(audit.record(actor, u"service_order"_s, order->toLongLong(), u"archive_attachment"_s,
                        QJsonObject{{u"attachment"_s, id}, {u"reason"_s, reason.trimmed()}}));
    return tx->commit();
}

} // namespace as
