#pragma once

#include "util/Time.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace as::sql {

// Bind values that are NULL when empty (portable: typed NULLs work on SQLite and PostgreSQL).
inline QVariant text(const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); }
inline QVariant time(const QDateTime &t) { return t.isValid() ? QVariant(time::toDb(t)) : QVariant(QMetaType::fromType<QString>()); }
inline QVariant id(qint64 v) { return v > 0 ? QVariant(v) : QVariant(QMetaType::fromType<qlonglong>()); }
inline QDateTime timeFrom(const QVariant &v) { return v.isNull() ? QDateTime() : time::fromDb(v.toString()); }

} // namespace as::sql
