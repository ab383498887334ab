#include "shell/GuiApp.h"

#include "import/ExportDialog.h"
#include "import/ImportWizard.h"

#include "services/Services.h"
#include "services/UserDirectory.h"
#include "shell/MainWindow.h"
#include "shell/Page.h"
#include "shell/Translations.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "shell/BackupController.h"
#include "users/LoginDialog.h"
#include "users/UsersDialog.h"
#include "storage/DatabaseLocation.h"
#include "util/Clock.h"
#include "widgets/Format.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QThread>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {

// First start: no password is set, so anyone at this PC acts as the administrator.
void adviseAdministratorPassword(Services &services, const Actor &actor)
{
    QSettings settings;
    if (settings.value(u"firstStart/passwordAdviceDone"_s).toBool() || actor.role != Role::Admin)
        return;
    QMessageBox box(QMessageBox::Information, QObject::tr("Welcome to Aftersales"),
                    QObject::tr("Aftersales is running without passwords: everyone who starts it acts as the administrator.\n\n"
                                "Set an administrator password now (recommended)? From then on everyone logs in with "
                                "their own user, and every change is recorded under their name."));
    QPushButton *set = box.addButton(QObject::tr("Set password…"), QMessageBox::AcceptRole);
    box.addButton(QObject::tr("Later"), QMessageBox::RejectRole);
    QPushButton *never = box.addButton(QObject::tr("Don't ask again"), QMessageBox::DestructiveRole);
    box.exec();
    if (box.clickedButton() == set) {
        PasswordDialog dlg(services.accounts, actor, actor.login, false);
        if (dlg.exec() == QDialog::Accepted)
            settings.setValue(u"firstStart/passwordAdviceDone"_s, true);
    } else if (box.clickedButton() == never) {
        settings.setValue(u"firstStart/passwordAdviceDone"_s, true);
    }
}

} // namespace

int runGui(int argc, char **argv)
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    DatabaseLocation::setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"Aftersales"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/aftersales.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Aftersales: after-sales service management"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"db"_s, u"SQLite file or postgresql:// address."_s, u"PATH|URL"_s});
    parser.addOption({u"shared"_s, u"The database file is in a shared folder."_s});
    parser.addOption({u"lang"_s, u"Language: zh_CN, zh_TW, en or system (overrides the setting ui.language)."_s, u"LANG"_s});
    parser.addOption({u"user"_s, u"Log in as this user."_s, u"NAME"_s});
    parser.addOption({u"smoke"_s, u"Open, show the first page, report the time and exit."_s});
    parser.addOption({u"screenshots"_s, u"Save a PNG of every page and its main dialogs into DIR, then exit."_s, u"DIR"_s});
    parser.process(app);
    const bool smoke = parser.isSet(u"smoke"_s);

    installTranslations(app, parser.value(u"lang"_s));
    QFile qss(u":/styles/app.qss"_s);
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));

    auto fail = [&](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        if (!smoke && qEnvironmentVariable("QT_QPA_PLATFORM") != u"offscreen"_s)
            QMessageBox::critical(nullptr, QObject::tr("Aftersales cannot start"), message);
        return 1;
    };

    const OpenOptions openOptions = DatabaseLocation::resolve(parser.value(u"db"_s), parser.isSet(u"shared"_s));
    auto opened = Database::open(openOptions);
    if (!opened && opened.error().kind == Error::Kind::Damaged && !smoke) {
        // A damaged file: offer the newest backup that verifies.
        const QString folder = QSettings().value(u"backup/folder"_s).toString().isEmpty()
                                   ? BackupService::defaultFolder(openOptions.location)
                                   : QSettings().value(u"backup/folder"_s).toString();
        for (const BackupService::Info &b : BackupService::list(folder)) {
            if (!BackupService::verify(b.path).ok())
                continue;
            const auto answer = QMessageBox::question(
                nullptr, QObject::tr("Damaged database"),
                QObject::tr("%1\n\nThe newest good backup is from %2 (%3). Restore it? The damaged file is kept beside it.")
                    .arg(opened.error().message, b.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), b.path));
            if (answer != QMessageBox::Yes)
                break;
            auto aside = BackupService::replaceDamagedFile(openOptions.location, b.path);
            if (!aside)
                return fail(aside.error().message);
            opened = Database::open(openOptions);
            break;
        }
    }
    if (!opened)
        return fail(opened.error().message);
    std::unique_ptr<Database> db = std::move(opened.value());
    SystemClock clock;
    Services services(*db, clock);
    applyLocaleSettings(app, services, parser.value(u"lang"_s));   // site.timezone, ui.language (unless --lang)

    const bool automated = smoke || parser.isSet(u"screenshots"_s);
    auto single = services.accounts.singleUserMode();
    if (!single)
        return fail(single.error().message);
    Actor actor = Actor::admin();
    if (!*single) {
        // Logins are on: --user with AFTERSALES_PASSWORD (automation), else the login dialog.
        if (parser.isSet(u"user"_s)) {
            auto a = services.accounts.login(parser.value(u"user"_s), qEnvironmentVariable("AFTERSALES_PASSWORD"));
            if (!a)
                return fail(a.error().message);
            actor = *a;
        } else if (automated) {
            return fail(QObject::tr("This database requires a login: add --user NAME and set AFTERSALES_PASSWORD."));
        } else {
            LoginDialog login(services.accounts, QObject::tr("Database: %1").arg(db->location()));
            if (login.exec() != QDialog::Accepted)
                return 0;
            actor = login.actor();
        }
    } else {
        if (parser.isSet(u"user"_s)) {
            auto a = services.users.actorFor(parser.value(u"user"_s));
            if (!a)
                return fail(a.error().message);
            actor = *a;
        }
        if (!automated)
            adviseAdministratorPassword(services, actor);
    }

    MainWindow window(services, actor);
    window.resize(1280, 800);
    window.show();
    if (!automated)
        window.backups()->startSchedule();
    if (parser.isSet(u"screenshots"_s)) {
        const QString dir = parser.value(u"screenshots"_s);
        const QString suffix = u'_' + QLocale().name();
        QTimer::singleShot(200, &app, [&window, &services, actor, dir, suffix] {
            QDir().mkpath(dir);
            auto settle = [] {
                for (int i = 0; i < 5; ++i) {
                    QCoreApplication::processEvents();
                    QThread::msleep(40);
                }
            };
            for (Page *p : window.pages()) {
                window.showPage(p->pageId());
                settle();
                window.grab().save(dir + u"/page-"_s + p->pageId() + suffix + u".png"_s);
                p->screenshotDialogs([&](const QString &name, QWidget *w) {
                    w->show();
                    settle();
                    w->grab().save(dir + u"/dialog-"_s + name + suffix + u".png"_s);
                    w->hide();
                });
            }
            // The shell's own dialogs.
            auto shootDialog = [&](const QString &name, QWidget *w) {
                w->show();
                settle();
                w->grab().save(dir + u"/dialog-"_s + name + suffix + u".png"_s);
                w->hide();
            };
            LoginDialog login(services.accounts, QObject::tr("Database: %1").arg(services.db.location()));
            shootDialog(u"login"_s, &login);
            UsersDialog users(services.accounts, actor);
            shootDialog(u"users"_s, &users);
            PasswordDialog password(services.accounts, actor, actor.login, true);
            shootDialog(u"password"_s, &password);
            ImportWizard importWizard(services, actor);
            shootDialog(u"import"_s, &importWizard);
            ExportDialog exportDialog(services, actor);
            shootDialog(u"export"_s, &exportDialog);
            QApplication::exit(0);
        });
    }
    if (smoke) {
        QTimer::singleShot(0, &app, [&] {
            Page *p = window.currentPage();
            const qint64 ms = startup.elapsed();
            std::printf("first page shown in %lld ms (%s, %d rows)\n", static_cast<long long>(ms),
                        p ? qPrintable(p->pageId()) : "none", p ? p->loadedRows() : 0);
            std::fflush(stdout);
            QApplication::exit(p && p->loadedRows() >= 0 ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace as
