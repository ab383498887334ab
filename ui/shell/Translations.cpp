#include "shell/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace as {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = QSettings().value(u"ui/language"_s).toString();
    if (lang.isEmpty())
        lang = QLocale::system().name();
    const QLocale locale(lang);
    QLocale::setDefault(locale);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const struct { QString base; QString dir; } sets[] = {{u"qtbase"_s, qtDir}, {u"aftersales"_s, u":/i18n"_s}};
    for (const auto &s : sets) {
        auto *t = new QTranslator(&app);
        if (t->load(locale, s.base, u"_"_s, s.dir))
            QCoreApplication::installTranslator(t);
        else
            delete t;
    }
    return lang;
}

} // namespace as
