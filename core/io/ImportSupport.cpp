#include "io/ImportSupport.h"

#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace as::importsupport {

Status lockTables(Database &db, const QStringList &tables)
{
    if (db.isSqlite())
        return {};
    for (const QString &t : tables)
        AS_TRY(db.exec(u"LOCK TABLE "_s + t + u" IN EXCLUSIVE MODE"_s));
    return {};
}

Result<qint64> maxId(Database &db, const QString &table)
{
    auto v = db.scalar(u"SELECT COALESCE(MAX(id), 0) FROM "_s + table);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status syncSequences(Database &db, const QStringList &tables)
{
    if (db.isSqlite())
        return {};
    for (const QString &t : tables)
        AS_TRY(db.exec(u"SELECT setval(pg_get_serial_sequence('"_s + t + u"', 'id'), (SELECT GREATEST(MAX(id), 1) FROM "_s + t + u"))"_s));
    return {};
}

std::optional<QString> chineseCode(const char *enumName, const QString &text)
{
    struct Word { const char *enumName; const char16_t *word; const char *code; };
    static const Word words[] = {
        {"channel", u"电话", "phone"}, {"channel", u"電話", "phone"}, {"channel", u"电子邮件", "email"}, {"channel", u"電子郵件", "email"},
        {"channel", u"邮件", "email"}, {"channel", u"郵件", "email"}, {"channel", u"在线客服", "chat"}, {"channel", u"在线", "chat"},
        {"channel", u"線上客服", "chat"}, {"channel", u"線上", "chat"}, {"channel", u"到店", "walk_in"}, {"channel", u"来店", "walk_in"},
        {"channel", u"來店", "walk_in"}, {"channel", u"经销商", "dealer"}, {"channel", u"經銷商", "dealer"},
        {"category", u"咨询", "consultation"}, {"category", u"技术咨询", "consultation"}, {"category", u"諮詢", "consultation"},
        {"category", u"技術諮詢", "consultation"}, {"category", u"维修", "repair"}, {"category", u"維修", "repair"},
        {"category", u"安装", "installation"}, {"category", u"安装调试", "installation"}, {"category", u"安裝", "installation"},
        {"category", u"保养", "maintenance"}, {"category", u"维护", "maintenance"}, {"category", u"保養", "maintenance"},
        {"category", u"維護", "maintenance"}, {"category", u"退换货", "return"}, {"category", u"退货", "return"},
        {"category", u"换货", "return"}, {"category", u"退換貨", "return"},
        {"priority", u"低", "low"}, {"priority", u"普通", "normal"}, {"priority", u"一般", "normal"}, {"priority", u"正常", "normal"},
        {"priority", u"高", "high"}, {"priority", u"紧急", "urgent"}, {"priority", u"緊急", "urgent"},
        {"complexity", u"一般", "general"}, {"complexity", u"普通", "general"}, {"complexity", u"复杂", "complex"},
        {"complexity", u"複雜", "complex"},
        {"customer_type", u"个人", "consumer"}, {"customer_type", u"個人", "consumer"}, {"customer_type", u"消费者", "consumer"},
        {"customer_type", u"消費者", "consumer"}, {"customer_type", u"经销商", "dealer"}, {"customer_type", u"經銷商", "dealer"},
        {"customer_type", u"企业", "business"}, {"customer_type", u"企業", "business"}, {"customer_type", u"公司", "business"},
    };
    for (const Word &w : words)
        if (qstrcmp(w.enumName, enumName) == 0 && text == QStringView(w.word))
            return QString::fromLatin1(w.code);
    return std::nullopt;
}

} // namespace as::importsupport
