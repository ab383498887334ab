#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcessEnvironment>

using namespace Qt::Literals::StringLiterals;

namespace as::test {

TempDb::TempDb(const QString &name, std::optional<SqliteMode> mode) : m_mode(mode)
{
    m_path = m_dir.filePath(name);
    reopen();
}

void TempDb::reopen()
{
    m_db.reset();
    OpenOptions o;
    o.location = m_path;
    o.mode = m_mode;
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
