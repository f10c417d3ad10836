#include "devicedesigncheck.h"
#include "devicedesignjson.h"
#include "renderfixture.h"
#include "testpaths.h"

#include <QDir>

#include <gtest/gtest.h>

#include <functional>

using namespace vpnwb;
using vpnwb::test::RenderFixture;

namespace {

// The golden design's FRR PE with one change; the check must refuse it and
// name the device (quoted when its own name is what is wrong), the object
// and the field, on one line whatever the bad value holds.
void expectRefused(const std::function<void(DeviceDesign &)> &change, const QString &expected,
                   const QString &device = QStringLiteral("pe-frr"))
{
    DeviceDesign d = RenderFixture::device(QStringLiteral("pe-frr"));
    change(d);
    const Status s = DeviceDesignCheck::check(d);
    ASSERT_FALSE(s.ok()) << "accepted; expected: " << expected.toStdString();
    EXPECT_EQ(s.error().code, Error::Code::InvalidInput);
    EXPECT_TRUE(s.error().message.startsWith(QStringLiteral("device %1: ").arg(device)))
        << s.error().message.toStdString();
    EXPECT_TRUE(s.error().message.contains(expected)) << s.error().message.toStdString();
    EXPECT_FALSE(s.error().message.contains(QLatin1Char('\n'))) << s.error().message.toStdString();
    EXPECT_FALSE(s.error().message.contains(QLatin1Char('\r'))) << s.error().message.toStdString();
}

} // namespace

TEST(DeviceDesignCheck, TheGoldenDesignPasses)
{
    for (const DeviceDesign &d : RenderFixture::goldenDesign())
        EXPECT_TRUE(DeviceDesignCheck::check(d).ok()) << DeviceDesignCheck::check(d).error().message.toStdString();
}

TEST(DeviceDesignCheck, IdentifiersThatCouldCarryCommandsAreRefused)
{
    expectRefused([](DeviceDesign &d) { d.vrfs[0].name = QStringLiteral("CORP\nrouter bgp 1"); },
                  QStringLiteral("VRF name 'CORP\\nrouter bgp 1'"));
    expectRefused([](DeviceDesign &d) { d.attachments[0].name = QStringLiteral("A;B"); }, QStringLiteral("attachment name"));
    expectRefused([](DeviceDesign &d) { d.vrfs[1].importPolicy.name = QStringLiteral("P }"); }, QStringLiteral("policy name"));
    expectRefused([](DeviceDesign &d) { d.vrfs[1].importPolicy.terms[0].name = QStringLiteral("T?"); },
                  QStringLiteral("term name"));
    expectRefused([](DeviceDesign &d) { d.name = QStringLiteral("pe 1"); },
                  QStringLiteral("device name 'pe 1'"), QStringLiteral("'pe 1'"));
    expectRefused([](DeviceDesign &d) { d.name = QStringLiteral("pe1\r\nend"); },
                  QStringLiteral("device name"), QStringLiteral("'pe1\\r\\nend'"));
    expectRefused([](DeviceDesign &d) { d.attachments[0].parentInterface = QStringLiteral("eth1\nvrf X"); },
                  QStringLiteral("'eth1\\nvrf X' is not an interface name"));
    expectRefused([](DeviceDesign &d) { d.attachments[0].parentInterface = QStringLiteral("eth1 vrf X"); },
                  QStringLiteral("is not an interface name"));
    expectRefused([](DeviceDesign &d) { d.attachments[0].qos.classes[0].name = QStringLiteral("RT\""); },
                  QStringLiteral("QoS class name"));
}

TEST(DeviceDesignCheck, VrfNamesRespectTheVendorsLimit)
{
    DeviceDesign d = RenderFixture::device(QStringLiteral("pe-frr"));
    d.vrfs[0].name = QStringLiteral("CORPORATE-HUB-16");
    for (Attachment &a : d.attachments) {
        if (a.vrf == QLatin1String("CORP-HUB"))
            a.vrf = d.vrfs[0].name;
    }
    EXPECT_TRUE(DeviceDesignCheck::check(d, 32).ok());
    EXPECT_FALSE(DeviceDesignCheck::check(d, 15).ok());
}

TEST(DeviceDesignCheck, NetworkValuesAreChecked)
{
    expectRefused([](DeviceDesign &d) { d.vrfs[0].routeDistinguisher = QStringLiteral("65000"); },
                  QStringLiteral("route distinguisher '65000'"));
    expectRefused([](DeviceDesign &d) { d.vrfs[0].importRouteTargets = {QStringLiteral("64500:1\nno router bgp")}; },
                  QStringLiteral("import route target"));
    expectRefused([](DeviceDesign &d) { d.attachments[0].vlan = 4095; }, QStringLiteral("VLAN 4095 is outside 1..4094"));
    expectRefused([](DeviceDesign &d) { d.attachments[1].vlan = d.attachments[2].vlan; }, QStringLiteral("is used twice"));
    expectRefused([](DeviceDesign &d) { d.attachments[0].peAddress = QStringLiteral("100.64.1.300"); },
                  QStringLiteral("PE address '100.64.1.300'"));
    expectRefused([](DeviceDesign &d) { d.attachments[0].ceAddress = QStringLiteral("100.64.9.2"); },
                  QStringLiteral("are not two addresses of one /30"));
    expectRefused([](DeviceDesign &d) { d.attachments[0].bgp->lanPrefixes = {QStringLiteral("10.10.1.1/16")}; },
                  QStringLiteral("LAN prefix '10.10.1.1/16'"));
    expectRefused([](DeviceDesign &d) { d.attachments[0].bgp->peerAs = 0; }, QStringLiteral("peer AS 0"));
    expectRefused([](DeviceDesign &d) { d.loopback = QStringLiteral("x"); }, QStringLiteral("loopback 'x'"));
    expectRefused([](DeviceDesign &d) { d.coreNeighbors[0].address = d.loopback; }, QStringLiteral("device's own"));
}

TEST(DeviceDesignCheck, ReferencesAndRoutingAreConsistent)
{
    expectRefused([](DeviceDesign &d) { d.attachments[0].vrf = QStringLiteral("NOPE"); },
                  QStringLiteral("VRF 'NOPE' is not defined"));
    expectRefused([](DeviceDesign &d) { d.attachments[0].staticRouting = StaticRouting{}; },
                  QStringLiteral("exactly one of eBGP and static routing"));
    expectRefused([](DeviceDesign &d) { d.vrfs.append(d.vrfs[0]); }, QStringLiteral("defined twice"));
    expectRefused([](DeviceDesign &d) { d.vrfs[2].serviceId = d.vrfs[0].serviceId; }, QStringLiteral("service id"));
    expectRefused([](DeviceDesign &d) { d.vrfs[1].exportRouteTargets.clear(); },
                  QStringLiteral("needs import and export route targets"));
    expectRefused([](DeviceDesign &d) { d.vrfs[1].importPolicy.terms[0].localPreference = 50; },
                  QStringLiteral("a rejecting term cannot change the route"));
}

TEST(DeviceDesignCheck, QosModelIsConsistent)
{
    expectRefused([](DeviceDesign &d) { d.attachments[0].qos.classes[1].percent = 90; },
                  QStringLiteral("add up to 175 %"));
    expectRefused([](DeviceDesign &d) { d.attachments[0].qos.classes[1].dscp = {46}; },
                  QStringLiteral("DSCP 46 is classified into two classes"));
    expectRefused([](DeviceDesign &d) { d.attachments[0].qos.classes[4].dscp = {0}; },
                  QStringLiteral("exactly one default class"));
    expectRefused([](DeviceDesign &d) { d.attachments[0].qos.classes[1].priority = true; },
                  QStringLiteral("2 priority classes"));
    expectRefused([](DeviceDesign &d) { d.attachments[0].qos.classes[0].dscp = {64}; }, QStringLiteral("DSCP 64"));
}

TEST(DeviceDesignJson, NumbersOutOfRangeAreRefusedNamingTheField)
{
    // Huge or fractional numbers are refused with their JSON path, never
    // converted (a double beyond the integer range cannot be cast safely).
    const QString path = QDir(vpnwb::test::RenderFixture::goldenDir()).filePath(QStringLiteral("design.json"));
    const QByteArray good = vpnwb::test::readFile(path);
    for (const QByteArray &bad : {QByteArray("1e300"), QByteArray("-1e300"), QByteArray("101.5")}) {
        QByteArray bytes = good;
        bytes.replace("\"vlan\": 101,", QByteArray(QByteArray("\"vlan\": ") + bad + ","));
        ASSERT_NE(bytes, good);
        const auto r = DeviceDesignJson::fromBytes(bytes, path);
        ASSERT_FALSE(r) << bad.toStdString();
        EXPECT_TRUE(r.error().message.contains(QLatin1String("vlan"))) << r.error().message.toStdString();
        EXPECT_TRUE(r.error().message.contains(QLatin1String("whole number"))) << r.error().message.toStdString();
    }
    // A DSCP value far out of range.
    QByteArray bytes = good;
    const qsizetype at = bytes.indexOf("\"dscp\": [");
    ASSERT_GE(at, 0);
    bytes.insert(at + 9, "1e300, ");
    const auto r = DeviceDesignJson::fromBytes(bytes, path);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QLatin1String("dscp[0]"))) << r.error().message.toStdString();
}

TEST(DeviceDesignCheck, VrfLoopbacksAreChecked)
{
    expectRefused([](DeviceDesign &d) { d.vrfs[0].loopback = QStringLiteral("100.65.0.300"); },
                  QStringLiteral("VRF CORP-HUB: loopback '100.65.0.300' is not an IPv4 address"));
    expectRefused(
        [](DeviceDesign &d) { d.vrfs[1].loopback = QStringLiteral("100.65.0.12\ninterface lo"); },
        QStringLiteral("VRF CORP-SPOKE: loopback '100.65.0.12\\ninterface lo' is not an IPv4 address"));
    expectRefused([](DeviceDesign &d) { d.vrfs[2].loopback = d.loopback; },
                  QStringLiteral("VRF GUEST: loopback 192.0.2.1 is the device's own loopback"));

    DeviceDesign ce = RenderFixture::device(QStringLiteral("ce-st-ber01"));
    ASSERT_FALSE(ce.vrfs.isEmpty());
    ce.vrfs[0].loopback = QStringLiteral("100.65.0.99");
    const Status s = DeviceDesignCheck::check(ce);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().message, QStringLiteral("device ce-st-ber01: VRF CORP: a CE VRF has no loopback"));
}

TEST(DeviceDesignJson, ABadVrfLoopbackIsRefusedNamingTheField)
{
    const QString path =
        QDir(vpnwb::test::RenderFixture::goldenDir()).filePath(QStringLiteral("design.json"));
    const QByteArray good = vpnwb::test::readFile(path);
    const QList<std::pair<QByteArray, QString>> cases{
        {QByteArray("\"100.65.0.312\""), QStringLiteral("must be an IPv4 address a.b.c.d")},
        {QByteArray("\"100.65.0\""), QStringLiteral("must be an IPv4 address a.b.c.d")},
        {QByteArray("\"100.65.0.12/32\""), QStringLiteral("must be an IPv4 address a.b.c.d")},
        {QByteArray("1684340748"), QStringLiteral("must be a string")},
    };
    for (const auto &[bad, message] : cases) {
        QByteArray bytes = good;
        bytes.replace("\"loopback\": \"100.65.0.12\"", QByteArray(QByteArray("\"loopback\": ") + bad));
        ASSERT_NE(bytes, good);
        const auto r = DeviceDesignJson::fromBytes(bytes, path);
        ASSERT_FALSE(r) << bad.toStdString();
        EXPECT_EQ(r.error().code, Error::Code::InvalidInput);
        EXPECT_EQ(r.error().message, path + QStringLiteral(": $.devices[0].vrfs[1].loopback: ") + message);
    }
}

TEST(DeviceDesignJson, WritesAndReadsTheVrfLoopback)
{
    const QList<DeviceDesign> &golden = RenderFixture::goldenDesign();
    ASSERT_EQ(golden.first().vrfs[1].loopback, QStringLiteral("100.65.0.12"));
    const QByteArray bytes = DeviceDesignJson::toBytes(golden);
    EXPECT_TRUE(bytes.contains("\"loopback\": \"100.65.0.12\"")) << bytes.left(2000).toStdString();
    const auto back = DeviceDesignJson::fromBytes(bytes, QStringLiteral("written"));
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_EQ(*back, golden);
    // A VRF without a loopback (a CE's) is written without the field, and read back without one.
    const DeviceDesign &ce = RenderFixture::device(QStringLiteral("ce-st-ber01"));
    EXPECT_FALSE(DeviceDesignJson::toBytes({ce}).contains("\"loopback\": \"\""));
}
