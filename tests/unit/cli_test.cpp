#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using vpnwb::test::runCli;

namespace {

class CliTest : public ::testing::Test
{
protected:
    QString db() const { return m_dir.filePath(QStringLiteral("ws.vpnwb")); }
    vpnwb::test::ProcessResult vpnwb(QStringList args)
    {
        args.prepend(db());
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliTest, DemoThenEngagementsListsIt)
{
    auto r = vpnwb({QStringLiteral("demo")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Created the demo engagement")) << r.out.toStdString();

    r = vpnwb({QStringLiteral("engagements"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0][QLatin1String("name")].toString(),
              QStringLiteral("Northwind Retail — Pan-European VPN"));
    EXPECT_EQ(list[0][QLatin1String("sites")].toInt(), 16);

    // Running demo again is harmless and says so.
    r = vpnwb({QStringLiteral("demo")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains("already"));
}

TEST_F(CliTest, ShowPrintsTheSites)
{
    ASSERT_EQ(vpnwb({QStringLiteral("demo")}).exitCode, 0);
    auto r = vpnwb({QStringLiteral("show"), QStringLiteral("1")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("DC-FRA")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Frankfurt am Main"));
    EXPECT_TRUE(r.out.contains("Sites (16)"));

    r = vpnwb({QStringLiteral("show"), QStringLiteral("Northwind Retail — Pan-European VPN"),
               QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o[QLatin1String("sites")].toArray().size(), 16);
    EXPECT_EQ(o[QLatin1String("vpns")].toArray().size(), 2);
}

TEST_F(CliTest, StatusChangesTheStepAndShowsIt)
{
    ASSERT_EQ(vpnwb({QStringLiteral("demo")}).exitCode, 0);
    auto r =
        vpnwb({QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("blocked"),
               QStringLiteral("--note"), QStringLiteral("IPAM pool exhausted")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = vpnwb({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
    const QJsonArray steps = QJsonDocument::fromJson(r.out).object()[QLatin1String("steps")].toArray();
    bool found = false;
    for (const QJsonValue &s : steps) {
        if (s[QLatin1String("step")].toInt() == 4) {
            found = true;
            EXPECT_EQ(s[QLatin1String("state")].toString(), QStringLiteral("blocked"));
            EXPECT_EQ(s[QLatin1String("note")].toString(), QStringLiteral("IPAM pool exhausted"));
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(CliTest, BadUsageExitsTwoWithTheReason)
{
    struct Case
    {
        QStringList args;
        const char *stderrPart;
    };
    const QList<Case> cases{
        {{}, "no command given"},
        {{QStringLiteral("frobnicate")}, "unknown command 'frobnicate'"},
        {{QStringLiteral("show")}, "'show' takes one engagement"},
        {{QStringLiteral("engagements"), QStringLiteral("--colour")}, "unknown option '--colour'"},
        {{QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("11"), QStringLiteral("done")},
         "steps are numbered 1 to 10"},
        {{QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("finished")},
         "'finished' is not a state"},
    };
    for (const Case &c : cases) {
        const auto r = vpnwb(c.args);
        EXPECT_EQ(r.exitCode, 2) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(c.stderrPart)) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
    EXPECT_EQ(runCli({QStringLiteral("--db")}).exitCode, 2);
}

TEST_F(CliTest, FailuresExitOneWithTheReason)
{
    // A mistyped workspace is reported, and not created.
    auto r = vpnwb({QStringLiteral("engagements")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("there is no workspace")) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(db()));

    ASSERT_EQ(vpnwb({QStringLiteral("demo")}).exitCode, 0);
    r = vpnwb({QStringLiteral("show"), QStringLiteral("Nobody")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("no engagement 'Nobody'")) << r.err.toStdString();

    const QString notDb = m_dir.filePath(QStringLiteral("readme.txt"));
    vpnwb::test::writeFile(notDb, "hello\n");
    r = runCli({QStringLiteral("--db"), notDb, QStringLiteral("engagements")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("is not a VPN Workbench database")) << r.err.toStdString();
    EXPECT_EQ(vpnwb::test::readFile(notDb), QByteArray("hello\n"));
}

TEST_F(CliTest, AWorkspaceTheUserMayOnlyReadIsSaidToBeReadOnlyNotDamaged)
{
    ASSERT_EQ(vpnwb({QStringLiteral("demo")}).exitCode, 0);
    const QByteArray before = vpnwb::test::readFile(db());
    QString program = vpnwb::test::cliPath();
    QStringList args{QStringLiteral("--db"), db(), QStringLiteral("engagements")};
    if (geteuid() == 0) {
        // Root may write anything: the workspace is read by 'nobody', for whom it is read-only
        // (the program copied where 'nobody' may run it).
        const QString copy = m_dir.filePath(QStringLiteral("vpnwb"));
        ASSERT_TRUE(QFile::copy(program, copy));
        ASSERT_EQ(chmod(QFile::encodeName(copy).constData(), 0755), 0);
        ASSERT_EQ(chmod(QFile::encodeName(m_dir.path()).constData(), 0755), 0);
        ASSERT_EQ(chmod(QFile::encodeName(db()).constData(), 0644), 0);
        args = QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), copy} + args;
        program = QStringLiteral("runuser");
    } else {
        ASSERT_EQ(chmod(QFile::encodeName(db()).constData(), 0444), 0);
    }
    const auto r = vpnwb::test::runProgram(program, args);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("the file is read-only for you")) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains("damaged")) << r.err.toStdString();
    EXPECT_EQ(vpnwb::test::readFile(db()), before);
    chmod(QFile::encodeName(db()).constData(), 0644);
}

TEST_F(CliTest, VersionAndHelp)
{
    auto r = runCli({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith("vpnwb 0.")) << r.out.toStdString();
    r = runCli({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains("status ENGAGEMENT STEP STATE"));
}

TEST_F(CliTest, StatusWithoutNoteKeepsTheNote)
{
    ASSERT_EQ(vpnwb({QStringLiteral("demo")}).exitCode, 0);
    ASSERT_EQ(vpnwb({QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("blocked"),
                     QStringLiteral("--note"), QStringLiteral("waiting for the IPAM pool")})
                  .exitCode,
              0);
    ASSERT_EQ(vpnwb({QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("done")}).exitCode, 0);
    auto r = vpnwb({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
    for (const QJsonValue &s : QJsonDocument::fromJson(r.out).object()[QLatin1String("steps")].toArray()) {
        if (s[QLatin1String("step")].toInt() == 3) {
            EXPECT_EQ(s[QLatin1String("state")].toString(), QStringLiteral("done"));
            EXPECT_EQ(s[QLatin1String("note")].toString(), QStringLiteral("waiting for the IPAM pool"));
        }
    }
    // An explicit empty note clears it.
    ASSERT_EQ(vpnwb({QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("done"),
                     QStringLiteral("--note"), QString()})
                  .exitCode,
              0);
    r = vpnwb({QStringLiteral("show"), QStringLiteral("1")});
    EXPECT_FALSE(r.out.contains("IPAM"));
}

TEST_F(CliTest, NoteWithControlCharactersOrTooLongIsRefused)
{
    ASSERT_EQ(vpnwb({QStringLiteral("demo")}).exitCode, 0);
    auto r = vpnwb({QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("blocked"),
                    QStringLiteral("--note"), QStringLiteral("line one\n\x1b[31mred")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("the status of step 3 was not saved: the note contains a control character (U+000A)"))
        << r.err.toStdString();
    r = vpnwb({QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("blocked"),
               QStringLiteral("--note"), QString(2001, QLatin1Char('x'))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("the note has 2001 characters; at most 2000 are kept")) << r.err.toStdString();
    r = vpnwb({QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("blocked"),
               QStringLiteral("--note"), QStringLiteral("a"), QStringLiteral("--note"), QStringLiteral("b")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("option '--note' is given twice")) << r.err.toStdString();
}

TEST_F(CliTest, ConcurrentWritersOnANewWorkspaceAllSucceed)
{
    // Several processes creating the same new workspace at once queue up on
    // the write lock instead of failing.
    QList<QProcess *> procs;
    for (int i = 0; i < 4; ++i) {
        auto *p = new QProcess;
        p->start(vpnwb::test::cliPath(), {QStringLiteral("--db"), db(), QStringLiteral("demo")});
        procs << p;
    }
    for (QProcess *p : procs) {
        ASSERT_TRUE(p->waitForFinished(60000));
        EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
        delete p;
    }
    auto r = vpnwb({QStringLiteral("engagements"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(r.out).array().size(), 1);
}
