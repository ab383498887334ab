#pragma once

#include <QString>

namespace as::cli {

// Read a password: from the environment variable `envVar` if set, else from the
// terminal without echo, else (scripts) one line of standard input.
// `found` is false when nothing was available.
QString readPassword(const char *envVar, const QString &prompt, bool *found);

} // namespace as::cli
