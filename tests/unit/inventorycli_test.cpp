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
