#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vpnwb::test {

QString sourceDir();                      // the project's source tree
QString binaryDir();                      // the build tree
QString cliPath();                        // the built vpnwb
QString appPath();                        // the built vpn-workbench
QString sharedYangDir();                  // ../shared/yang beside the checkout, or $VPNWB_YANG_DIR
QString fixture(const QString &relative); // tests/fixtures/<relative>

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the built vpnwb with `args` and waits for it (60 s at most).
ProcessResult runCli(const QStringList &args);
// Runs any program with `args` and waits for it (60 s at most).
ProcessResult runProgram(const QString &program, const QStringList &args);

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

} // namespace vpnwb::test
