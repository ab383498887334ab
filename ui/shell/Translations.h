#pragma once

#include <QString>

class QCoreApplication;

namespace as {

// Install the application's and Qt's own translations for `language`
// ("zh_CN", "zh_TW", "en"; empty: the setting ui/language, else the system locale).
QString installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace as
