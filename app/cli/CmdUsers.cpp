// users add | list | passwd | disable | enable
#include "cli/Cli.h"
#include "cli/Password.h"

#include "services/UserService.h"

using namespace Qt::Literals::StringLiterals;

namespace as::cli {

namespace {

// The new password: AFTERSALES_NEW_PASSWORD when the call itself logged in with
// AFTERSALES_PASSWORD, otherwise AFTERSALES_PASSWORD; else a prompt (typed twice).
QString newPassword(Context &ctx, const QString &login, bool *found)
{
    const char *env = ctx.loginRequired ? "AFTERSALES_NEW_PASSWORD" : "AFTERSALES_PASSWORD";
    if (!qEnvironmentVariableIsEmpty(env)) {
        *found = true;
        return qEnvironmentVariable(env);
    }
    const QString first = readPassword(nullptr, Context::tr("New password for %1: ").arg(login), found);
    if (!*found || first.isEmpty())
        return {};
    bool again = false;
    const QString second = readPassword(nullptr, Context::tr("Repeat the password: "), &again);
    if (!again || second != first) {
        ctx.err << Context::tr("The two passwords differ.") << Qt::endl;
        *found = false;
        return {};
    }
    return first;
}

QString csv(QString s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
        s = u'"' + s.replace(u'"', u"\"\""_s) + u'"';
    return s;
}

} // namespace

int cmdUsers(Context &ctx)
{
    QCommandLineParser p;
    p.addOption({u"role"_s, u"manager, agent, technician, parts_clerk, logistics, admin"_s, u"ROLE"_s});
    p.addOption({u"name"_s, u"Display name."_s, u"NAME"_s});
    if (!ctx.parse(p, 1, 2))
        return 2;
    const QStringList pos = p.positionalArguments();
    const QString sub = pos.at(0);
    const QString login = pos.value(1);
    if (sub == u"list"_s) {
        if (pos.size() != 1)
            return ctx.usage(Context::tr("users list takes no further arguments."));
    } else if (sub == u"add"_s || sub == u"passwd"_s || sub == u"disable"_s || sub == u"enable"_s) {
        if (login.isEmpty())
            return ctx.usage(Context::tr("users %1: LOGIN is required.").arg(sub));
    } else {
        return ctx.usage(Context::tr("users: unknown action \"%1\" (add, list, passwd, disable, enable).").arg(sub));
    }
    std::optional<Role> role;
    if (sub == u"add"_s) {
        if (!p.isSet(u"role"_s))
            return ctx.usage(Context::tr("users add: --role ROLE is required."));
        role = fromCode<Role>(p.value(u"role"_s));
        if (!role)
            return ctx.usage(Context::tr("users add: unknown role \"%1\" (manager, agent, technician, parts_clerk, logistics, admin).")
                                 .arg(p.value(u"role"_s)));
    }
    if (int rc = ctx.open())
        return rc;
    UserService users(*ctx.db, ctx.clock);

    if (sub == u"list"_s) {
        auto list = users.list(true);
        if (!list)
            return ctx.fail(list.error());
        ctx.out << "login,name,role,active,password" << Qt::endl;
        for (const User &u : *list)
            ctx.out << csv(u.login) << ',' << csv(u.displayName) << ',' << codeOf(u.role) << ',' << (u.active ? "yes" : "no") << ','
                    << (u.hasPassword ? "set" : "none") << Qt::endl;
        return 0;
    }
    if (sub == u"add"_s) {
        bool found = false;
        const QString pw = newPassword(ctx, login, &found);
        auto id = users.addUser(ctx.actor, login, *role, p.value(u"name"_s), pw);
        if (!id)
            return ctx.fail(id.error());
        ctx.out << Context::tr("User %1 added (%2%3).").arg(login, codeOf(*role),
                                                            pw.isEmpty() ? Context::tr(", no password yet") : QString())
                << Qt::endl;
        return 0;
    }
    if (sub == u"passwd"_s) {
        bool found = false;
        const QString pw = newPassword(ctx, login, &found);
        if (!found || pw.isEmpty())
            return ctx.fail(Error::validation(Context::tr("No new password given for %1.").arg(login)));
        Status st = users.setPassword(ctx.actor, login, pw);
        if (!st)
            return ctx.fail(st.error());
        ctx.out << Context::tr("Password of %1 changed.").arg(login) << Qt::endl;
        return 0;
    }
    Status st = users.setActive(ctx.actor, login, sub == u"enable"_s);
    if (!st)
        return ctx.fail(st.error());
    ctx.out << (sub == u"enable"_s ? Context::tr("User %1 enabled.") : Context::tr("User %1 disabled; their history is kept.")).arg(login)
            << Qt::endl;
    return 0;
}

} // namespace as::cli
