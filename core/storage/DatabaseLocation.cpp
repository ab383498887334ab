#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace as {

void DatabaseLocation::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Aftersales"_s);
    QCoreApplication::setApplicationName(u"aftersales"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AFTERSALES_VERSION));
}

QString DatabaseLocation::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"aftersales.db"_s);
}

OpenOptions DatabaseLocation::resolve(const QString &cliLocation, bool cliShared)
{
    OpenOptions o;
    QSettings settings;
    if (!cliLocation.isEmpty()) {
        o.location = cliLocation;
    } else if (!qEnvironmentVariableIsEmpty("AFTERSALES_DB")) {
        o.location = qEnvironmentVariable("AFTERSALES_DB");
    } else if (!settings.value(u"database/location"_s).toString().isEmpty()) {
        o.location = settings.value(u"database/location"_s).toString();
        if (settings.value(u"database/shared"_s).toBool())
            o.mode = SqliteMode::Shared;
    } else {
        o.location = defaultPath();
        o.createFolder = true;
    }
    if (cliShared)
        o.mode = SqliteMode::Shared;
    return o;
}

void DatabaseLocation::remember(const QString &location, bool shared)
{
    QSettings settings;
    settings.setValue(u"database/location"_s, location);
    settings.setValue(u"database/shared"_s, shared);
}

} // namespace as
