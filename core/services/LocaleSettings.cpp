#include "services/LocaleSettings.h"

#include "services/SettingsRepository.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace as {

namespace {
const QString kLanguageKey = u"ui.language"_s;
const QString kTimeZoneKey = u"site.timezone"_s;
const QString kSystem = u"system"_s;
} // namespace

QList<LocaleSettings::Language> LocaleSettings::languages()
{
    return {{kSystem, tr("System language")},
            {u"en"_s, u"English"_s},
            {u"zh_CN"_s, u"简体中文"_s},
            {u"zh_TW"_s, u"繁體中文（台灣）"_s}};
}

QString LocaleSettings::effectiveLanguage(const QString &code, const QLocale &system)
{
    if (code == u"en"_s || code == u"zh_CN"_s || code == u"zh_TW"_s)
        return code;
    if (system.language() != QLocale::Chinese)
        return u"en"_s;
    const bool traditional = system.script() == QLocale::TraditionalChineseScript ||
                             system.territory() == QLocale::Taiwan || system.territory() == QLocale::HongKong ||
                             system.territory() == QLocale::Macao;
    return traditional ? u"zh_TW"_s : u"zh_CN"_s;
}

QString LocaleSettings::effectiveLanguage(const QString &code)
{
    return effectiveLanguage(code, QLocale::system());
}

QStringList LocaleSettings::timeZoneIds()
{
    QStringList ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        if (id.contains('/') && !id.startsWith("Etc/"))
            ids << QString::fromLatin1(id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString LocaleSettings::language()
{
    auto v = m_settings.value(kLanguageKey, kSystem);
    if (!v)
        return kSystem;
    for (const Language &l : languages())
        if (l.code == *v)
            return *v;
    return kSystem;
}

Status LocaleSettings::setLanguage(const Actor &actor, const QString &code)
{
    QStringList codes;
    for (const Language &l : languages())
        codes << l.code;
    if (!codes.contains(code))
        return Error::validation(tr("Setting %1: \"%2\" is not a language; use one of: %3.")
                                     .arg(kLanguageKey, code, codes.join(u", "_s)),
                                 kLanguageKey);
    return m_settings.setValue(actor, kLanguageKey, code);
}

QString LocaleSettings::timeZoneId()
{
    auto v = m_settings.value(kTimeZoneKey);
    if (!v || v->isEmpty() || *v == kSystem || !QTimeZone(v->toUtf8()).isValid())
        return kSystem;
    return *v;
}

Status LocaleSettings::setTimeZone(const Actor &actor, const QString &id)
{
    const QString value = id.trimmed().isEmpty() ? kSystem : id.trimmed();
    if (value != kSystem && !QTimeZone::isTimeZoneIdAvailable(value.toUtf8()))
        return Error::validation(tr("Setting %1: \"%2\" is not a known time zone (write an IANA name such as Asia/Shanghai or Asia/Taipei).")
                                     .arg(kTimeZoneKey, value),
                                 kTimeZoneKey);
    return m_settings.setValue(actor, kTimeZoneKey, value);
}

QTimeZone LocaleSettings::timeZone()
{
    const QString id = timeZoneId();
    return id == kSystem ? QTimeZone::systemTimeZone() : QTimeZone(id.toUtf8());
}

} // namespace as
