#include "configrestore.h"
#include "configverification.h"

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

const QString kSaved = QStringLiteral(R"(Building configuration...

Current configuration:
!
frr version 8.4.4
frr defaults traditional
hostname pe1
!
interface core
 description core LAN
 ip address 10.0.0.1/24
exit
!
interface lo
 ip address 192.0.2.1/32
exit
!
end
)");

// kSaved after a push of one VRF's service: a route-map, a BGP VRF instance,
// an access interface and a second address on lo.
const QString kChanged = QStringLiteral(R"(Building configuration...

Current configuration:
!
frr version 8.4.4
frr defaults traditional
hostname pe1
!
interface core
 description core LAN
 ip address 10.0.0.1/24
exit
!
interface ens3f0.100
 description Site A
 ip address 100.64.0.1/30
exit
!
interface lo
 ip address 192.0.2.1/32
 ip address 100.65.0.1/32
exit
!
route-map A-IN permit 10
 set local-preference 200
exit
!
router bgp 64500 vrf A
 !
 address-family ipv4 unicast
  rd vpn export 64500:1
 exit-address-family
exit
!
end
)");

QStringList flatten(const QList<ConfigRestore::Group> &groups)
{
    QStringList lines;
    for (const auto &g : groups) {
        for (const QString &line : g)
            lines.append(line.trimmed());
        lines.append(QStringLiteral("--"));
    }
    return lines;
}

} // namespace

TEST(ConfigRestore, NothingToDoWhenTheDeviceRunsTheSavedConfiguration)
{
    auto groups = ConfigRestore::commands(kSaved, kSaved, QStringLiteral("frr"));
    ASSERT_TRUE(groups.ok()) << groups.error().message.toStdString();
    EXPECT_TRUE(groups->isEmpty());
}

TEST(ConfigRestore, RemovesWhatThePushAddedLastShownFirstAndEmptiesInterfaces)
{
    auto groups = ConfigRestore::commands(kChanged, kSaved, QStringLiteral("frr"));
    ASSERT_TRUE(groups.ok()) << groups.error().message.toStdString();
    const QStringList lines = flatten(*groups);
    // The BGP VRF instance goes before the route-map it may use.
    const auto bgp = lines.indexOf(QStringLiteral("no router bgp 64500 vrf A"));
    const auto routeMap = lines.indexOf(QStringLiteral("no route-map A-IN permit 10"));
    ASSERT_GE(bgp, 0) << lines.join(QLatin1Char('\n')).toStdString();
    ASSERT_GE(routeMap, 0);
    EXPECT_LT(bgp, routeMap);
    // FRR cannot delete an interface the kernel has: its statements are removed instead.
    EXPECT_FALSE(lines.contains(QStringLiteral("no interface ens3f0.100")));
    EXPECT_TRUE(lines.contains(QStringLiteral("no ip address 100.64.0.1/30")));
    EXPECT_TRUE(lines.contains(QStringLiteral("no description"))); // FRR takes no text after it
    // Within a kept block, only the added statement goes, inside its block.
    const auto loAddress = lines.indexOf(QStringLiteral("no ip address 100.65.0.1/32"));
    ASSERT_GE(loAddress, 1);
    EXPECT_EQ(lines[loAddress - 1], QStringLiteral("interface lo"));
    EXPECT_FALSE(lines.contains(QStringLiteral("no ip address 192.0.2.1/32")));
    EXPECT_FALSE(lines.contains(QStringLiteral("no interface core")));
    // Banner lines are not configuration.
    EXPECT_FALSE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("frr version")));
}

TEST(ConfigRestore, ConfiguresAgainWhatTheDeviceLost)
{
    // The device lost the core interface's description: it is configured again in its block.
    QString lost = kSaved;
    lost.remove(QStringLiteral(" description core LAN\n"));
    auto groups = ConfigRestore::commands(lost, kSaved, QStringLiteral("frr"));
    ASSERT_TRUE(groups.ok());
    ASSERT_EQ(groups->size(), 1);
    EXPECT_EQ(flatten(*groups), (QStringList{QStringLiteral("interface core"), QStringLiteral("description core LAN"),
                                             QStringLiteral("exit"), QStringLiteral("--")}));
}

TEST(ConfigRestore, RefusesVendorsWithoutNoForms)
{
    auto groups = ConfigRestore::commands(kChanged, kSaved, QStringLiteral("junos"));
    ASSERT_FALSE(groups.ok());
    EXPECT_TRUE(groups.error().message.contains(QStringLiteral("junos")));
}

TEST(ConfigVerification, FindsEveryStatementOrNamesTheMissingOnes)
{
    const QString intended = QStringLiteral("route-map A-IN permit 10\n set local-preference 200\nexit\n"
                                            "router bgp 64500 vrf A\n address-family ipv4 unicast\n"
                                            "  rd vpn export 64500:1\n  rt vpn both 64500:7\n exit-address-family\nexit\n");
    const QStringList missing = ConfigVerification::missing(kChanged, intended, QStringLiteral("frr"));
    EXPECT_EQ(missing, QStringList{QStringLiteral("router bgp 64500 vrf A > address-family ipv4 unicast > rt vpn both 64500:7")});
    EXPECT_TRUE(ConfigVerification::missing(kChanged, QStringLiteral("route-map A-IN permit 10\n set local-preference 200\n"),
                                            QStringLiteral("frr"))
                    .isEmpty());
}

TEST(ConfigVerification, AcceptsHowFrrShowsVrfsTheKernelLacks)
{
    // FRR shows "interface X vrf V" as "interface X" and hides an empty VRF block
    // when the kernel has no VRF V.
    const QString intended = QStringLiteral("vrf A\nexit-vrf\n!\ninterface ens3f0.100 vrf A\n description Site A\n"
                                            " ip address 100.64.0.1/30\nexit\n");
    EXPECT_TRUE(ConfigVerification::missing(kChanged, intended, QStringLiteral("frr")).isEmpty());
    // But a wrong address is still missing.
    const QString wrong = QStringLiteral("interface ens3f0.100 vrf A\n ip address 100.64.0.9/30\nexit\n");
    EXPECT_EQ(ConfigVerification::missing(kChanged, wrong, QStringLiteral("frr")).size(), 1);
}
