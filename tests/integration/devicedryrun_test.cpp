// The dry-run of a push against the router lab: it shows what would change,
// by block, and changes nothing.
#include "devicedryrun.h"
#include "devicejob.h"
#include "routerlab.h"

#include <QEventLoop>

#include <algorithm>
#include <QTemporaryDir>
#include <QTimer>

using namespace vpnwb;
using namespace vpnwb::test;

namespace {

class DryRun : public LabTest
{
protected:
    struct Finished
    {
        std::optional<Status> status;
        QStringList log;
        QList<int> progress;
    };

    // Runs `dryRun` as a DeviceJob on pe1, cancelled at once when `cancel`; what the job reported.
    static Finished runJob(DeviceDryRun &dryRun, bool cancel = false)
    {
        Finished f;
        DeviceJob job(QStringLiteral("pe1"), dryRun.work());
        QEventLoop loop;
        QObject::connect(&job, &DeviceJob::logged, &loop, [&](const QString &line) { f.log.append(line); });
        QObject::connect(&job, &DeviceJob::progressed, &loop, [&](int percent) { f.progress.append(percent); });
        QObject::connect(&job, &DeviceJob::finished, &loop, [&](const Status &s) {
            f.status = s;
            loop.quit();
        });
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        job.start();
        if (cancel)
            job.cancel();
        loop.exec();
        return f;
    }

    static const ConfigDiff::Entry *find(const ConfigDiff &diff, ConfigDiff::Change change, const QString &text)
    {
        for (const ConfigDiff::Entry &e : diff.entries()) {
            if (e.change == change && e.text == text)
                return &e;
        }
        return nullptr;
    }
};

} // namespace

TEST_F(DryRun, ShowsTheDifferenceByBlockAndChangesNothing)
{
    const QString before = lab().runningConfig(QStringLiteral("pe1"));
    ASSERT_TRUE(before.contains(QLatin1String(" bgp router-id 10.255.0.1\n"))) << before.toStdString();
    ASSERT_TRUE(before.contains(QLatin1String(" description core LAN\n"))) << before.toStdString();
    // The intended configuration: one statement changed, one removed, one added.
    QString intended = before;
    intended.replace(QLatin1String(" bgp router-id 10.255.0.1\n"), QLatin1String(" bgp router-id 10.255.0.101\n"));
    intended.replace(QLatin1String(" description core LAN\n"), QString());
    intended += QLatin1String("ip prefix-list VPNWB-DRYRUN seq 5 permit 10.9.0.0/16\n");

    DeviceDryRun dryRun(lab().endpoint(QStringLiteral("pe1")), lab().passwordCredentials(), QStringLiteral("frr"),
                        intended);
    const Finished f = runJob(dryRun);
    ASSERT_TRUE(f.status.has_value()) << "the dry-run did not finish";
    ASSERT_TRUE(f.status->ok()) << f.status->error().message.toStdString();

    const auto outcome = dryRun.outcome();
    ASSERT_TRUE(outcome.has_value());
    const ConfigDiff &diff = outcome->diff;
    EXPECT_EQ(diff.entries().size(), 3) << diff.toText().toStdString();
    const ConfigDiff::Entry *changed = find(diff, ConfigDiff::Change::Changed, QStringLiteral("bgp router-id 10.255.0.101"));
    ASSERT_NE(changed, nullptr) << diff.toText().toStdString();
    EXPECT_EQ(changed->oldText, QStringLiteral("bgp router-id 10.255.0.1"));
    EXPECT_EQ(changed->path, QStringList{QStringLiteral("router bgp 65000")});
    const ConfigDiff::Entry *removed = find(diff, ConfigDiff::Change::Removed, QStringLiteral("description core LAN"));
    ASSERT_NE(removed, nullptr) << diff.toText().toStdString();
    EXPECT_EQ(removed->path, QStringList{QStringLiteral("interface core")});
    const ConfigDiff::Entry *added =
        find(diff, ConfigDiff::Change::Added, QStringLiteral("ip prefix-list VPNWB-DRYRUN seq 5 permit 10.9.0.0/16"));
    ASSERT_NE(added, nullptr) << diff.toText().toStdString();
    EXPECT_TRUE(added->path.isEmpty());
    EXPECT_TRUE(outcome->runningConfig.contains(QLatin1String("router bgp 65000")));

    // What the console shows for the device: its steps, the counts and the diff, and a full progress bar.
    const QString log = f.log.join(QLatin1Char('\n'));
    EXPECT_TRUE(log.contains(QLatin1String("connecting to pe1 (127.0.0.1:"))) << log.toStdString();
    EXPECT_TRUE(log.contains(QLatin1String("host key ssh-ed25519 SHA256:"))) << log.toStdString();
    EXPECT_TRUE(log.contains(QLatin1String("1 to add, 1 to remove, 1 to change"))) << log.toStdString();
    EXPECT_TRUE(log.contains(QLatin1String("bgp router-id 10.255.0.1  ->  bgp router-id 10.255.0.101")))
        << log.toStdString();
    EXPECT_TRUE(log.contains(QLatin1String("+ ip prefix-list VPNWB-DRYRUN seq 5 permit 10.9.0.0/16")))
        << log.toStdString();
    ASSERT_FALSE(f.progress.isEmpty());
    EXPECT_EQ(f.progress.last(), 100);
    EXPECT_TRUE(std::is_sorted(f.progress.begin(), f.progress.end()));

    // Nothing was changed on the router.
    EXPECT_EQ(lab().runningConfig(QStringLiteral("pe1")), before);
}

TEST_F(DryRun, OfTheRunningConfigurationItselfFindsNoDifference)
{
    const QString running = lab().runningConfig(QStringLiteral("pe1"));
    DeviceDryRun dryRun(lab().endpoint(QStringLiteral("pe1")), lab().passwordCredentials(), QStringLiteral("frr"),
                        running);
    const Finished f = runJob(dryRun);
    ASSERT_TRUE(f.status.has_value() && f.status->ok()) << (f.status ? f.status->error().message.toStdString() : "");
    ASSERT_TRUE(dryRun.outcome().has_value());
    EXPECT_TRUE(dryRun.outcome()->diff.isEmpty()) << dryRun.outcome()->diff.toText().toStdString();
    EXPECT_TRUE(f.log.contains(QStringLiteral("no difference: the device runs the intended configuration")))
        << f.log.join(QLatin1Char('\n')).toStdString();
}

TEST_F(DryRun, CancelEndsItWithNothingChanged)
{
    const QString before = lab().runningConfig(QStringLiteral("pe1"));
    DeviceDryRun dryRun(lab().endpoint(QStringLiteral("pe1")), lab().passwordCredentials(), QStringLiteral("frr"),
                        before + QLatin1String("ip prefix-list VPNWB-CANCEL seq 5 permit 10.8.0.0/16\n"));
    const Finished f = runJob(dryRun, true);
    ASSERT_TRUE(f.status.has_value()) << "the dry-run did not finish after cancel";
    ASSERT_FALSE(f.status->ok());
    EXPECT_EQ(f.status->error().code, Error::Code::Cancelled) << f.status->error().message.toStdString();
    EXPECT_FALSE(dryRun.outcome().has_value());
    EXPECT_EQ(lab().runningConfig(QStringLiteral("pe1")), before);
}

TEST_F(DryRun, UnknownHostKeyIsRefusedAndNothingIsRead)
{
    QTemporaryDir dir;
    SshEndpoint endpoint = lab().endpoint(QStringLiteral("pe1"));
    endpoint.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
    DeviceDryRun dryRun(endpoint, lab().passwordCredentials(), QStringLiteral("frr"), QStringLiteral("hostname pe1\n"));
    const Finished f = runJob(dryRun);
    ASSERT_TRUE(f.status.has_value());
    ASSERT_FALSE(f.status->ok());
    EXPECT_EQ(f.status->error().code, Error::Code::NotFound) << f.status->error().message.toStdString();
    EXPECT_TRUE(f.status->error().message.contains(QLatin1String("pe1"))) << f.status->error().message.toStdString();
    EXPECT_FALSE(dryRun.outcome().has_value());
    EXPECT_FALSE(f.log.join(QLatin1Char('\n')).contains(QLatin1String("reading the running configuration")));
}
