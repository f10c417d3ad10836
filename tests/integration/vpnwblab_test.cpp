// `vpnwb lab up | status | down`: the built vpnwb drives the router lab.
#include "deviceinventoryjson.h"
#include "routerlab.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <unistd.h>

using namespace vpnwb;
using namespace vpnwb::test;

namespace {

QString text(const ProcessResult &r)
{
    return QString::fromUtf8(r.out + r.err);
}

} // namespace

TEST(VpnwbLab, WithoutRootIsRefusedWithTheReasonAndCreatesNothing)
{
    QTemporaryDir parent;
    ASSERT_TRUE(parent.isValid());
    const QString dir = parent.filePath(QStringLiteral("lab"));
    const QStringList up{QStringLiteral("lab"), QStringLiteral("up"), QStringLiteral("--dir"), dir};
    ProcessResult r;
    if (geteuid() == 0) {
        // As root (CI), run vpnwb as an unprivileged user.
        r = runProgram(QStringLiteral("setpriv"),
                       QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                   QStringLiteral("--clear-groups"), cliPath()} +
                           up);
    } else {
        r = runCli(up);
    }
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.err.contains("'lab up' needs root")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("sudo")) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir));
}

TEST(VpnwbLab, BadSizesAndOptionsAreUsageErrorsNamingTheOption)
{
    ProcessResult r =
        runCli({QStringLiteral("lab"), QStringLiteral("up"), QStringLiteral("--pe"), QStringLiteral("0")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--pe must be a whole number from 1 to 250, not '0'")) << r.err.toStdString();
    r = runCli({QStringLiteral("lab"), QStringLiteral("up"), QStringLiteral("--ce"), QStringLiteral("many")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--ce must be a whole number from 0 to 250, not 'many'"))
        << r.err.toStdString();
    r = runCli({QStringLiteral("lab"), QStringLiteral("down"), QStringLiteral("--pe"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--pe is an option of 'lab up' only")) << r.err.toStdString();
    r = runCli({QStringLiteral("lab"), QStringLiteral("restart")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("unknown lab command 'restart'")) << r.err.toStdString();
}

class VpnwbLabLifecycle : public LabTest
{
};

TEST_F(VpnwbLabLifecycle, UpStatusAndDownThroughVpnwbLeaveNothingRunning)
{
    // A lab of its own beside the shared one, as a user would start it.
    const QString dir = QDir(QDir::tempPath()).filePath(QStringLiteral("vpnwb-labtest-cli-%1").arg(getpid()));
    const QStringList up{
        QStringLiteral("lab"),  QStringLiteral("up"), QStringLiteral("--pe"),  QStringLiteral("1"),
        QStringLiteral("--ce"), QStringLiteral("1"),  QStringLiteral("--dir"), dir};
    ProcessResult r = runCli(up);
    ASSERT_EQ(r.exitCode, 0) << text(r).toStdString();
    const QString labId = QString::fromUtf8(readFile(dir + QStringLiteral("/state")))
                              .section(QStringLiteral("id="), 1)
                              .section(QLatin1Char('\n'), 0, 0);
    ASSERT_FALSE(labId.isEmpty());

    // It says where the inventory is and how the password gets into the vault, without printing it.
    const QString inventoryFile = dir + QStringLiteral("/inventory.json");
    EXPECT_TRUE(r.out.contains(QStringLiteral("Inventory: %1 (3 devices)").arg(inventoryFile).toUtf8()))
        << r.out.toStdString();
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("vpnwb vault set lab-%1 < %2/password").arg(labId, dir).toUtf8()))
        << r.out.toStdString();
    const QByteArray password = readFile(dir + QStringLiteral("/password")).trimmed();
    ASSERT_FALSE(password.isEmpty());
    EXPECT_FALSE(r.out.contains(password) || r.err.contains(password));
    const auto inventory = DeviceInventoryJson::fromFile(inventoryFile);
    ASSERT_TRUE(inventory.ok()) << inventory.error().message.toStdString();
    EXPECT_EQ(inventory->names(),
              (QStringList{QStringLiteral("pe1"), QStringLiteral("ce1"), QStringLiteral("nc1")}));

    r = runCli({QStringLiteral("lab"), QStringLiteral("status"), QStringLiteral("--dir"), dir});
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("1 PE, 1 CE")) << r.out.toStdString();
    EXPECT_EQ(r.out.count("running"), 4) << r.out.toStdString(); // pe1, ce1, netconfd, sshd

    // Up again: the same lab, left alone.
    r = runCli(up);
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("is up already")) << r.out.toStdString();
    EXPECT_EQ(QString::fromUtf8(readFile(dir + QStringLiteral("/state")))
                  .section(QStringLiteral("id="), 1)
                  .section(QLatin1Char('\n'), 0, 0),
              labId);

    r = runCli({QStringLiteral("lab"), QStringLiteral("down"), QStringLiteral("--dir"), dir});
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    EXPECT_EQ(RouterLab::leftovers(dir, labId), QStringList());
    // The shared lab is untouched by taking this one down.
    EXPECT_TRUE(lab().runningConfig(QStringLiteral("pe1")).contains(QLatin1String("router bgp 65000")));

    r = runCli({QStringLiteral("lab"), QStringLiteral("status"), QStringLiteral("--dir"), dir});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains("no lab in")) << r.out.toStdString();
}
