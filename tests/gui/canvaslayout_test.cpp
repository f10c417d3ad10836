// The canvas layouts, without widgets: geography keeps compass order and
// shape, rings put hubs in the middle, forces separate nodes repeatably.

#include "canvasgraph.h"
#include "engagementrules.h"
#include "forcelayout.h"
#include "geolayout.h"
#include "overlaprelief.h"
#include "radiallayout.h"
#include "syntheticengagement.h"

#include <QLineF>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using namespace vpnwb;

namespace {

Site site(const QString &id, double latitude, double longitude, SiteRole role = SiteRole::Spoke)
{
    Site s;
    s.siteId = id;
    s.name = id;
    s.countryCode = QStringLiteral("DE");
    s.latitude = latitude;
    s.longitude = longitude;
    s.role = role;
    s.bandwidthKbps = 100'000;
    s.customerAs = 65001;
    return s;
}

QPointF at(const CanvasGraph &g, const QList<QPointF> &positions, const QString &id)
{
    return positions.value(g.indexOf(id));
}

// Whether any two nodes' footprints overlap.
bool anyOverlap(const CanvasGraph &g, const QList<QPointF> &positions)
{
    for (int i = 0; i < g.nodes().size(); ++i) {
        const QRectF a = OverlapRelief::footprint(g.nodes()[i]).translated(positions[i]);
        for (int j = i + 1; j < g.nodes().size(); ++j) {
            if (a.intersects(OverlapRelief::footprint(g.nodes()[j]).translated(positions[j])))
                return true;
        }
    }
    return false;
}

Engagement hubAndSpoke(int spokes, int hubs = 1)
{
    Engagement e;
    VpnService v{QStringLiteral("CORP"), QStringLiteral("Corporate"), VpnTopology::HubAndSpoke, {}};
    for (int h = 0; h < hubs; ++h) {
        e.sites.append(site(QStringLiteral("HUB%1").arg(h), 50.0 + h, 8.0, SiteRole::Hub));
        v.members.append({e.sites.last().siteId, SiteRole::Hub});
    }
    for (int i = 0; i < spokes; ++i) {
        const double angle = 2.0 * std::numbers::pi * i / spokes;
        e.sites.append(site(QStringLiteral("S%1").arg(i), 50.0 + 3.0 * std::sin(angle), 8.0 + 5.0 * std::cos(angle)));
        v.members.append({e.sites.last().siteId, SiteRole::Spoke});
    }
    e.vpns.append(v);
    return e;
}

} // namespace

TEST(GeoLayoutTest, KeepsCompassOrder)
{
    Engagement e;
    e.sites = {site(QStringLiteral("OSLO"), 59.91, 10.75), site(QStringLiteral("ROME"), 41.90, 12.50),
               site(QStringLiteral("LISBON"), 38.72, -9.14), site(QStringLiteral("WARSAW"), 52.23, 21.01)};
    const CanvasGraph g = CanvasGraph::build(e, {}, {});
    const QList<QPointF> p = GeoLayout().place(g);
    // North is up (smaller y), east is right.
    EXPECT_LT(at(g, p, QStringLiteral("OSLO")).y(), at(g, p, QStringLiteral("ROME")).y());
    EXPECT_LT(at(g, p, QStringLiteral("LISBON")).x(), at(g, p, QStringLiteral("ROME")).x());
    EXPECT_LT(at(g, p, QStringLiteral("ROME")).x(), at(g, p, QStringLiteral("WARSAW")).x());
    EXPECT_LT(at(g, p, QStringLiteral("WARSAW")).y(), at(g, p, QStringLiteral("LISBON")).y());
}

TEST(GeoLayoutTest, KeepsTheShapeOfASquareOnTheGround)
{
    // Four sites at the corners of a square of about 220 km around 50° N.
    const double dLon = 2.0 / std::cos(50.0 * std::numbers::pi / 180.0);
    Engagement e;
    e.sites = {site(QStringLiteral("NW"), 51.0, 8.0), site(QStringLiteral("NE"), 51.0, 8.0 + dLon),
               site(QStringLiteral("SW"), 49.0, 8.0), site(QStringLiteral("SE"), 49.0, 8.0 + dLon)};
    const CanvasGraph g = CanvasGraph::build(e, {}, {});
    const QList<QPointF> p = GeoLayout().place(g);
    const double width = at(g, p, QStringLiteral("NE")).x() - at(g, p, QStringLiteral("NW")).x();
    const double height = at(g, p, QStringLiteral("SW")).y() - at(g, p, QStringLiteral("NW")).y();
    ASSERT_GT(width, 100.0);
    EXPECT_NEAR(width / height, 1.0, 0.03);
    EXPECT_FALSE(anyOverlap(g, p));
}

TEST(GeoLayoutTest, SitesWithoutCoordinatesWaitBelowTheMap)
{
    Engagement e;
    e.sites = {site(QStringLiteral("A"), 52.5, 13.4), site(QStringLiteral("B"), 48.1, 11.6),
               site(QStringLiteral("NOWHERE1"), 0.0, 0.0), site(QStringLiteral("NOWHERE2"), 0.0, 0.0)};
    const CanvasGraph g = CanvasGraph::build(e, {}, {});
    const QList<QPointF> p = GeoLayout().place(g);
    const double mapBottom = std::max(at(g, p, QStringLiteral("A")).y(), at(g, p, QStringLiteral("B")).y());
    EXPECT_GT(at(g, p, QStringLiteral("NOWHERE1")).y(), mapBottom);
    EXPECT_GT(at(g, p, QStringLiteral("NOWHERE2")).y(), mapBottom);
    EXPECT_NE(at(g, p, QStringLiteral("NOWHERE1")), at(g, p, QStringLiteral("NOWHERE2")));
}

TEST(GeoLayoutTest, SitesAtOnePlaceEndUpSideBySide)
{
    Engagement e;
    for (int i = 0; i < 12; ++i)
        e.sites.append(site(QStringLiteral("SAME%1").arg(i), 50.11, 8.68));
    e.sites.append(site(QStringLiteral("FAR"), 40.4, -3.7));
    const CanvasGraph g = CanvasGraph::build(e, {}, {});
    EXPECT_FALSE(anyOverlap(g, GeoLayout().place(g)));
}

TEST(RadialLayoutTest, PutsTheHubInTheMiddleAndSpokesOnTheOutside)
{
    const CanvasGraph g = CanvasGraph::build(hubAndSpoke(40), {}, {});
    const QList<QPointF> p = RadialLayout().place(g);
    EXPECT_EQ(at(g, p, QStringLiteral("HUB0")), QPointF(0, 0));
    for (int i = 0; i < 40; ++i)
        EXPECT_GE(QLineF(QPointF(), at(g, p, QStringLiteral("S%1").arg(i))).length(), 150.0);
}

TEST(RadialLayoutTest, SeveralHubsShareTheCentreAndThousandsOfSpokesKeepApart)
{
    const CanvasGraph g = CanvasGraph::build(hubAndSpoke(3000, 3), {}, {});
    const QList<QPointF> p = RadialLayout().place(g);
    double nearestSpoke = 1e9;
    double farthestHub = 0.0;
    for (int i = 0; i < g.nodes().size(); ++i) {
        const double r = QLineF(QPointF(), p[i]).length();
        if (g.isHub(i))
            farthestHub = std::max(farthestHub, r);
        else
            nearestSpoke = std::min(nearestSpoke, r);
    }
    EXPECT_LT(farthestHub, nearestSpoke / 2.0);
    // Neighbours along the rings keep a gap (checked on a sample, all pairs would be slow).
    for (int i = 3; i < 600; ++i) {
        for (int j = i + 1; j < 600; ++j)
            ASSERT_GT(QLineF(p[i], p[j]).length(), 8.0) << i << " " << j;
    }
}

TEST(ForceLayoutTest, SeparatesNodesAndIsRepeatableWithASeed)
{
    Engagement e;
    VpnService v{QStringLiteral("MESH"), QStringLiteral("Mesh"), VpnTopology::AnyToAny, {}};
    for (int i = 0; i < 60; ++i) {
        e.sites.append(site(QStringLiteral("N%1").arg(i), 0.0, 0.0, SiteRole::AnyToAny));
        v.members.append({e.sites.last().siteId, SiteRole::AnyToAny});
    }
    e.vpns.append(v);
    const CanvasGraph g = CanvasGraph::build(e, {}, {});
    const QList<QPointF> first = ForceLayout(7).place(g);
    EXPECT_FALSE(anyOverlap(g, first));
    EXPECT_EQ(ForceLayout(7).place(g), first);
    EXPECT_NE(ForceLayout(8).place(g), first);
    // Linked to their cloud, the members gather around it.
    const QPointF cloud = at(g, first, QStringLiteral("vpn:MESH"));
    for (int i = 0; i < 60; ++i)
        EXPECT_LT(QLineF(cloud, first[i]).length(), 1500.0);
}

TEST(ForceLayoutTest, StaysBoundedForTenThousandSites)
{
    const CanvasGraph g = CanvasGraph::build(SyntheticEngagement::generate(10'000, 3), {}, {});
    const QList<QPointF> p = ForceLayout(1, 40).place(g);
    ASSERT_EQ(p.size(), g.nodes().size());
    for (const QPointF &q : p)
        ASSERT_TRUE(std::isfinite(q.x()) && std::isfinite(q.y()));
}

TEST(SyntheticEngagementTest, IsValidAndRepeatable)
{
    const Engagement e = SyntheticEngagement::generate(500, 9);
    EXPECT_EQ(e.sites.size(), 500);
    EXPECT_TRUE(EngagementRules::check(e).isEmpty()) << EngagementRules::check(e).first().toString().toStdString();
    EXPECT_EQ(e, SyntheticEngagement::generate(500, 9));
    EXPECT_NE(e, SyntheticEngagement::generate(500, 10));
}
