// backup, restore
#include "cli/Cli.h"

#include "storage/Backup.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace as::cli {

int cmdBackup(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"out"_s, u"Backup file to write."_s, u"FILE"_s});
    if (!ctx.parse(p))
        return 2;
    if (p.value(u"out"_s).isEmpty())
        return ctx.usage(Context::tr("backup: --out FILE is required."));
    if (int rc = ctx.open(false))
        return rc;
    if (Status st = ctx.actor.require(Permission::Backup); !st)
        return ctx.fail(st.error());
    BackupService backups(*ctx.db, ctx.clock);
    auto info = backups.backupTo(p.value(u"out"_s));
    if (!info)
        return ctx.fail(info.error());
    ctx.out << Context::tr("Backup written and verified: %1 (%2 bytes)").arg(info->path).arg(info->bytes) << Qt::endl;
    return 0;
}

int cmdRestore(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"from"_s, u"Backup file to restore."_s, u"FILE"_s});
    if (!ctx.parse(p))
        return 2;
    if (p.value(u"from"_s).isEmpty())
        return ctx.usage(Context::tr("restore: --from FILE is required."));
    if (int rc = ctx.open(false))
        return rc;
    if (Status st = ctx.actor.require(Permission::Backup); !st)
        return ctx.fail(st.error());
    BackupService backups(*ctx.db, ctx.clock);
    Status st = backups.restoreFrom(p.value(u"from"_s), BackupService::defaultFolder(ctx.db->location()));
    if (!st)
        return ctx.fail(st.error());
    ctx.out << Context::tr("Restored from %1. The data before the restore was saved in %2.")
                   .arg(p.value(u"from"_s), BackupService::defaultFolder(ctx.db->location()))
            << Qt::endl;
    return 0;
}

} // namespace as::cli
