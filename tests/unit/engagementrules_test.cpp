#include "demoengagement.h"
#include "engagementrules.h"

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

Engagement demo()
{
    auto e = DemoEngagement::load();
    EXPECT_TRUE(e.ok()) << (e.ok() ? "" : e.error().message.toStdString());
    return e.ok() ? *e : Engagement{};
}

QStringList fields(const FieldIssues &issues)
{
    QStringList out;
    for (const FieldIssue &i : issues)
        out << i.field;
    return out;
}

} // namespace

TEST(EngagementRules, DemoEngagementKeepsEveryRule)
{
    const Engagement e = demo();
    EXPECT_GE(e.sites.size(), 12);
    EXPECT_EQ(e.vpns.size(), 2);
    EXPECT_TRUE(EngagementRules::check(e).isEmpty());
}

TEST(EngagementRules, DemoHasTwoHubsAndADualHomedSite)
{
    const Engagement e = demo();
    int hubs = 0, dual = 0;
    std::int64_t minBw = INT64_MAX, maxBw = 0;
    for (const Site &s : e.sites) {
        hubs += s.role == SiteRole::Hub;
        dual += s.resiliency == Resiliency::DualHomed;
        minBw = std::min(minBw, s.bandwidthKbps);
        maxBw = std::max(maxBw, s.bandwidthKbps);
    }
    EXPECT_EQ(hubs, 2);
    EXPECT_GE(dual, 1);
    EXPECT_LE(minBw, 50'000);
    EXPECT_EQ(maxBw, 1'000'000);
    ASSERT_NE(e.findVpn(QStringLiteral("CORP")), nullptr);
    ASSERT_NE(e.findVpn(QStringLiteral("PCI")), nullptr);
}

TEST(EngagementRules, DuplicateSiteIdIsNamed)
{
    Engagement e = demo();
    e.sites[3].siteId = e.sites[2].siteId;
    EXPECT_TRUE(fields(EngagementRules::check(e))
                    .contains(QStringLiteral("sites[%1].siteId").arg(e.sites[2].siteId)));
}

TEST(EngagementRules, BadCoordinatesAreNamed)
{
    Engagement e = demo();
    e.sites[0].latitude = 91.0;
    e.sites[1].longitude = -181.0;
    const QStringList f = fields(EngagementRules::check(e));
    EXPECT_TRUE(f.contains(QStringLiteral("sites[%1].latitude").arg(e.sites[0].siteId)));
    EXPECT_TRUE(f.contains(QStringLiteral("sites[%1].longitude").arg(e.sites[1].siteId)));
}

TEST(EngagementRules, ZeroBandwidthAndMissingAsAreRefused)
{
    Engagement e = demo();
    e.sites[0].bandwidthKbps = 0;
    e.sites[0].routing = CeRouting::Bgp;
    e.sites[0].customerAs = 0;
    const QStringList f = fields(EngagementRules::check(e));
    EXPECT_TRUE(f.contains(QStringLiteral("sites[%1].bandwidthKbps").arg(e.sites[0].siteId)));
    EXPECT_TRUE(f.contains(QStringLiteral("sites[%1].customerAs").arg(e.sites[0].siteId)));
}

TEST(EngagementRules, VpnMemberMustBeASite)
{
    Engagement e = demo();
    e.vpns[0].members.append({QStringLiteral("NOWHERE"), SiteRole::Spoke});
    const FieldIssues issues = EngagementRules::check(e);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].toString(),
              QStringLiteral("vpns[CORP].members[NOWHERE]: site 'NOWHERE' does not exist"));
}

TEST(EngagementRules, LanPrefixWithHostBitsIsNamed)
{
    Engagement e = demo();
    e.sites[0].lanPrefixes = {QStringLiteral("10.1.1.1/24")};
    const FieldIssues issues = EngagementRules::check(e);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].field, QStringLiteral("sites[%1].lanPrefixes[0]").arg(e.sites[0].siteId));
}

TEST(Engagement, StepStatusIsKeptPerStep)
{
    Engagement e;
    e.normalizeSteps();
    ASSERT_EQ(e.steps.size(), 10);
    e.setStepStatus(
        {4, StepState::Blocked, QDateTime::currentDateTimeUtc(), QStringLiteral("waiting for IPAM")});
    EXPECT_EQ(e.stepStatus(4).state, StepState::Blocked);
    EXPECT_EQ(e.stepStatus(4).note, QStringLiteral("waiting for IPAM"));
    EXPECT_EQ(e.stepStatus(5).state, StepState::NotStarted);
    EXPECT_EQ(e.steps.size(), 10);
}
