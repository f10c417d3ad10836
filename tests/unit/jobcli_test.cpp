// vpnwb jobs and vpnwb job, driven as a process over jobs stored through the repository.

#include "database.h"
#include "pushjobrepository.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vpnwb;
using vpnwb::test::runCli;

namespace {

using Device = PushJobRecord::DeviceRecord;

Device device(const char *name, const char *address, Device::Outcome outcome)
{
    Device d;
    d.name = QLatin1String(name);
    d.role = QStringLiteral("pe");
    d.vendor = QStringLiteral("frr");
    d.address = QLatin1String(address);
    d.port = 2201;
    d.username = QStringLiteral("vpnwb");
    d.credential = QStringLiteral("lab-7f3a");
    d.outcome = outcome;
    d.log = QStringLiteral("connected, host key verified\nread the running configuration (41 lines)");
    d.intendedConfig = QStringLiteral("hostname %1\nrouter bgp 64500 vrf CORP").arg(d.name);
    d.preConfig = QStringLiteral("hostname %1\npassword <redacted>").arg(d.name);
    return d;
}

class JobCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto r = vpnwb({QStringLiteral("demo")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    QString db() const { return m_dir.filePath(QStringLiteral("ws.vpnwb")); }

    vpnwb::test::ProcessResult vpnwb(QStringList args)
    {
        args.prepend(db());
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }

    // Stores jobs as the push engine does, then closes the workspace.
    std::int64_t store(const PushJobRecord &job)
    {
        auto opened = Database::openSqlite(db(), Database::OpenMode::ExistingOnly);
        EXPECT_TRUE(opened.ok());
        if (!opened)
            return 0;
        auto id = PushJobRepository(**opened).create(job);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? id.value() : 0;
    }

    static PushJobRecord dryRun()
    {
        PushJobRecord j;
        j.engagementId = 1;
        j.engagementName = QStringLiteral("Northwind Retail — Pan-European VPN");
        j.kind = PushJobRecord::Kind::DryRun;
        j.user = QStringLiteral("alice");
        j.startedAt = QDateTime(QDate(2026, 12, 3), QTime(14, 2, 5), Qt::UTC);
        j.finishedAt = j.startedAt.addSecs(12);
        j.outcome = PushJobRecord::Outcome::Succeeded;
        j.summary = QStringLiteral("2 devices read, 2 would change");
        j.devices = {device("fra1-pe1", "10.99.0.11", Device::Outcome::Unchanged),
                     device("par1-pe1", "10.99.0.12", Device::Outcome::Unchanged)};
        return j;
    }

    static PushJobRecord failedCommit()
    {
        PushJobRecord j = dryRun();
        j.kind = PushJobRecord::Kind::Commit;
        j.user = QStringLiteral("bob");
        j.startedAt = QDateTime(QDate(2026, 12, 4), QTime(9, 30, 0), Qt::UTC);
        j.finishedAt = j.startedAt.addSecs(95);
        j.outcome = PushJobRecord::Outcome::Failed;
        j.summary = QStringLiteral("par1-pe1 failed; fra1-pe1 rolled back");
        j.devices[0].outcome = Device::Outcome::RolledBack;
        j.devices[0].log += QStringLiteral("\napplied 12 lines\nrestored the saved configuration");
        j.devices[0].postConfig = QStringLiteral("hostname fra1-pe1\npassword <redacted>\n! restored");
        j.devices[1].outcome = Device::Outcome::Failed;
        j.devices[1].error =
            QStringLiteral("BGP neighbour 10.1.0.2 in VRF CORP did not reach Established in 60 s");
        return j;
    }

    static QString local(const QDateTime &t)
    {
        return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(JobCliTest, JobsListsEveryJobNewestFirstWithWhoWhenAndOutcome)
{
    auto r = vpnwb({QStringLiteral("jobs")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("No push jobs in ")) << r.out.toStdString();

    const auto first = store(dryRun());
    const auto second = store(failedCommit());
    r = vpnwb({QStringLiteral("jobs")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << r.out.toStdString();
    EXPECT_TRUE(lines[0].startsWith(QLatin1String("ID"))) << lines[0].toStdString();
    for (const char *column : {"WHEN", "WHO", "ENGAGEMENT", "KIND", "OUTCOME", "DEVICES", "SUMMARY"})
        EXPECT_TRUE(lines[0].contains(QLatin1String(column))) << column;
    // Newest first, times in local time.
    EXPECT_TRUE(lines[1].startsWith(QString::number(second) + QLatin1Char(' '))) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].contains(local(failedCommit().startedAt))) << lines[1].toStdString();
    for (const char *cell : {"bob", "Northwind Retail — Pan-European VPN", "commit", "failed",
                             "2 (1 rolled-back, 1 failed)", "par1-pe1 failed; fra1-pe1 rolled back"})
        EXPECT_TRUE(lines[1].contains(QString::fromUtf8(cell))) << cell << " in " << lines[1].toStdString();
    EXPECT_TRUE(lines[2].startsWith(QString::number(first) + QLatin1Char(' ')));
    for (const char *cell : {"alice", "dry-run", "succeeded", "2 (2 read)"})
        EXPECT_TRUE(lines[2].contains(QLatin1String(cell))) << cell << " in " << lines[2].toStdString();
    // Stored in UTC, shown in the reader's time zone.
    const QByteArray previous = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    r = vpnwb({QStringLiteral("jobs")});
    if (previous.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", previous);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("2026-12-04 10:30:00  bob")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("2026-12-03 15:02:05  alice")) << r.out.toStdString();
}

TEST_F(JobCliTest, JobsOfOneEngagementAndAsJson)
{
    store(dryRun());
    store(failedCommit());
    auto r = vpnwb({QStringLiteral("jobs"), QStringLiteral("Northwind Retail — Pan-European VPN"),
                    QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    ASSERT_EQ(list.size(), 2) << r.out.toStdString();
    const QJsonObject newest = list[0].toObject();
    EXPECT_EQ(newest[QLatin1String("kind")].toString(), QStringLiteral("commit"));
    EXPECT_EQ(newest[QLatin1String("outcome")].toString(), QStringLiteral("failed"));
    EXPECT_EQ(newest[QLatin1String("user")].toString(), QStringLiteral("bob"));
    EXPECT_EQ(newest[QLatin1String("startedAt")].toString(), QStringLiteral("2026-12-04T09:30:00Z"));
    EXPECT_EQ(newest[QLatin1String("finishedAt")].toString(), QStringLiteral("2026-12-04T09:31:35Z"));
    const QJsonArray devices = newest[QLatin1String("devices")].toArray();
    ASSERT_EQ(devices.size(), 2);
    EXPECT_EQ(devices[1][QLatin1String("name")].toString(), QStringLiteral("par1-pe1"));
    EXPECT_EQ(devices[1][QLatin1String("outcome")].toString(), QStringLiteral("failed"));
    EXPECT_EQ(list[1][QLatin1String("kind")].toString(), QStringLiteral("dry-run"));

    r = vpnwb({QStringLiteral("jobs"), QStringLiteral("no such engagement")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("no such engagement")) << r.err.toStdString();
    r = vpnwb({QStringLiteral("jobs"), QStringLiteral("1"), QStringLiteral("2")});
    EXPECT_EQ(r.exitCode, 2);
}

TEST_F(JobCliTest, JobShowsEachDeviceWithOutcomeErrorAndLog)
{
    const auto id = store(failedCommit());
    auto r = vpnwb({QStringLiteral("job"), QString::number(id)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.startsWith(
        QStringLiteral("Push job %1: commit (all-or-nothing) of 'Northwind Retail — Pan-European "
                       "VPN' (engagement 1)\n")
            .arg(id)))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("by bob, started %1, finished %2 (95 s)")
                                 .arg(local(failedCommit().startedAt), local(*failedCommit().finishedAt))))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("outcome: failed: par1-pe1 failed; fra1-pe1 rolled back")));
    EXPECT_TRUE(out.contains(QLatin1String("== fra1-pe1 (pe, frr, ssh-cli, 10.99.0.11:2201): rolled-back\n   log:\n"
                                           "     connected, host key verified\n")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("     restored the saved configuration\n")));
    EXPECT_TRUE(out.contains(
        QLatin1String("== par1-pe1 (pe, frr, ssh-cli, 10.99.0.12:2201): failed\n"
                      "   error: BGP neighbour 10.1.0.2 in VRF CORP did not reach Established in 60 s\n")))
        << out.toStdString();
    // Configurations only on request.
    EXPECT_FALSE(out.contains(QLatin1String("configuration before")));
    EXPECT_TRUE(out.contains(QStringLiteral("vpnwb job %1 --configs").arg(id)));

    r = vpnwb({QStringLiteral("job"), QString::number(id), QStringLiteral("--configs")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString withConfigs = QString::fromUtf8(r.out);
    EXPECT_TRUE(withConfigs.contains(
        QLatin1String("   configuration before:\n     hostname fra1-pe1\n"
                      "     password <redacted>\n   configuration after:\n"
                      "     hostname fra1-pe1\n     password <redacted>\n     ! restored\n")))
        << withConfigs.toStdString();
    EXPECT_TRUE(withConfigs.contains(QLatin1String("   configuration after: (not read)\n"))); // par1-pe1
}

TEST_F(JobCliTest, JobOfOneDeviceAndAsJson)
{
    const auto id = store(failedCommit());
    auto r = vpnwb(
        {QStringLiteral("job"), QString::number(id), QStringLiteral("--device"), QStringLiteral("par1-pe1")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("== par1-pe1"));
    EXPECT_FALSE(r.out.contains("== fra1-pe1")) << r.out.toStdString();

    r = vpnwb(
        {QStringLiteral("job"), QString::number(id), QStringLiteral("--device"), QStringLiteral("ams1-pe1")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("push job %1 has no device 'ams1-pe1'; its devices: fra1-pe1, par1-pe1")
                           .arg(id)
                           .toUtf8()))
        << r.err.toStdString();

    r = vpnwb({QStringLiteral("--json"), QStringLiteral("job"), QString::number(id)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o[QLatin1String("id")].toInteger(), id);
    EXPECT_EQ(o[QLatin1String("mode")].toString(), QStringLiteral("all-or-nothing"));
    const QJsonArray devices = o[QLatin1String("devices")].toArray();
    ASSERT_EQ(devices.size(), 2);
    const QJsonObject fra = devices[0].toObject();
    EXPECT_EQ(fra[QLatin1String("outcome")].toString(), QStringLiteral("rolled-back"));
    EXPECT_EQ(fra[QLatin1String("address")].toString(), QStringLiteral("10.99.0.11"));
    EXPECT_EQ(fra[QLatin1String("port")].toInt(), 2201);
    EXPECT_EQ(fra[QLatin1String("credential")].toString(), QStringLiteral("lab-7f3a"));
    EXPECT_TRUE(
        fra[QLatin1String("log")].toString().endsWith(QLatin1String("restored the saved configuration")));
    EXPECT_EQ(fra[QLatin1String("preConfig")].toString(),
              QStringLiteral("hostname fra1-pe1\npassword <redacted>"));
    EXPECT_TRUE(fra[QLatin1String("postConfig")].toString().endsWith(QLatin1String("! restored")));
    EXPECT_TRUE(fra[QLatin1String("intendedConfig")].toString().contains(QLatin1String("router bgp 64500")));
    EXPECT_EQ(devices[1][QLatin1String("error")].toString().left(13), QStringLiteral("BGP neighbour"));
}

TEST_F(JobCliTest, UnknownOrBadJobIds)
{
    store(dryRun());
    auto r = vpnwb({QStringLiteral("job"), QStringLiteral("99")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no push job 99 in %1").arg(db()).toUtf8()))
        << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());

    for (const char *bad : {"abc", "0", "1.5"}) {
        r = vpnwb({QStringLiteral("job"), QLatin1String(bad)});
        EXPECT_EQ(r.exitCode, 2) << bad;
        EXPECT_TRUE(r.err.contains(QStringLiteral("ID must be a push job id").toUtf8()))
            << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("'%1'").arg(QLatin1String(bad)).toUtf8()))
            << r.err.toStdString();
    }
    r = vpnwb({QStringLiteral("job")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("usage: vpnwb job ID")) << r.err.toStdString();
}

TEST_F(JobCliTest, UnfinishedJobAndTerminalControlInLogs)
{
    PushJobRecord j = failedCommit();
    j.finishedAt.reset();
    j.outcome = PushJobRecord::Outcome::Running;
    j.devices[1].outcome = Device::Outcome::Pending;
    j.devices[1].error.clear();
    j.devices[0].log = QStringLiteral("banner \x1b[2J\x1b]0;owned\x07 done");
    const auto id = store(j);
    auto r = vpnwb({QStringLiteral("job"), QString::number(id)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("not finished (still running, or the program stopped before it ended)"))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("outcome: running"));
    EXPECT_TRUE(r.out.contains("): pending\n"));
    EXPECT_FALSE(r.out.contains('\x1b'));
    EXPECT_FALSE(r.out.contains('\x07'));
    EXPECT_TRUE(r.out.contains("banner  [2J ]0;owned  done")) << r.out.toStdString();
}
