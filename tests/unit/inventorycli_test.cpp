// vpnwb inventory: a device inventory drafted from the design, which push reads back.
#include "cliworkspace.h"
#include "deviceinventoryjson.h"

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace vpnwb;
using namespace vpnwb::test;

namespace {

void designDemo(const CliWorkspace &ws)
{
    for (const QStringList &step : {QStringList{QStringLiteral("demo")},
                                    QStringList{QStringLiteral("serviceability"), QStringLiteral("1")},
                                    QStringList{QStringLiteral("design"), QStringLiteral("1")}}) {
        const ProcessResult r = ws.run(step);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
}

} // namespace

TEST(InventoryCli, DraftsEveryDeviceOfTheDesignAtItsLoopbackAndReadsBack)
{
    CliWorkspace ws;
    designDemo(ws);
    const QString file = ws.filePath(QStringLiteral("inventory.json"));
    ProcessResult r = ws.run({QStringLiteral("inventory"), QStringLiteral("1"), QStringLiteral("-o"), file,
                              QStringLiteral("--username"), QStringLiteral("ops"), QStringLiteral("--ce-credential"),
                              QStringLiteral("branch-cpes")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("vpnwb vault set branch-cpes")) << r.out.toStdString();
    auto inventory = DeviceInventoryJson::fromFile(file);
    ASSERT_TRUE(inventory.ok()) << inventory.error().message.toStdString();
    // The demo's design: 14 PEs and 15 CPEs (the unserviceable site has none).
    EXPECT_EQ(inventory->devices().size(), 29);
    const Device *pe = inventory->find(QStringLiteral("fra1-pe1"));
    ASSERT_NE(pe, nullptr);
    EXPECT_EQ(pe->role, Device::Role::Pe);
    EXPECT_EQ(pe->vendor, QStringLiteral("frr"));
    EXPECT_EQ(pe->managementAddress, QStringLiteral("192.0.2.1")); // the PoP catalog's loopback
    EXPECT_EQ(pe->credential, QStringLiteral("pe-routers"));
    EXPECT_EQ(pe->username, QStringLiteral("ops"));
    EXPECT_EQ(inventory->find(QStringLiteral("ams1-pe1"))->vendor, QStringLiteral("iosxr"));
    const Device *ce = inventory->find(QStringLiteral("st-par01-ce"));
    ASSERT_NE(ce, nullptr);
    EXPECT_EQ(ce->role, Device::Role::Ce);
    EXPECT_EQ(ce->credential, QStringLiteral("branch-cpes"));
    EXPECT_TRUE(ce->managementAddress.startsWith(QLatin1String("100.66."))) << ce->managementAddress.toStdString();
    EXPECT_EQ(inventory->find(QStringLiteral("st-rek01-ce")), nullptr);

    // An existing file is kept unless --force.
    const QByteArray before = readFile(file);
    r = ws.run({QStringLiteral("inventory"), QStringLiteral("1"), QStringLiteral("-o"), file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("exists; nothing was written")) << r.err.toStdString();
    EXPECT_EQ(readFile(file), before);
    r = ws.run({QStringLiteral("inventory"), QStringLiteral("1"), QStringLiteral("-o"), file, QStringLiteral("--force")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

TEST(InventoryCli, DraftsKeyFileOrAgentLoginsThatPushReadsBack)
{
    CliWorkspace ws;
    designDemo(ws);
    const QString key = ws.filePath(QStringLiteral("netops_ed25519"));
    writeFile(key, "a key file\n");
    const QString file = ws.filePath(QStringLiteral("keys.json"));
    ProcessResult r = ws.run({QStringLiteral("inventory"), QStringLiteral("1"), QStringLiteral("-o"), file,
                              QStringLiteral("--identity-file"), key, QStringLiteral("--ce-credential"),
                              QStringLiteral("cpe-key-passphrase")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(QStringLiteral("with the key ") + key)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("vpnwb vault set cpe-key-passphrase")) << r.out.toStdString();
    auto inventory = DeviceInventoryJson::fromFile(file);
    ASSERT_TRUE(inventory.ok()) << inventory.error().message.toStdString();
    const Device *pe = inventory->find(QStringLiteral("fra1-pe1"));
    ASSERT_NE(pe, nullptr);
    EXPECT_EQ(pe->auth, Device::Auth::PublicKey);
    EXPECT_EQ(pe->identityFile, key);
    EXPECT_TRUE(pe->credential.isEmpty()); // no passphrase
    EXPECT_EQ(inventory->find(QStringLiteral("st-par01-ce"))->credential, QStringLiteral("cpe-key-passphrase"));

    r = ws.run({QStringLiteral("inventory"), QStringLiteral("1"), QStringLiteral("-o"), file, QStringLiteral("--force"),
                QStringLiteral("--agent")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("through the ssh-agent")) << r.out.toStdString();
    inventory = DeviceInventoryJson::fromFile(file);
    ASSERT_TRUE(inventory.ok()) << inventory.error().message.toStdString();
    for (const Device &d : inventory->devices()) {
        EXPECT_EQ(d.auth, Device::Auth::Agent) << d.name.toStdString();
        EXPECT_TRUE(d.credential.isEmpty()) << d.name.toStdString();
    }

    // Bad combinations and a missing key write nothing.
    const QByteArray before = readFile(file);
    for (const QStringList &bad : {QStringList{QStringLiteral("--agent"), QStringLiteral("--identity-file"), key},
                                   QStringList{QStringLiteral("--agent"), QStringLiteral("--pe-credential"),
                                               QStringLiteral("pe-routers")},
                                   QStringList{QStringLiteral("--identity-file"), ws.filePath(QStringLiteral("none"))}}) {
        r = ws.run(QStringList{QStringLiteral("inventory"), QStringLiteral("1"), QStringLiteral("-o"), file,
                               QStringLiteral("--force")} +
                   bad);
        EXPECT_EQ(r.exitCode, 2) << bad.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(bad.first().toUtf8())) << r.err.toStdString();
    }
    EXPECT_TRUE(r.err.contains("there is no key file")) << r.err.toStdString();
    EXPECT_EQ(readFile(file), before);
}

TEST(InventoryCli, BadOptionsAndAnUndesignedEngagementWriteNothing)
{
    CliWorkspace ws;
    ASSERT_EQ(ws.run({QStringLiteral("demo")}).exitCode, 0);
    const QString file = ws.filePath(QStringLiteral("inventory.json"));
    ProcessResult r = ws.run({QStringLiteral("inventory"), QStringLiteral("1"), QStringLiteral("-o"), file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("run 'vpnwb design 1' first")) << r.err.toStdString();
    r = ws.run({QStringLiteral("inventory"), QStringLiteral("1"), QStringLiteral("-o"), file,
                QStringLiteral("--pe-credential"), QStringLiteral("two words")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--pe-credential: 'two words' is not a vault secret name")) << r.err.toStdString();
    r = ws.run({QStringLiteral("inventory"), QStringLiteral("1"), QStringLiteral("-o"), file, QStringLiteral("--port"),
                QStringLiteral("70000")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--port must be a whole number from 1 to 65535")) << r.err.toStdString();
    r = ws.run({QStringLiteral("inventory"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("needs -o FILE")) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file));
}
