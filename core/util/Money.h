#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace as::money {

// Money is integer fen. Files and forms use yuan with up to two decimals.
std::optional<qint64> parseYuan(const QString &text);   // "125.50" -> 12550; rejects "1.234", "abc", "1e5"
QString toYuan(qint64 fen);                              // 12550 -> "125.50"
qint64 markup(qint64 costFen, int markupPercent);        // cost plus mark-up, rounded half up to the fen

} // namespace as::money
