#pragma once

#include <QString>

class QCoreApplication;

namespace as {

struct Services;

// Install the application's and Qt's own (qtbase: message boxes, file and print dialogs)
// translations for `language` ("zh_CN", "zh_TW", "en", "system"; empty: the language last
// read from the setting ui.language on this PC, else the system locale). Replaces the
// translators a previous call installed and sets the default QLocale (numbers, money).
// Returns the language in effect: "en", "zh_CN" or "zh_TW".
QString installTranslations(QCoreApplication &app, const QString &language = {});

// The language in effect (after installTranslations): "en", "zh_CN" or "zh_TW".
QString currentLanguage();

// After the database is open: apply the site settings site.timezone (fmt::setSiteTimeZone) and,
// unless `languageOverride` (--lang) is set or this PC chose a language (QSettings ui/language,
// the Settings page), the site default ui.language (reinstalling the translators when it differs).
// Returns true when the language in effect changed, i.e. widgets built earlier show the old one.
// The Settings page calls this after saving; a changed language shows fully after a restart.
bool applyLocaleSettings(QCoreApplication &app, Services &services, const QString &languageOverride = {});

} // namespace as
