#include "designengine.h"
#include "designfixture.h"
#include "resourceallocator.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace vpnwb;
using namespace vpnwb::test;

namespace {

Engagement twoSites(std::int64_t id)
{
    Engagement e = designEngagement({designSite(QStringLiteral("A"), 1, Resiliency::DualHomed), designSite(QStringLiteral("B"), 2)},
                                    {designVpn(QStringLiteral("V"), VpnTopology::HubAndSpoke,
                                               {{QStringLiteral("A"), SiteRole::Hub}, {QStringLiteral("B"), SiteRole::Spoke}})});
    e.id = id;
    return e;
}

struct Planner
{
    ProviderSettings settings = designSettings();
    DesignEngine engine{designCatalog(), settings};

    AllocationPlan plan(const Engagement &e, const QList<ResourceAllocation> &mine,
                        const QList<ResourceAllocation> &others = {}) const
    {
        const DesignDemand demand = engine.decompose(e, onNet(e));
        return ResourceAllocator(settings, engine.inventory()).plan(e.id, demand.requests, mine, others);
    }
};

QSet<QString> valuesOf(const QList<ResourceAllocation> &list)
{
    QSet<QString> out;
    for (const ResourceAllocation &a : list)
        out.insert(toString(a.kind) + QLatin1Char(' ') + a.scope + QLatin1Char(' ') + a.value);
    return out;
}

} // namespace

TEST(ResourceAllocator, AllocatesEveryRequestOnceFromThePools)
{
    const Planner p;
    const AllocationPlan plan = p.plan(twoSites(1), {});
    EXPECT_TRUE(plan.shortages.isEmpty());
    EXPECT_TRUE(plan.released.isEmpty());
    EXPECT_EQ(plan.added, plan.held);
    // 2 RTs, SoO, 2 CPEs, 3 ports, 3 VLANs, 3 links, 3 VRFs x (RD + loopback).
    EXPECT_EQ(plan.added.size(), 2 + 1 + 2 + 3 + 3 + 3 + 3 * 2);
    EXPECT_EQ(valuesOf(plan.added).size(), plan.added.size());
}

TEST(ResourceAllocator, RunningAgainWithNothingChangedIsANoOp)
{
    const Planner p;
    const AllocationPlan first = p.plan(twoSites(1), {});
    const AllocationPlan again = p.plan(twoSites(1), first.held);
    EXPECT_TRUE(again.isNoOp());
    EXPECT_EQ(valuesOf(again.held), valuesOf(first.held));
}

TEST(ResourceAllocator, ARemovedSiteReleasesItsResources)
{
    const Planner p;
    const AllocationPlan first = p.plan(twoSites(1), {});
    Engagement without = twoSites(1);
    without.sites.removeLast();
    without.vpns[0].members.removeLast();
    const AllocationPlan after = p.plan(without, first.held);
    EXPECT_TRUE(after.added.isEmpty());
    QStringList released;
    for (const ResourceAllocation &a : after.released)
        released << a.object + QLatin1Char(' ') + a.field;
    released.sort();
    EXPECT_EQ(released, (QStringList{QStringLiteral("access:B/primary port"), QStringLiteral("attachment:B/V/primary link"),
                                     QStringLiteral("attachment:B/V/primary vlan"), QStringLiteral("site:B cpe-address"),
                                     QStringLiteral("vrf:a1/E1-V-SPOKE loopback"), QStringLiteral("vrf:a1/E1-V-SPOKE rd")}));
}

TEST(ResourceAllocator, TwoEngagementsNeverShareAValue)
{
    const Planner p;
    const AllocationPlan first = p.plan(twoSites(1), {});
    const AllocationPlan second = p.plan(twoSites(2), {}, first.held);
    EXPECT_TRUE(second.shortages.isEmpty());
    EXPECT_TRUE((valuesOf(first.held) & valuesOf(second.held)).isEmpty());
}

TEST(ResourceAllocator, ASiteMovedToAnotherPeGetsANewPortAndVlanButKeepsItsLink)
{
    const Planner p;
    const Engagement e = twoSites(1);
    const AllocationPlan first = p.plan(e, {});
    const DesignDemand moved = p.engine.decompose(e, onNet(e, {{QStringLiteral("B"), QStringLiteral("b1")}}));
    const AllocationPlan after = ResourceAllocator(p.settings, p.engine.inventory()).plan(1, moved.requests, first.held, {});
    QStringList changed;
    for (const ResourceAllocation &a : after.added)
        changed << a.object + QLatin1Char(' ') + a.field + QLatin1Char(' ') + a.scope;
    changed.sort();
    EXPECT_EQ(changed, (QStringList{QStringLiteral("access:B/primary port b1"), QStringLiteral("attachment:B/V/primary vlan b1 ens2f0"),
                                    QStringLiteral("vrf:b1/E1-V-SPOKE loopback "), QStringLiteral("vrf:b1/E1-V-SPOKE rd ")}));
}

TEST(ResourceAllocator, APoolTooSmallIsAShortageAndTheRestIsNotGiven)
{
    Planner p;
    ASSERT_TRUE(p.settings.set(QStringLiteral("rt-range"), QStringLiteral("10-10")).ok()); // one RT, two needed
    const AllocationPlan plan = p.plan(twoSites(1), {});
    ASSERT_EQ(plan.shortages.size(), 1);
    EXPECT_EQ(plan.shortages[0].pool, QStringLiteral("RT numbers 10-10"));
    EXPECT_EQ(plan.shortages[0].objectId, QStringLiteral("vpn:V"));
    EXPECT_EQ(plan.shortages[0].size, 1);
}

TEST(ResourceAllocator, PortsRunOutPerPe)
{
    Planner p;
    QList<Site> sites;
    QList<VpnMember> members;
    for (int n = 1; n <= 7; ++n) { // a1 has 6 ports
        sites.append(designSite(QStringLiteral("S%1").arg(n), n));
        members.append({sites.last().siteId, SiteRole::AnyToAny});
    }
    const AllocationPlan plan = p.plan(designEngagement(sites, {designVpn(QStringLiteral("V"), VpnTopology::AnyToAny, members)}), {});
    ASSERT_EQ(plan.shortages.size(), 1);
    EXPECT_EQ(plan.shortages[0].pool, QStringLiteral("ports of 100 Mb/s or faster on a1"));
    EXPECT_EQ(plan.shortages[0].objectId, QStringLiteral("access:S7/primary"));
}

TEST(ResourceAllocator, ImportedResourcesAreNeverReleased)
{
    const Planner p;
    ResourceAllocation imported{1, QStringLiteral("vrf:x/BROWN"), QStringLiteral("rd"), ResourceKind::Rd, {},
                                QStringLiteral("0:64500:900"), 900, AllocationOrigin::Import};
    const AllocationPlan plan = p.plan(twoSites(1), {imported});
    EXPECT_TRUE(plan.released.isEmpty());
    EXPECT_TRUE(plan.held.contains(imported));
}

TEST(ResourceAllocator, ValuesOfABrownfieldEngagementAreNotGivenAgain)
{
    // An L3NM file holds RD and RT values without their place in the pool;
    // another engagement designed afterwards must not be given the same ones.
    const Planner p;
    const QList<ResourceAllocation> brownfield{
        {1, QStringLiteral("vrf:a1/BROWN"), QStringLiteral("rd"), ResourceKind::Rd, {}, QStringLiteral("0:64500:1"), {},
         AllocationOrigin::Import},
        {1, QStringLiteral("vpn:BROWN"), QStringLiteral("rt:0:64500:1"), ResourceKind::Rt, {}, QStringLiteral("0:64500:1"),
         {}, AllocationOrigin::Import},
        {1, QStringLiteral("vpn:BROWN"), QStringLiteral("rt:0:64500:2"), ResourceKind::Rt, {}, QStringLiteral("0:64500:2"),
         {}, AllocationOrigin::Import},
        // Another provider's AS: its number does not take ours.
        {1, QStringLiteral("vpn:BROWN"), QStringLiteral("rt:0:65000:3"), ResourceKind::Rt, {}, QStringLiteral("0:65000:3"),
         {}, AllocationOrigin::Import}};
    const AllocationPlan plan = p.plan(twoSites(2), {}, brownfield);
    ASSERT_TRUE(plan.shortages.isEmpty());
    QStringList rds;
    QStringList rts;
    for (const ResourceAllocation &a : plan.added) {
        if (a.kind == ResourceKind::Rd)
            rds << a.value;
        if (a.kind == ResourceKind::Rt)
            rts << a.value;
    }
    EXPECT_FALSE(rds.contains(QStringLiteral("0:64500:1")));
    EXPECT_EQ(rds.first(), QStringLiteral("0:64500:2"));
    rts.sort();
    EXPECT_EQ(rts, (QStringList{QStringLiteral("0:64500:3"), QStringLiteral("0:64500:4")}));
}
