#pragma once

#include "storage/Database.h"

#include <QString>

namespace as {

// Where the database is, decided the same way by the GUI and the CLI:
// --db argument > AFTERSALES_DB environment > this PC's setting (QSettings database/location)
// > the default file in the user's application data folder.
struct DatabaseLocation
{
    static void setApplicationIdentity();    // organisation/application names for QSettings and paths
    static QString defaultPath();
    static OpenOptions resolve(const QString &cliLocation = {}, bool cliShared = false);
    static void remember(const QString &location, bool shared);   // the PC setting
};

} // namespace as
