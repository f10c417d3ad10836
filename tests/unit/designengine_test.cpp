#include "designengine.h"
#include "designfixture.h"
#include "designvalidator.h"
#include "qosmodel.h"

#include <gtest/gtest.h>

using namespace vpnwb;
using namespace vpnwb::test;

namespace {

const VrfInstance *vrf(const NetworkDesign &d, const QString &pe, const QString &name)
{
    for (const VrfInstance &v : d.vrfs) {
        if (v.pe == pe && v.name == name)
            return &v;
    }
    return nullptr;
}

QList<RouteValue> sorted(QList<RouteValue> l)
{
    std::sort(l.begin(), l.end());
    return l;
}

QString text(const QList<RouteValue> &l)
{
    QStringList out;
    for (const RouteValue &rt : sorted(l))
        out << rt.toString();
    return out.join(QLatin1Char(' '));
}

Engagement threeSites(VpnTopology topology, SiteRole first = SiteRole::Hub, SiteRole second = SiteRole::Hub)
{
    return designEngagement({designSite(QStringLiteral("H1"), 1), designSite(QStringLiteral("H2"), 2),
                             designSite(QStringLiteral("S1"), 3)},
                            {designVpn(QStringLiteral("V"), topology,
                                       {{QStringLiteral("H1"), first},
                                        {QStringLiteral("H2"), second},
                                        {QStringLiteral("S1"), SiteRole::Spoke}})});
}

const QHash<QString, QString> kSpread{{QStringLiteral("H1"), QStringLiteral("a1")},
                                      {QStringLiteral("H2"), QStringLiteral("b1")},
                                      {QStringLiteral("S1"), QStringLiteral("b2")}};

} // namespace

TEST(DesignEngine, AnyToAnyVrfsImportAndExportOneRt)
{
    const Engagement e = threeSites(VpnTopology::AnyToAny, SiteRole::AnyToAny, SiteRole::AnyToAny);
    const NetworkDesign d = designOf(e, {}, designSettings(), onNet(e, kSpread));
    ASSERT_EQ(d.vrfs.size(), 3);
    const RouteValue rt = *d.vpns[0].anyTarget;
    EXPECT_EQ(rt.toRfc8294(), QStringLiteral("0:64500:1"));
    for (const VrfInstance &v : d.vrfs) {
        EXPECT_EQ(v.name, QStringLiteral("E7-V"));
        EXPECT_EQ(v.role, VrfRole::AnyToAny);
        EXPECT_EQ(v.importTargets, QList<RouteValue>{rt});
        EXPECT_EQ(v.exportTargets, QList<RouteValue>{rt});
    }
}

TEST(DesignEngine, HubAndSpokeHubsExportHAndImportSpokesAndHubs)
{
    const Engagement e = threeSites(VpnTopology::HubAndSpoke);
    const NetworkDesign d = designOf(e, {}, designSettings(), onNet(e, kSpread));
    const VpnDesign &v = d.vpns[0];
    ASSERT_TRUE(v.hubTarget && v.spokeTarget);
    const VrfInstance *hub = vrf(d, QStringLiteral("a1"), QStringLiteral("E7-V-HUB"));
    const VrfInstance *spoke = vrf(d, QStringLiteral("b2"), QStringLiteral("E7-V-SPOKE"));
    ASSERT_TRUE(hub && spoke);
    EXPECT_EQ(hub->exportTargets, QList<RouteValue>{*v.hubTarget});
    EXPECT_EQ(sorted(hub->importTargets), sorted({*v.hubTarget, *v.spokeTarget}));
    EXPECT_EQ(spoke->exportTargets, QList<RouteValue>{*v.spokeTarget});
    EXPECT_EQ(spoke->importTargets, QList<RouteValue>{*v.hubTarget});
    EXPECT_EQ(spoke->importPolicy, QStringLiteral("E7-V-SPOKE-IMPORT"));
}

TEST(DesignEngine, HubAndSpokeDisjointGivesEachHubItsRtAndVrf)
{
    const Engagement e = threeSites(VpnTopology::HubAndSpokeDisjoint);
    const NetworkDesign d = designOf(e, {}, designSettings(), onNet(e, kSpread));
    const VpnDesign &v = d.vpns[0];
    ASSERT_EQ(v.hubTargets.size(), 2);
    const RouteValue h1 = v.hubTargets.value(QStringLiteral("H1"));
    const RouteValue h2 = v.hubTargets.value(QStringLiteral("H2"));
    EXPECT_NE(h1, h2);
    const VrfInstance *hub1 = vrf(d, QStringLiteral("a1"), QStringLiteral("E7-V-HUB-H1"));
    const VrfInstance *spoke = vrf(d, QStringLiteral("b2"), QStringLiteral("E7-V-SPOKE"));
    ASSERT_TRUE(hub1 && spoke);
    EXPECT_EQ(hub1->exportTargets, QList<RouteValue>{h1});
    EXPECT_EQ(hub1->importTargets, QList<RouteValue>{*v.spokeTarget}); // not H2: hubs do not meet
    EXPECT_EQ(sorted(spoke->importTargets), sorted({h1, h2}));
    EXPECT_TRUE(DesignValidator::validate(d).isEmpty());
}

TEST(DesignEngine, ExtranetConsumersImportTheSharedServicesAndTheServicesImportThem)
{
    Engagement e = designEngagement(
        {designSite(QStringLiteral("DC"), 1), designSite(QStringLiteral("B1"), 2), designSite(QStringLiteral("G1"), 3)},
        {designVpn(QStringLiteral("SVC"), VpnTopology::AnyToAny, {{QStringLiteral("DC"), SiteRole::AnyToAny}}),
         designVpn(QStringLiteral("CORP"), VpnTopology::HubAndSpoke,
                   {{QStringLiteral("DC"), SiteRole::Hub}, {QStringLiteral("B1"), SiteRole::Spoke}}),
         designVpn(QStringLiteral("GUEST"), VpnTopology::AnyToAny, {{QStringLiteral("G1"), SiteRole::AnyToAny}})});
    e.vpns[0].extranetConsumers = {QStringLiteral("CORP")};
    const NetworkDesign d = designOf(e);
    const VpnDesign *svc = d.findVpn(QStringLiteral("SVC"));
    const VpnDesign *corp = d.findVpn(QStringLiteral("CORP"));
    const VrfInstance *services = vrf(d, QStringLiteral("a1"), QStringLiteral("E7-SVC"));
    const VrfInstance *spoke = vrf(d, QStringLiteral("a1"), QStringLiteral("E7-CORP-SPOKE"));
    const VrfInstance *guest = vrf(d, QStringLiteral("a1"), QStringLiteral("E7-GUEST"));
    ASSERT_TRUE(services && spoke && guest);
    EXPECT_EQ(text(services->importTargets), text({*svc->anyTarget, *corp->hubTarget, *corp->spokeTarget}));
    EXPECT_EQ(text(spoke->importTargets), text({*corp->hubTarget, *svc->anyTarget}));
    EXPECT_EQ(guest->importTargets, QList<RouteValue>{*d.findVpn(QStringLiteral("GUEST"))->anyTarget});
    EXPECT_TRUE(DesignValidator::validate(d).isEmpty());
}

TEST(DesignEngine, DualHomedSiteGetsTwoCircuitsOnTwoPes)
{
    const Engagement e = designEngagement({designSite(QStringLiteral("DC"), 1, Resiliency::DualHomed)},
                                          {designVpn(QStringLiteral("V"), VpnTopology::AnyToAny,
                                                     {{QStringLiteral("DC"), SiteRole::AnyToAny}})});
    const NetworkDesign d = designOf(e);
    ASSERT_EQ(d.circuits.size(), 2);
    EXPECT_EQ(d.circuits[0].pe, QStringLiteral("a1"));
    EXPECT_EQ(d.circuits[1].pe, QStringLiteral("a2"));
    EXPECT_EQ(d.circuits[0].port, QStringLiteral("GigabitEthernet0/0/1/0")); // IOS XR: the slowest port that fits
    EXPECT_EQ(d.circuits[1].port, QStringLiteral("ge-0/1/0"));               // Junos
    ASSERT_EQ(d.attachments.size(), 2);
    EXPECT_EQ(d.attachments[1].subInterface, QStringLiteral("ge-0/1/0.100"));
    EXPECT_TRUE(d.findSite(QStringLiteral("DC"))->siteOfOrigin.has_value());
}

TEST(DesignEngine, LinkAddressesFollowThePrefixLengthSetting)
{
    const Engagement e = designEngagement({designSite(QStringLiteral("A"), 1)},
                                          {designVpn(QStringLiteral("V"), VpnTopology::AnyToAny,
                                                     {{QStringLiteral("A"), SiteRole::AnyToAny}})});
    NetworkDesign d = designOf(e);
    EXPECT_EQ(d.attachments[0].link->toString(), QStringLiteral("100.64.0.0/30"));
    EXPECT_EQ(Ipv4Prefix::addressToString(d.attachments[0].peAddress), QStringLiteral("100.64.0.1"));
    EXPECT_EQ(Ipv4Prefix::addressToString(d.attachments[0].ceAddress), QStringLiteral("100.64.0.2"));

    ProviderSettings s31 = designSettings();
    ASSERT_TRUE(s31.set(QStringLiteral("link-prefix-length"), QStringLiteral("31")).ok());
    d = designOf(e, {}, s31);
    EXPECT_EQ(d.attachments[0].link->toString(), QStringLiteral("100.64.0.0/31"));
    EXPECT_EQ(Ipv4Prefix::addressToString(d.attachments[0].peAddress), QStringLiteral("100.64.0.0"));
    EXPECT_EQ(Ipv4Prefix::addressToString(d.attachments[0].ceAddress), QStringLiteral("100.64.0.1"));
}

TEST(DesignEngine, RdOfTypeOneCarriesThePeRouterId)
{
    const Engagement e = designEngagement({designSite(QStringLiteral("A"), 1)},
                                          {designVpn(QStringLiteral("V"), VpnTopology::AnyToAny,
                                                     {{QStringLiteral("A"), SiteRole::AnyToAny}})});
    ProviderSettings type1 = designSettings();
    ASSERT_TRUE(type1.set(QStringLiteral("rd-type"), QStringLiteral("1")).ok());
    EXPECT_EQ(designOf(e, {}, type1).vrfs[0].rd->toRfc8294(), QStringLiteral("1:192.0.2.1:1"));
    EXPECT_EQ(designOf(e).vrfs[0].rd->toRfc8294(), QStringLiteral("0:64500:1"));
}

TEST(DesignEngine, QosSharesShapingAndEfPolicing)
{
    const Engagement e = designEngagement({designSite(QStringLiteral("A"), 1)},
                                          {designVpn(QStringLiteral("V"), VpnTopology::AnyToAny,
                                                     {{QStringLiteral("A"), SiteRole::AnyToAny}})});
    NetworkDesign d = designOf(e);
    ASSERT_EQ(d.qos.size(), 1);
    const SiteQos &q = d.qos[0];
    EXPECT_EQ(q.model, QosModelKind::FourClass);
    EXPECT_EQ(q.totalPercent(), 100);
    EXPECT_EQ(q.shaperKbps(), 100'000); // 100 Mb/s sold on a 1 Gb/s port
    EXPECT_EQ(q.classKbps(QStringLiteral("ef")), 25'000);

    DesignChoices six;
    six.values.insert({QStringLiteral("qos"), QStringLiteral("model")}, QStringLiteral("6-class"));
    d = designOf(e, six);
    QStringList classes;
    for (const SiteQos::Share &s : d.qos[0].shares)
        classes << s.classId;
    EXPECT_EQ(classes, (QStringList{QStringLiteral("ef"), QStringLiteral("af41"), QStringLiteral("af31"),
                                    QStringLiteral("af21"), QStringLiteral("be"), QStringLiteral("cs1")}));
    EXPECT_EQ(d.qos[0].totalPercent(), 100);
    EXPECT_EQ(QosModel::of(QosModelKind::SixClass).find(QStringLiteral("cs1"))->dscp, QList<int>{8});
    EXPECT_EQ(QosModel::of(QosModelKind::SixClass).find(QStringLiteral("ef"))->dscp, (QList<int>{46, 40}));
}

TEST(DesignEngine, HubsAcceptThePrefixesOfTheirSpokes)
{
    // One hub and three spokes of four LANs each: the hub's CE sends the spokes' routes back.
    QList<Site> sites{designSite(QStringLiteral("H"), 1)};
    QList<VpnMember> members{{QStringLiteral("H"), SiteRole::Hub}};
    for (int n = 2; n <= 4; ++n) {
        Site s = designSite(QStringLiteral("S%1").arg(n), n);
        s.lanPrefixes = {QStringLiteral("10.%1.0.0/24").arg(n), QStringLiteral("10.%1.1.0/24").arg(n),
                         QStringLiteral("10.%1.2.0/24").arg(n), QStringLiteral("10.%1.3.0/24").arg(n)};
        sites.append(s);
        members.append({s.siteId, SiteRole::Spoke});
    }
    const NetworkDesign d = designOf(designEngagement(sites, {designVpn(QStringLiteral("V"), VpnTopology::HubAndSpoke, members)}));
    for (const SiteAttachment &a : d.attachments)
        EXPECT_EQ(a.maxPrefix, a.siteId == QLatin1String("H") ? 26 : 20) << a.id().toStdString(); // 2 x 13 LANs; floor 20
    for (const VrfInstance &v : d.vrfs)
        EXPECT_EQ(v.maxRoutes, 100) << v.id().toStdString(); // 2 x (13 LANs + 4 links + 2 loopbacks), at least 100
}

TEST(DesignEngine, OffNetSitesAreHandedOverAtTheNearestPop)
{
    Engagement e = designEngagement({designSite(QStringLiteral("P"), 1)},
                                    {designVpn(QStringLiteral("V"), VpnTopology::AnyToAny,
                                               {{QStringLiteral("P"), SiteRole::AnyToAny}})});
    e.sites[0].latitude = 52.4; // near Berlin (PoP B)
    e.sites[0].longitude = 16.9;
    QList<SiteServiceability> results = onNet(e);
    results[0].verdict = ServiceabilityVerdict::OffNet;
    results[0].primaryPe.clear();
    results[0].partner = QStringLiteral("Partner");
    const NetworkDesign d = designOf(e, {}, designSettings(), results);
    ASSERT_EQ(d.circuits.size(), 1);
    EXPECT_EQ(d.circuits[0].pe, QStringLiteral("b1"));
    EXPECT_TRUE(d.circuits[0].offNet);
}
