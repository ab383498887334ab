#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QFile>
#include <QProcessEnvironment>

using namespace Qt::Literals::StringLiterals;

namespace as::test {

bool usingPostgres()
{
    return !qEnvironmentVariableIsEmpty("AFTERSALES_TEST_PG");
}

namespace {

// Run one statement on the PostgreSQL maintenance database.
bool pgAdmin(const QString &sql, QString *error)
{
    const auto url = Database::parsePgUrl(qEnvironmentVariable("AFTERSALES_TEST_PG"));
    if (!url) {
        *error = u"AFTERSALES_TEST_PG is not a postgresql:// address"_s;
        return false;
    }
    bool ok = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"aftersales-test-admin"_s);
        admin.setHostName(url->host);
        admin.setPort(url->port);
        admin.setDatabaseName(url->dbname);
        admin.setUserName(url->user);
        admin.setPassword(url->password);
        if (!admin.open()) {
            *error = admin.lastError().text();
        } else {
            QSqlQuery q(admin);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
            admin.close();
        }
    }
    QSqlDatabase::removeDatabase(u"aftersales-test-admin"_s);
    return ok;
}

int s_pgCounter = 0;

} // namespace

TempDb::TempDb(const QString &name, std::optional<SqliteMode> mode, int migrateTo) : m_mode(mode)
{
    if (usingPostgres()) {
        const auto url = Database::parsePgUrl(qEnvironmentVariable("AFTERSALES_TEST_PG"));
        m_pgName = u"as_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++s_pgCounter);
        QString error;
        pgAdmin(u"DROP DATABASE IF EXISTS "_s + m_pgName, &error);
        if (!url || !pgAdmin(u"CREATE DATABASE "_s + m_pgName + u" TEMPLATE template0 ENCODING 'UTF8'"_s, &error)) {
            ADD_FAILURE() << "creating PostgreSQL test database: " << qPrintable(error);
            return;
        }
        m_path = u"postgresql://"_s + url->user + u'@' + url->host + u':' + QString::number(url->port) + u'/' + m_pgName;
    } else {
        m_path = m_dir.filePath(name);
    }
    reopen(migrateTo);
}

TempDb::~TempDb()
{
    m_db.reset();
    if (!m_pgName.isEmpty()) {
        QString error;
        pgAdmin(u"DROP DATABASE IF EXISTS "_s + m_pgName + u" WITH (FORCE)"_s, &error);
    }
}

Result<std::unique_ptr<Database>> TempDb::openWithoutMigrating() const
{
    OpenOptions o;
    o.location = m_path;
    o.mode = m_mode;
    o.migrate = false;
    return Database::open(o);
}

void TempDb::reopen(int migrateTo)
{
    m_db.reset();
    OpenOptions o;
    o.location = m_path;
    o.mode = m_mode;
    o.migrateTo = migrateTo;
    auto r = Database::open(o);
    if (!r.ok())
        ADD_FAILURE() << "opening " << qPrintable(m_path) << ": " << qPrintable(r.error().message);
    else
        m_db = std::move(r.value());
}

QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);
}

ProcessResult runProgram(const QString &program, const QStringList &args, int timeoutMs, const QStringList &extraEnv)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ASAN_OPTIONS"_s, u"detect_leaks=0"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"AFTERSALES_LANG"_s, u"en"_s);
    for (const QString &kv : extraEnv) {
        const auto eq = kv.indexOf(u'=');
        env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10000))
        return r;
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

ProcessResult runCli(const QStringList &args, const QByteArray &stdinData, const QStringList &extraEnv)
{
    if (stdinData.isEmpty())
        return runProgram(QStringLiteral(AFTERSALES_CLI), args, 300000, extraEnv);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ASAN_OPTIONS"_s, u"detect_leaks=0"_s);
    env.insert(u"AFTERSALES_LANG"_s, u"en"_s);
    for (const QString &kv : extraEnv) {
        const auto eq = kv.indexOf(u'=');
        env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AFTERSALES_CLI), args);
    p.waitForStarted(10000);
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(300000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString sharedData(const QString &file)
{
    return QStringLiteral(AFTERSALES_SHARED_DATA) + u'/' + file;
}

QString testData(const QString &file)
{
    return QStringLiteral(AFTERSALES_TEST_DATA) + u'/' + file;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace as::test
