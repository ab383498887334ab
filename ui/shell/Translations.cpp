#include "shell/Translations.h"

#include "services/LocaleSettings.h"
#include "services/Services.h"
#include "widgets/Format.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> list;
    return list;
}
QString &current()
{
    static QString lang = u"en"_s;
    return lang;
}
const QString kLanguageCache = u"ui/language"_s;   // this PC's language (Settings page); empty: system
} // namespace

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QString code = language;
    if (code.isEmpty())
        code = QSettings().value(kLanguageCache).toString();
    const QString lang = LocaleSettings::effectiveLanguage(code);

    for (const QPointer<QTranslator> &t : installed()) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();

    const QLocale locale(lang == u"en"_s ? u"en_US"_s : lang);
    QLocale::setDefault(locale);
    current() = lang;
    if (lang == u"en"_s)
        return lang;   // the source language: no translators, also none of Qt's
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const struct { QString base; QString dir; } sets[] = {{u"qtbase"_s, qtDir}, {u"aftersales"_s, u":/i18n"_s}};
    for (const auto &s : sets) {
        auto *t = new QTranslator(&app);
        if (t->load(locale, s.base, u"_"_s, s.dir)) {
            QCoreApplication::installTranslator(t);
            installed() << t;
        } else {
            delete t;
        }
    }
    return lang;
}

QString currentLanguage()
{
    return current();
}

bool applyLocaleSettings(QCoreApplication &app, Services &services, const QString &languageOverride)
{
    LocaleSettings locale(services.settings);
    fmt::setSiteTimeZone(locale.timeZone());
    if (!languageOverride.isEmpty())
        return false;
    // This PC's choice (Settings page, QSettings ui/language) wins; else the site's ui.language.
    if (!QSettings().value(kLanguageCache).toString().isEmpty())
        return false;
    const QString code = locale.language();
    if (LocaleSettings::effectiveLanguage(code) == current())
        return false;
    installTranslations(app, code);
    return true;
}

} // namespace as
