// The GUI in zh_CN and zh_TW: every page, its dialogs, the order window, menus and Qt's own
// dialogs show no English text (except brand names and codes). New screens are covered as soon
// as MainWindow adds their page and the page registers its dialogs in screenshotDialogs().
#include "support/TestSupport.h"

#include "orders/OrderWindow.h"
#include "print/PrintActions.h"
#include "services/LocaleSettings.h"
#include "services/Services.h"
#include "services/UserService.h"
#include "shell/MainWindow.h"
#include "shell/Page.h"
#include "shell/Translations.h"
#include "users/LoginDialog.h"
#include "users/UsersDialog.h"
#include "widgets/Format.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QSettings>
#include <QTimer>

using namespace as;
using namespace as::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Latin words that may stay in a Chinese UI: the brand, product and format names, keys.
const QSet<QString> &allowedWords()
{
    static const QSet<QString> words = {
        u"Aftersales"_s, u"English"_s /* the language's own name */, u"Excel"_s, u"PostgreSQL"_s, u"SQLite"_s, u"Big"_s, u"Ctrl"_s, u"Enter"_s, u"Shift"_s,
        u"Esc"_s, u"Tab"_s, u"Alt"_s, u"Del"_s, u"csv"_s, u"xlsx"_s, u"xls"_s, u"pdf"_s, u"db"_s, u"txt"_s, u"png"_s,
        u"admin"_s, u"zh"_s, u"en"_s, u"e"_s, u"mail"_s /* E-mail is 电子邮箱; "E-mail:" never appears alone */,
    };
    return words;
}

// The English words left in a text shown to the user ("" when none): HTML, accelerators, paths
// and codes (all capitals, digits) are ignored.
QString englishIn(QString text)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    static const QRegularExpression entities(u"&[a-z]+;"_s);
    static const QRegularExpression paths(u"(?:[A-Za-z]:)?[/\\\\][^\\s（）()，：]*"_s);
    static const QRegularExpression patterns(u"\\*\\.[A-Za-z0-9]+"_s);
    static const QRegularExpression email(u"[\\w.+-]+@[\\w.-]+"_s);
    static const QRegularExpression word(u"[A-Za-z][A-Za-z'’]*"_s);
    static const QRegularExpression zoneIds(u"\\b[A-Z][A-Za-z_]+(?:/[A-Za-z0-9_+-]+)+"_s);   // Asia/Taipei (IANA ids)
    text.remove(zoneIds).remove(tags).remove(entities).remove(paths).remove(patterns).remove(email).remove(u'&');
    QStringList found;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured(0);
        const bool code = w == w.toUpper();   // WO, SLA, CSV, PDF, KFR, GBK, UTF, A4
        if (!code && !allowedWords().contains(w))
            found << w;
    }
    return found.join(u' ');
}

struct Finding {
    QString where;
    QString text;
};

class Walker
{
public:
    QList<Finding> findings;
    int checked = 0;

    void check(const QString &where, const QString &text)
    {
        if (text.trimmed().isEmpty())
            return;
        ++checked;
        if (!englishIn(text).isEmpty())
            findings.push_back({where, text});
    }

    void walkMenu(const QString &where, QMenu *menu)
    {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            check(where + u" > menu"_s, a->text());
            if (a->menu())
                walkMenu(where, a->menu());
        }
    }

    void walk(const QString &name, QWidget *top)
    {
        check(name + u" [window title]"_s, top->windowTitle());
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : widgets) {
            if (w != top && !w->isVisibleTo(top))
                continue;
            const QString where = name + u": "_s + QString::fromLatin1(w->metaObject()->className()) +
                                  (w->objectName().isEmpty() ? QString() : u" #"_s + w->objectName());
            if (auto *l = qobject_cast<QLabel *>(w))
                check(where, l->text());
            else if (auto *b = qobject_cast<QAbstractButton *>(w))
                check(where, b->text());
            if (auto *g = qobject_cast<QGroupBox *>(w))
                check(where, g->title());
            if (auto *tb = qobject_cast<QTabBar *>(w))
                for (int i = 0; i < tb->count(); ++i)
                    check(where + u" tab"_s, tb->tabText(i));
            if (auto *e = qobject_cast<QLineEdit *>(w))
                check(where + u" placeholder"_s, e->placeholderText());
            if (auto *e = qobject_cast<QPlainTextEdit *>(w))
                check(where + u" placeholder"_s, e->placeholderText());
            if (auto *e = qobject_cast<QTextEdit *>(w))
                check(where + u" placeholder"_s, e->placeholderText());
            if (auto *c = qobject_cast<QComboBox *>(w))
                for (int i = 0; i < c->count(); ++i)
                    check(where + u" item"_s, c->itemText(i));
            if (auto *lw = qobject_cast<QListWidget *>(w))
                for (int i = 0; i < lw->count(); ++i)
                    check(where + u" item"_s, lw->item(i)->text());
            if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
                auto *h = v->findChild<QHeaderView *>();
                for (int c = 0; c < v->model()->columnCount(); ++c)
                    if (!h || !h->isSectionHidden(c))
                        check(where + u" header"_s, v->model()->headerData(c, Qt::Horizontal).toString());
            }
            if (auto *mb = qobject_cast<QMenuBar *>(w))
                for (QAction *a : mb->actions()) {
                    check(where, a->text());
                    if (a->menu())
                        walkMenu(where + u" " + a->text(), a->menu());
                }
            if (auto *b = qobject_cast<QPushButton *>(w); b && b->menu())
                walkMenu(where, b->menu());
            if (w->isWindow() || qobject_cast<QAbstractButton *>(w))
                check(where + u" tooltip"_s, w->toolTip());
        }
    }

    QString report() const
    {
        QString out;
        for (const Finding &f : findings)
            out += u"\n  "_s + f.where + u": \""_s + f.text + u"\"  (English: "_s + englishIn(f.text) + u')';
        return out;
    }
};

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

struct TranslationsUi : ::testing::TestWithParam<const char *> {
    TempDb t;
    FixedClock clock{testNow()};
    Services services{t.db(), clock};
    // A Chinese display name: the built-in "Administrator" is data, not a translatable text.
    Actor admin{1, u"admin"_s, u"管理员"_s, Role::Admin};
    qint64 orderId = 0;

    void SetUp() override
    {
        installTranslations(*qApp, QString::fromLatin1(GetParam()));
        UserService users(t.db(), clock);
        ASSERT_TRUE(users.addUser(Actor::admin(), u"li"_s, Role::Technician, u"李强"_s).ok());
        Customer c;
        c.name = u"周敏"_s;
        c.phone = u"13611112222"_s;
        c.address = u"成都市武侯区人民南路4段"_s;
        auto cid = services.customers.create(Actor::admin(), c);
        ASSERT_TRUE(cid.ok());
        OrderDraft d;
        d.customerId = *cid;
        d.symptom = u"冰箱不制冷"_s;
        auto id = services.orders.create(Actor::admin(), d);
        ASSERT_TRUE(id.ok());
        orderId = *id;
    }
    void TearDown() override { installTranslations(*qApp, u"en"_s); }
};

} // namespace

TEST(TranslationsDetector, FlagsEnglishButNotCodesOrPaths)
{
    EXPECT_EQ(englishIn(u"维修工单 WO-202611-00042"_s), QString());
    EXPECT_EQ(englishIn(u"另存为 PDF(&S)…"_s), QString());
    EXPECT_EQ(englishIn(u"数据库：/tmp/x/test.db（本地文件）"_s), QString());
    EXPECT_EQ(englishIn(u"<b>Aftersales</b> 1.0<br>售后服务管理"_s), QString());
    EXPECT_EQ(englishIn(u"Save"_s), u"Save"_s);
    EXPECT_EQ(englishIn(u"保存 changes"_s), u"changes"_s);
    EXPECT_EQ(englishIn(u"&Print…"_s), u"Print"_s);
}

TEST_P(TranslationsUi, NoEnglishLeftOnAnyPageDialogOrMenu)
{
    ASSERT_EQ(currentLanguage(), QString::fromLatin1(GetParam()));
    Walker walker;
    {
        MainWindow w(services, admin);
        w.resize(1280, 800);
        w.show();
        settle();
        ASSERT_FALSE(w.pages().isEmpty());
        for (Page *p : w.pages()) {
            w.showPage(p->pageId());
            settle();
            walker.walk(u"page "_s + p->pageId(), &w);
            p->screenshotDialogs([&](const QString &name, QWidget *dialog) {
                dialog->show();
                settle();
                walker.walk(u"dialog "_s + name, dialog);
                dialog->hide();
            });
        }
    }
    {
        OrderWindow w(services, admin, orderId);
        printing::addPrintButton(w.actionBar(), &w, services, [this] { return orderId; });
        w.show();
        settle();
        auto *tabs = w.findChild<QTabWidget *>();
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            settle();
            walker.walk(u"order window tab "_s + QString::number(i), &w);
        }
        if (!tabs)
            walker.walk(u"order window"_s, &w);
    }
    {
        LoginDialog login(services.accounts, QObject::tr("Database: %1").arg(services.db.location()));
        login.show();
        settle();
        walker.walk(u"login"_s, &login);
        UsersDialog users(services.accounts, admin);
        users.show();
        settle();
        walker.walk(u"users"_s, &users);
        PasswordDialog password(services.accounts, admin, admin.login, true);
        password.show();
        settle();
        walker.walk(u"password"_s, &password);
    }
    EXPECT_GT(walker.checked, 200) << "the walk found too few texts to be meaningful";
    EXPECT_TRUE(walker.findings.isEmpty()) << walker.findings.size() << " text(s) left in English in "
                                           << GetParam() << ":" << qPrintable(walker.report());
}

TEST_P(TranslationsUi, QtOwnDialogsAreTranslated)
{
    const bool simplified = QString::fromLatin1(GetParam()) == u"zh_CN"_s;
    QMessageBox box(QMessageBox::Question, u"?"_s, u"?"_s, QMessageBox::Ok | QMessageBox::Cancel | QMessageBox::Save);
    box.show();
    settle();
    EXPECT_EQ(box.button(QMessageBox::Ok)->text(), simplified ? u"确定"_s : u"確定"_s);
    EXPECT_EQ(box.button(QMessageBox::Cancel)->text(), u"取消"_s);
    EXPECT_EQ(box.button(QMessageBox::Save)->text(), simplified ? u"保存"_s : u"儲存"_s);
    box.hide();

    QFileDialog files(nullptr, u"?"_s);
    files.setOption(QFileDialog::DontUseNativeDialog);
    files.show();
    settle();
    Walker walker;
    walker.walk(u"file dialog"_s, &files);
    EXPECT_TRUE(walker.findings.isEmpty()) << qPrintable(walker.report());
}

TEST_P(TranslationsUi, NumbersMoneyAndDurationsFollowTheLanguage)
{
    EXPECT_EQ(fmt::money(123450), u"¥1,234.50"_s);
    EXPECT_EQ(fmt::number(1234567), u"1,234,567"_s);
    EXPECT_EQ(fmt::duration(3 * 3600 + 20 * 60), QString::fromLatin1(GetParam()) == u"zh_CN"_s ? u"3 小时 20 分"_s : u"3 小時 20 分"_s);
    EXPECT_FALSE(englishIn(fmt::longDate(QDate(2026, 11, 23))).size()) << qPrintable(fmt::longDate(QDate(2026, 11, 23)));
    EXPECT_TRUE(fmt::longDate(QDate(2026, 11, 23)).contains(u"2026年11月23日"_s)) << qPrintable(fmt::longDate(QDate(2026, 11, 23)));
}

INSTANTIATE_TEST_SUITE_P(Chinese, TranslationsUi, ::testing::Values("zh_CN", "zh_TW"),
                         [](const auto &info) { return std::string(info.param); });

// The settings ui.language and site.timezone: validated, and applied at start unless --lang overrides.
TEST(LocaleSettingsUi, LanguageAndTimeZoneSettingsApply)
{
    TempDb t;
    FixedClock clock{testNow()};
    Services services{t.db(), clock};
    LocaleSettings locale(services.settings);
    EXPECT_EQ(locale.language(), u"system"_s);
    EXPECT_EQ(locale.timeZoneId(), u"system"_s);
    EXPECT_FALSE(locale.setLanguage(Actor::admin(), u"fr"_s).ok());
    EXPECT_FALSE(locale.setTimeZone(Actor::admin(), u"Mars/Olympus"_s).ok());
    const Actor tech{2, u"li"_s, u"李强"_s, Role::Technician};
    EXPECT_FALSE(locale.setLanguage(tech, u"zh_TW"_s).ok()) << "changing settings needs the right";
    AS_ASSERT_OK(locale.setLanguage(Actor::admin(), u"zh_TW"_s));
    AS_ASSERT_OK(locale.setTimeZone(Actor::admin(), u"Asia/Taipei"_s));

    installTranslations(*qApp, u"en"_s);
    EXPECT_TRUE(applyLocaleSettings(*qApp, services));
    EXPECT_EQ(currentLanguage(), u"zh_TW"_s);
    EXPECT_EQ(QCoreApplication::translate("as::MainWindow", "&File"), u"檔案(&F)"_s);
    EXPECT_EQ(fmt::siteTimeZone().id(), QByteArray("Asia/Taipei"));
    EXPECT_EQ(fmt::dateTime(u"2026-11-23T02:00:00Z"_s), u"2026-11-23 10:00"_s);

    // --lang wins over the setting.
    installTranslations(*qApp, u"en"_s);
    EXPECT_FALSE(applyLocaleSettings(*qApp, services, u"en"_s));
    EXPECT_EQ(currentLanguage(), u"en"_s);
    EXPECT_EQ(QCoreApplication::translate("as::MainWindow", "&File"), u"&File"_s);

    // "system" follows the PC's locale.
    EXPECT_EQ(LocaleSettings::effectiveLanguage(u"system"_s, QLocale(u"zh_HK"_s)), u"zh_TW"_s);
    EXPECT_EQ(LocaleSettings::effectiveLanguage(u"system"_s, QLocale(u"zh_CN"_s)), u"zh_CN"_s);
    EXPECT_EQ(LocaleSettings::effectiveLanguage(u"system"_s, QLocale(u"de_DE"_s)), u"en"_s);
    fmt::setSiteTimeZone(QTimeZone::systemTimeZone());
    QSettings().remove(u"ui/language"_s);
}
