#include "testpaths.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/types.h>

using vpnwb::test::appPath;
using vpnwb::test::runProgram;

// The desktop program's own command line: bad usage exits 2 with the reason
// and never opens a window.
TEST(AppCommandLine, BadArgumentsExitTwoWithTheReason)
{
    struct Case
    {
        QStringList args;
        const char *message;
    };
    const QList<Case> cases{
        {{QStringLiteral("--step"), QStringLiteral("11")}, "--step takes a step number from 1 to 10, not '11'"},
        {{QStringLiteral("--step"), QStringLiteral("abc")}, "--step takes a step number from 1 to 10, not 'abc'"},
        {{QStringLiteral("--language"), QStringLiteral("xx")}, "--language takes one of en, de, fr, not 'xx'"},
        {{QStringLiteral("--colour")}, "Unknown option 'colour'"},
    };
    for (const Case &c : cases) {
        const auto r = runProgram(appPath(), c.args);
        EXPECT_EQ(r.exitCode, 2) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(c.message)) << r.err.toStdString();
    }
}

TEST(AppCommandLine, HelpNamesTheProgramAndVersionPrintsIt)
{
    auto r = runProgram(appPath(), {QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith("Usage: vpn-workbench [options]")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("--db <PATH>"));
    r = runProgram(appPath(), {QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith("vpn-workbench 0.")) << r.out.toStdString();
}

TEST(AppCommandLine, HelpAndVersionNeedNoDisplay)
{
    // On a server or over SSH there is no display: help and version are text.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    for (const QString &arg : {QStringLiteral("--help"), QStringLiteral("--version")}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(appPath(), {arg});
        ASSERT_TRUE(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        EXPECT_TRUE(out.startsWith(arg == QLatin1String("--help") ? "Usage: vpn-workbench" : "vpn-workbench 0."))
            << out.toStdString();
    }
}

TEST(AppCommandLine, RefusedWorkspaceExitsOneAndLeavesTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    vpnwb::test::writeFile(path, "not a database\n");
    const auto r = runProgram(appPath(), {QStringLiteral("--db"), path, QStringLiteral("--screenshot"),
                                          dir.filePath(QStringLiteral("x.png"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("is not a VPN Workbench database")) << r.err.toStdString();
    EXPECT_EQ(vpnwb::test::readFile(path), QByteArray("not a database\n"));
}

// Asked to end (SIGTERM, as a logout or `kill` sends it), the program ends as
// if its window were closed: exit status 0 and the window's layout saved.
TEST(AppCommandLine, ATerminationSignalClosesTheWindowAndSavesItsLayout)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ws.vpnwb"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(appPath(), {QStringLiteral("--db"), db, QStringLiteral("--demo")});
    ASSERT_TRUE(p.waitForStarted(60000));
    // The workspace's write-ahead log appears once the workspace is open, after
    // the program has taken over the signal.
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(db + QStringLiteral("-wal")) && waited.elapsed() < 60000 && p.state() == QProcess::Running)
        QThread::msleep(50);
    ASSERT_TRUE(QFile::exists(db + QStringLiteral("-wal"))) << p.readAllStandardError().toStdString();
    ::kill(pid_t(p.processId()), SIGTERM);
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << p.readAllStandardError().toStdString();
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    QDirIterator files(dir.filePath(QStringLiteral("config")), QDir::Files, QDirIterator::Subdirectories);
    QByteArray settings;
    while (files.hasNext()) {
        QFile f(files.next());
        if (f.open(QIODevice::ReadOnly))
            settings += f.readAll();
    }
    EXPECT_TRUE(settings.contains("geometry")) << settings.toStdString();
}
