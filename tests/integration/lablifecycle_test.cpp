// The lab script itself: idempotent, and nothing left after 'down'.
#include "routerlab.h"
#include "sshchannel.h"
#include "sshsession.h"

#include <QDir>

#include <unistd.h>

using namespace vpnwb;
using namespace vpnwb::test;

TEST_F(LabTest, SecondLabUpIsTheSameLabAndDownLeavesNothingRunning)
{
    // A lab of its own beside the shared one: labs coexist.
    const QString dir = QDir(QDir::tempPath()).filePath(QStringLiteral("vpnwb-labtest-lifecycle-%1").arg(getpid()));
    const QStringList up{QStringLiteral("up"), QStringLiteral("--pe"), QStringLiteral("1"), QStringLiteral("--ce"),
                         QStringLiteral("1"), QStringLiteral("--dir"), dir};
    ProcessResult r = RouterLab::runLab(up);
    ASSERT_EQ(r.exitCode, 0) << QByteArray(r.out + r.err).toStdString();
    const QByteArray inventory = readFile(dir + QStringLiteral("/inventory.json"));
    const QByteArray state = readFile(dir + QStringLiteral("/state"));
    const QString labId = QString::fromUtf8(state).section(QStringLiteral("id="), 1).section(QLatin1Char('\n'), 0, 0);
    ASSERT_FALSE(labId.isEmpty());

    r = RouterLab::runLab(up);
    EXPECT_EQ(r.exitCode, 0) << QByteArray(r.out + r.err).toStdString();
    EXPECT_TRUE(r.out.contains("is up already")) << r.out.toStdString();
    EXPECT_EQ(readFile(dir + QStringLiteral("/inventory.json")), inventory);
    EXPECT_EQ(readFile(dir + QStringLiteral("/state")), state);

    r = RouterLab::runLab({QStringLiteral("status"), QStringLiteral("--dir"), dir});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("pe1") && r.out.contains("ce1") && r.out.contains("netconfd running")) << r.out.toStdString();

    // A different size is refused rather than silently rebuilt.
    r = RouterLab::runLab({QStringLiteral("up"), QStringLiteral("--pe"), QStringLiteral("2"), QStringLiteral("--dir"), dir});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("take it down first")) << r.err.toStdString();

    // An open SSH session must not keep anything alive.
    const QStringList inventoryLines = QString::fromUtf8(inventory).split(QLatin1Char('\n'));
    SshEndpoint endpoint;
    endpoint.deviceName = QStringLiteral("pe1");
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = QString::fromUtf8(inventory).section(QStringLiteral("\"port\": "), 1).section(QLatin1Char(','), 0, 0).toInt();
    endpoint.username = QStringLiteral("vpnwb-lab-") + labId;
    endpoint.knownHostsFile = dir + QStringLiteral("/known_hosts");
    SshSession session(endpoint);
    const Status connected = session.connect(SshCredentials::withKeyFile(dir + QStringLiteral("/id_ed25519")));
    ASSERT_TRUE(connected.ok()) << connected.error().message.toStdString();
    auto shell = session.openShell();
    ASSERT_TRUE(shell.ok()) << shell.error().message.toStdString();

    r = RouterLab::runLab({QStringLiteral("down"), QStringLiteral("--dir"), dir});
    EXPECT_EQ(r.exitCode, 0) << QByteArray(r.out + r.err).toStdString();
    EXPECT_EQ(RouterLab::leftovers(dir, labId), QStringList());
    r = RouterLab::runLab({QStringLiteral("status"), QStringLiteral("--dir"), dir});
    EXPECT_EQ(r.exitCode, 3);
    // Down again: nothing to do, not an error.
    EXPECT_EQ(RouterLab::runLab({QStringLiteral("down"), QStringLiteral("--dir"), dir}).exitCode, 0);
}
