# zh_CN / zh_TW translations: language and time-zone settings.
S = {
    'System language': ('系统语言', '系統語言'),
    'Setting %1: "%2" is not a language; use one of: %3.': ('设置 %1：“%2”不是可用的语言；请使用以下之一：%3。', '設定 %1：「%2」不是可用的語言；請使用以下之一：%3。'),
    'Setting %1: "%2" is not a known time zone (write an IANA name such as Asia/Shanghai or Asia/Taipei).': (
        '设置 %1：“%2”不是已知的时区（请写 IANA 名称，例如 Asia/Shanghai 或 Asia/Taipei）。',
        '設定 %1：「%2」不是已知的時區（請寫 IANA 名稱，例如 Asia/Shanghai 或 Asia/Taipei）。'),
}
