#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

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
    EXPECT_EQ(list[0][QLatin1String("name")].toString(), QStringLiteral("Northwind Retail — Pan-European VPN"));
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

    r = vpnwb({QStringLiteral("show"), QStringLiteral("Northwind Retail — Pan-European VPN"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o[QLatin1String("sites")].toArray().size(), 16);
    EXPECT_EQ(o[QLatin1String("vpns")].toArray().size(), 2);
}

TEST_F(CliTest, StatusChangesTheStepAndShowsIt)
{
    ASSERT_EQ(vpnwb({QStringLiteral("demo")}).exitCode, 0);
    auto r = vpnwb({QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("blocked"),
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
    struct Case { QStringList args; const char *stderrPart; };
    const QList<Case> cases{
        {{}, "no command given"},
        {{QStringLiteral("frobnicate")}, "unknown command 'frobnicate'"},
        {{QStringLiteral("show")}, "'show' takes one engagement"},
        {{QStringLiteral("engagements"), QStringLiteral("--colour")}, "unknown option '--colour'"},
        {{QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("11"), QStringLiteral("done")}, "steps are numbered 1 to 10"},
        {{QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("finished")}, "'finished' is not a state"},
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
    auto r = vpnwb({QStringLiteral("show"), QStringLiteral("Nobody")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("no engagement 'Nobody'")) << r.err.toStdString();

    const QString notDb = m_dir.filePath(QStringLiteral("readme.txt"));
    vpnwb::test::writeFile(notDb, "hello\n");
    r = runCli({QStringLiteral("--db"), notDb, QStringLiteral("engagements")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("is not a VPN Workbench database")) << r.err.toStdString();
    EXPECT_EQ(vpnwb::test::readFile(notDb), QByteArray("hello\n"));
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
