// PushTransaction without a network: devices that cannot be reached fail
// before anything is sent, so nothing is restored and nothing is left changed.
#include "pushtransaction.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

// A port on 127.0.0.1 where nothing listens.
int closedPort()
{
    QTcpServer server;
    EXPECT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    const int port = server.serverPort();
    server.close();
    return port;
}

DeviceChange unreachable(const QString &name, const QString &knownHosts)
{
    DeviceChange c;
    c.name = name;
    c.role = QStringLiteral("pe");
    c.vendor = QStringLiteral("frr");
    c.endpoint.deviceName = name;
    c.endpoint.host = QStringLiteral("127.0.0.1");
    c.endpoint.port = closedPort();
    c.endpoint.username = QStringLiteral("nobody");
    c.endpoint.knownHostsFile = knownHosts;
    c.endpoint.connectTimeoutMs = 2000;
    c.credentials = SshCredentials::withPassword(Secret::fromUtf8(QStringLiteral("not-used")), QStringLiteral("test"));
    c.credentialName = QStringLiteral("test");
    c.intendedConfig = QStringLiteral("route-map A permit 10\nexit\n");
    return c;
}

bool runToEnd(PushTransaction &t)
{
    QEventLoop loop;
    QObject::connect(&t, &PushTransaction::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    t.start();
    if (!t.isFinished())
        loop.exec();
    return t.isFinished();
}

} // namespace

TEST(PushTransaction, UnreachableDevicesFailTheJobAndNothingIsLeftChanged)
{
    QTemporaryDir dir;
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    PushTransaction t({unreachable(QStringLiteral("pe1"), knownHosts), unreachable(QStringLiteral("pe2"), knownHosts)},
                      PushTransaction::Options{});
    QList<int> states;
    QObject::connect(&t, &PushTransaction::deviceStateChanged, [&](int, int state) { states.append(state); });
    ASSERT_TRUE(runToEnd(t));
    EXPECT_EQ(t.outcome(), PushJobRecord::Outcome::Failed);
    EXPECT_TRUE(t.summary().contains(QStringLiteral("pe1"))) << t.summary().toStdString();
    EXPECT_TRUE(t.summary().contains(QStringLiteral("nothing is left changed"))) << t.summary().toStdString();
    EXPECT_TRUE(states.contains(int(DeviceCommit::State::Connecting)));
    EXPECT_TRUE(states.contains(int(DeviceCommit::State::Failed)));
    const auto records = t.deviceRecords();
    ASSERT_EQ(records.size(), 2);
    for (const auto &r : records) {
        EXPECT_EQ(r.outcome, PushJobRecord::DeviceRecord::Outcome::Failed) << r.name.toStdString();
        EXPECT_TRUE(r.error.contains(r.name)) << r.error.toStdString();
        EXPECT_TRUE(r.log.contains(QStringLiteral("connecting to"))) << r.log.toStdString();
        EXPECT_TRUE(r.preConfig.isEmpty());
        EXPECT_FALSE(r.log.contains(QStringLiteral("not-used"))); // the password is never logged
    }
}

TEST(PushTransaction, CancelBeforeStartSendsNothing)
{
    QTemporaryDir dir;
    PushTransaction t({unreachable(QStringLiteral("pe1"), dir.filePath(QStringLiteral("known_hosts")))},
                      PushTransaction::Options{});
    t.cancel();
    ASSERT_TRUE(runToEnd(t));
    EXPECT_EQ(t.outcome(), PushJobRecord::Outcome::Cancelled);
    EXPECT_EQ(t.deviceRecords().first().outcome, PushJobRecord::DeviceRecord::Outcome::Pending);
}

TEST(PushTransaction, DevicesCancelledBeforeAnythingWasSentAreRecordedAsNotReachedNotFailed)
{
    QTemporaryDir dir;
    QTcpServer silent; // accepts and never answers: the first device waits in its connection
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    QList<DeviceChange> changes;
    for (const QString &name : {QStringLiteral("pe1"), QStringLiteral("pe2")}) {
        DeviceChange c = unreachable(name, dir.filePath(QStringLiteral("known_hosts")));
        c.endpoint.port = silent.serverPort();
        c.endpoint.connectTimeoutMs = 3000;
        changes.append(c);
    }
    PushTransaction::Options options;
    options.parallel = 1;
    PushTransaction t(changes, options);
    QObject::connect(&t, &PushTransaction::deviceStateChanged, &t, [&t](int index, int state) {
        if (index == 0 && state == int(DeviceCommit::State::Connecting))
            t.cancel();
    });
    ASSERT_TRUE(runToEnd(t));
    EXPECT_EQ(t.outcome(), PushJobRecord::Outcome::Cancelled);
    const auto records = t.deviceRecords();
    ASSERT_EQ(records.size(), 2);
    for (const auto &r : records) {
        EXPECT_EQ(r.outcome, PushJobRecord::DeviceRecord::Outcome::Pending) << r.name.toStdString();
        EXPECT_TRUE(r.preConfig.isEmpty()) << r.name.toStdString();
    }
}
