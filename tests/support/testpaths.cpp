#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace vpnwb::test {

QString sourceDir()
{
    return QStringLiteral(VPNWB_SOURCE_DIR);
}
QString binaryDir()
{
    return QStringLiteral(VPNWB_BINARY_DIR);
}
QString cliPath()
{
    return QStringLiteral(VPNWB_CLI_PATH);
}

QString appPath()
{
    return QStringLiteral(VPNWB_APP_PATH);
}

QString sharedYangDir()
{
    const QString env = qEnvironmentVariable("VPNWB_YANG_DIR");
    if (!env.isEmpty())
        return env;
    return QDir(sourceDir()).absoluteFilePath(QStringLiteral("../shared/yang"));
}

QString fixture(const QString &relative)
{
    return QDir(sourceDir()).absoluteFilePath(QStringLiteral("tests/fixtures/") + relative);
}

ProcessResult runCli(const QStringList &args)
{
    return runProgram(cliPath(), args);
}

ProcessResult runProgram(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = program.toUtf8() + " did not finish within 60 s";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

} // namespace vpnwb::test
