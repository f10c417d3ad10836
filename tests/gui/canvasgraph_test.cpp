// What the canvas draws: spokes to hubs, clouds for any-to-any VPNs (never
// a line between every two members), access links styled by the
// serviceability results, and which PEs appear.

#include "canvasgraph.h"
#include "popcatalog.h"
#include "serviceabilityengine.h"

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

Site site(const QString &id, const QString &country, double latitude, double longitude)
{
    Site s;
    s.siteId = id;
    s.name = id;
    s.countryCode = country;
    s.latitude = latitude;
    s.longitude = longitude;
    s.bandwidthKbps = 100'000;
    s.customerAs = 65001;
    return s;
}

int count(const CanvasGraph &g, CanvasLink::Kind kind)
{
    return int(std::count_if(g.links().cbegin(), g.links().cend(), [kind](const CanvasLink &l) { return l.kind == kind; }));
}

Engagement sitesInFrankfurt(int n)
{
    Engagement e;
    for (int i = 0; i < n; ++i)
        e.sites.append(site(QStringLiteral("F%1").arg(i), QStringLiteral("DE"), 50.10 + 0.001 * i, 8.68));
    return e;
}

} // namespace

TEST(CanvasGraphTest, HubAndSpokeDrawsOneLinkPerSpokeToTheHub)
{
    Engagement e = sitesInFrankfurt(10);
    VpnService v{QStringLiteral("CORP"), {}, VpnTopology::HubAndSpoke, {}};
    v.members.append({QStringLiteral("F0"), SiteRole::Hub});
    for (int i = 1; i < 10; ++i)
        v.members.append({QStringLiteral("F%1").arg(i), SiteRole::Spoke});
    e.vpns.append(v);
    const CanvasGraph g = CanvasGraph::build(e, {}, {});
    ASSERT_EQ(count(g, CanvasLink::Kind::Spoke), 9); // n - 1
    for (const CanvasLink &l : g.links())
        EXPECT_EQ(l.to, g.indexOf(QStringLiteral("F0")));
    EXPECT_TRUE(g.isHub(g.indexOf(QStringLiteral("F0"))));
    EXPECT_FALSE(g.isHub(g.indexOf(QStringLiteral("F1"))));
}

TEST(CanvasGraphTest, LinksThatTwoVpnsShareAreDrawnOnce)
{
    Engagement e = sitesInFrankfurt(5);
    for (const QString &id : {QStringLiteral("CORP"), QStringLiteral("PCI")}) {
        VpnService v{id, {}, VpnTopology::HubAndSpoke, {}};
        v.members.append({QStringLiteral("F0"), SiteRole::Hub});
        for (int i = 1; i < 5; ++i)
            v.members.append({QStringLiteral("F%1").arg(i), SiteRole::Spoke});
        e.vpns.append(v);
    }
    const CanvasGraph g = CanvasGraph::build(e, {}, {});
    ASSERT_EQ(count(g, CanvasLink::Kind::Spoke), 4);
    EXPECT_EQ(g.links().first().vpnIds, (QStringList{QStringLiteral("CORP"), QStringLiteral("PCI")}));
}

TEST(CanvasGraphTest, AnyToAnyIsOneCloudNotAFullMesh)
{
    const int n = 50;
    Engagement e = sitesInFrankfurt(n);
    VpnService v{QStringLiteral("MESH"), QStringLiteral("Mesh"), VpnTopology::AnyToAny, {}};
    for (int i = 0; i < n; ++i)
        v.members.append({QStringLiteral("F%1").arg(i), SiteRole::AnyToAny});
    e.vpns.append(v);

    const CanvasGraph plain = CanvasGraph::build(e, {}, {});
    EXPECT_EQ(plain.links().size(), n); // one per member, not n (n - 1) / 2 = 1225
    const int cloud = plain.indexOf(QStringLiteral("vpn:MESH"));
    ASSERT_GE(cloud, 0);
    EXPECT_EQ(plain.nodes()[cloud].kind, CanvasNode::Kind::Cloud);

    // Served from PEs, the cloud links the PEs, and the sites reach them by their access.
    const PopCatalog catalog = *PopCatalog::builtIn();
    const CanvasGraph homed = CanvasGraph::build(e, ServiceabilityEngine(catalog).evaluate(e), catalog);
    EXPECT_EQ(count(homed, CanvasLink::Kind::Access), n);
    EXPECT_LE(count(homed, CanvasLink::Kind::Cloud), 2);
    EXPECT_GE(count(homed, CanvasLink::Kind::Cloud), 1);
}

TEST(CanvasGraphTest, AccessLinksFollowTheServiceabilityResults)
{
    Engagement e;
    Site dual = site(QStringLiteral("DC"), QStringLiteral("DE"), 50.1183, 8.7353);
    dual.resiliency = Resiliency::DualHomed;
    dual.bandwidthKbps = 1'000'000;
    e.sites = {dual, site(QStringLiteral("POZ"), QStringLiteral("PL"), 52.4064, 16.9252),
               site(QStringLiteral("REK"), QStringLiteral("IS"), 64.1466, -21.9426)};
    const PopCatalog catalog = *PopCatalog::builtIn();
    const QList<SiteServiceability> results = ServiceabilityEngine(catalog).evaluate(e);
    ASSERT_EQ(results[0].verdict, ServiceabilityVerdict::OnNet);
    ASSERT_EQ(results[1].verdict, ServiceabilityVerdict::OffNet);
    ASSERT_EQ(results[2].verdict, ServiceabilityVerdict::Unserviceable);
    const CanvasGraph g = CanvasGraph::build(e, results, catalog);

    QList<CanvasLink> ofDc, ofPoz, ofRek;
    for (const CanvasLink &l : g.links()) {
        if (l.from == g.indexOf(QStringLiteral("DC")))
            ofDc.append(l);
        else if (l.from == g.indexOf(QStringLiteral("POZ")))
            ofPoz.append(l);
        else if (l.from == g.indexOf(QStringLiteral("REK")))
            ofRek.append(l);
    }
    ASSERT_EQ(ofDc.size(), 2); // dual-homed: to both PEs, drawn doubled
    EXPECT_TRUE(ofDc[0].dualHomed && ofDc[1].dualHomed);
    EXPECT_FALSE(ofDc[0].secondary);
    EXPECT_TRUE(ofDc[1].secondary);
    EXPECT_EQ(g.nodes()[ofDc[0].to].itemId, CanvasNode::peItemId(results[0].primaryPe));
    EXPECT_EQ(g.nodes()[ofDc[1].to].itemId, CanvasNode::peItemId(results[0].secondaryPe));
    EXPECT_EQ(ofDc[0].bandwidthKbps, 1'000'000);
    ASSERT_EQ(ofPoz.size(), 1); // partner access: dashed, to the nearest PoP
    EXPECT_TRUE(ofPoz[0].partner);
    EXPECT_EQ(g.nodes()[ofPoz[0].to].popId, QStringLiteral("BER1"));
    EXPECT_TRUE(ofRek.isEmpty());
    EXPECT_EQ(g.nodes()[g.indexOf(QStringLiteral("REK"))].verdict, ServiceabilityVerdict::Unserviceable);
}

TEST(CanvasGraphTest, ShowsThePopsInUseAndThoseInTheSitesCountries)
{
    Engagement e;
    e.sites = {site(QStringLiteral("VIE"), QStringLiteral("AT"), 48.2082, 16.3738)};
    const PopCatalog catalog = *PopCatalog::builtIn();
    const CanvasGraph unchecked = CanvasGraph::build(e, {}, catalog);
    QStringList pes;
    for (const CanvasNode &n : unchecked.nodes()) {
        if (n.kind == CanvasNode::Kind::Pe)
            pes.append(n.label);
    }
    EXPECT_EQ(pes, QStringList{QStringLiteral("vie1-pe1")}); // the only PoP in Austria
    EXPECT_FALSE(unchecked.nodes()[unchecked.indexOf(QStringLiteral("pe:vie1-pe1"))].inUse);

    const CanvasGraph checked = CanvasGraph::build(e, ServiceabilityEngine(catalog).evaluate(e), catalog);
    EXPECT_TRUE(checked.nodes()[checked.indexOf(QStringLiteral("pe:vie1-pe1"))].inUse);
}

TEST(CanvasGraphTest, MarksSitesThatChangedAfterTheirCheck)
{
    Engagement e = sitesInFrankfurt(1);
    const PopCatalog catalog = *PopCatalog::builtIn();
    const QList<SiteServiceability> results = ServiceabilityEngine(catalog).evaluate(e);
    e.sites[0].bandwidthKbps = 200'000;
    const CanvasGraph g = CanvasGraph::build(e, results, catalog);
    EXPECT_TRUE(g.nodes()[0].stale);
}
