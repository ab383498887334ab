#pragma once

#include "services/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace as {

class SettingsRepository;

// The language and time-zone settings, validated, for the Settings page and the GUI start:
//   ui.language    "system" (default: this PC's language), "en", "zh_CN" or "zh_TW";
//   site.timezone  "system" (default: this PC's zone) or an IANA id such as "Asia/Shanghai".
// The GUI's --lang option overrides ui.language; the CLI follows AFTERSALES_LANG.
class LocaleSettings
{
    Q_DECLARE_TR_FUNCTIONS(as::LocaleSettings)

public:
    struct Language {
        QString code;   // "system", "en", "zh_CN", "zh_TW"
        QString name;   // shown in the language's own script ("简体中文"); "system" translated
    };

    explicit LocaleSettings(SettingsRepository &settings) : m_settings(settings) {}

    static QList<Language> languages();
    // The translation a setting value stands for: "en", "zh_CN" or "zh_TW"
    // ("system" and unknown values follow the PC's locale; zh_HK/zh_MO/Hant -> zh_TW).
    static QString effectiveLanguage(const QString &code);
    static QString effectiveLanguage(const QString &code, const QLocale &system);
    // IANA ids the PC knows, sorted, for a combo box.
    static QStringList timeZoneIds();

    QString language();                                          // the stored code, "system" if unset or invalid
    Status setLanguage(const Actor &actor, const QString &code);  // refuses codes not in languages()
    QString timeZoneId();                                        // "system" or the stored IANA id
    Status setTimeZone(const Actor &actor, const QString &id);    // "system"/empty or a known IANA id
    QTimeZone timeZone();                                        // the zone timeZoneId() stands for

private:
    SettingsRepository &m_settings;
};

} // namespace as
