// Each rule of the design validator with a small engagement that triggers it
// and one that does not. Rules that the engine itself never breaks are
// triggered the way an override or a brownfield L3NM file would break them.
#include "designfixture.h"
#include "designvalidator.h"

#include <gtest/gtest.h>

using namespace vpnwb;
using namespace vpnwb::test;

namespace {

const VpnMember hub(const char *site)
{
    return {QLatin1String(site), SiteRole::Hub};
}
const VpnMember spoke(const char *site)
{
    return {QLatin1String(site), SiteRole::Spoke};
}

// Two hubs and two spokes in one hub-and-spoke VPN; hub H1 dual-homed.
Engagement hubAndSpoke()
{
    return designEngagement({designSite(QStringLiteral("H1"), 1, Resiliency::DualHomed), designSite(QStringLiteral("H2"), 2),
                             designSite(QStringLiteral("S1"), 3), designSite(QStringLiteral("S2"), 4)},
                            {designVpn(QStringLiteral("CORP"), VpnTopology::HubAndSpoke,
                                       {hub("H1"), hub("H2"), spoke("S1"), spoke("S2")})});
}

QList<DesignFinding> findingsOf(const NetworkDesign &d, const char *rule)
{
    QList<DesignFinding> out;
    for (const DesignFinding &f : DesignValidator::validate(d)) {
        if (f.rule == QLatin1String(rule))
            out.append(f);
    }
    return out;
}

DesignChoices choice(const char *object, const char *field, const char *value)
{
    DesignChoices c;
    c.values.insert({QLatin1String(object), QLatin1String(field)}, QLatin1String(value));
    return c;
}

VrfInstance *vrfNamed(NetworkDesign &d, const char *pe, const char *suffix)
{
    for (VrfInstance &v : d.vrfs) {
        if (v.pe == QLatin1String(pe) && v.name.endsWith(QLatin1String(suffix)))
            return &v;
    }
    return nullptr;
}

SiteAttachment *attachment(NetworkDesign &d, const char *id)
{
    for (SiteAttachment &a : d.attachments) {
        if (a.id() == QLatin1String(id))
            return &a;
    }
    return nullptr;
}

} // namespace

TEST(DesignValidator, RulesHaveNamesAndEachIsListedOnce)
{
    QStringList names;
    for (const DesignRule &r : DesignValidator::rules())
        names << QLatin1String(r.name);
    EXPECT_EQ(names.size(), 13);
    EXPECT_EQ(names.removeDuplicates(), 0);
    EXPECT_TRUE(DesignValidator::findRule(QStringLiteral("lan-overlap")));
}

TEST(DesignValidator, ACleanDesignHasNoFinding)
{
    const NetworkDesign d = designOf(hubAndSpoke());
    EXPECT_TRUE(d.missingValues().isEmpty()) << d.missingValues().join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(DesignValidator::validate(d), QList<DesignFinding>{});
}

TEST(DesignValidator, SiteNotChecked)
{
    const Engagement e = hubAndSpoke();
    QList<SiteServiceability> results = onNet(e);
    EXPECT_TRUE(findingsOf(designOf(e, {}, designSettings(), results), "site-not-checked").isEmpty());
    results.removeLast();
    const auto f = findingsOf(designOf(e, {}, designSettings(), results), "site-not-checked");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].objectId, QStringLiteral("site:S2"));
    EXPECT_TRUE(f[0].isBlocking());
    EXPECT_EQ(f[0].hint, QStringLiteral("run 'vpnwb serviceability 7', then design again"));
}

TEST(DesignValidator, SiteExcluded)
{
    const Engagement e = hubAndSpoke();
    QList<SiteServiceability> results = onNet(e);
    EXPECT_TRUE(findingsOf(designOf(e, {}, designSettings(), results), "site-excluded").isEmpty());
    results[3].verdict = ServiceabilityVerdict::Unserviceable;
    results[3].primaryPe.clear();
    results[3].reason = QStringLiteral("no PoP sells lte access");
    const NetworkDesign d = designOf(e, {}, designSettings(), results);
    const auto f = findingsOf(d, "site-excluded");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].objectId, QStringLiteral("site:S2"));
    EXPECT_EQ(f[0].severity, FindingSeverity::Warning);
    EXPECT_TRUE(f[0].message.contains(QLatin1String("no PoP sells lte access")));
    EXPECT_FALSE(d.findCircuit(QStringLiteral("access:S2/primary")));
}

TEST(DesignValidator, PoolExhausted)
{
    ProviderSettings small = designSettings();
    ASSERT_TRUE(small.set(QStringLiteral("link-pool"), QStringLiteral("100.64.0.0/29")).ok());
    const Engagement e = designEngagement({designSite(QStringLiteral("A"), 1), designSite(QStringLiteral("B"), 2)},
                                          {designVpn(QStringLiteral("V"), VpnTopology::AnyToAny,
                                                     {{QStringLiteral("A"), SiteRole::AnyToAny},
                                                      {QStringLiteral("B"), SiteRole::AnyToAny}})});
    EXPECT_TRUE(findingsOf(designOf(e, {}, small), "pool-exhausted").isEmpty()); // two /30 fit a /29

    Engagement three = e;
    three.sites.append(designSite(QStringLiteral("C"), 3));
    three.vpns[0].members.append({QStringLiteral("C"), SiteRole::AnyToAny});
    const NetworkDesign d = designOf(three, {}, small);
    const auto f = findingsOf(d, "pool-exhausted");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].objectId, QStringLiteral("attachment:C/V/primary"));
    EXPECT_TRUE(f[0].message.startsWith(QLatin1String("the link pool 100.64.0.0/29 (/30 links) has no free value left (2 in all)")))
        << f[0].message.toStdString();
    // No partial allocation: nothing is held, not even what would have fitted.
    EXPECT_FALSE(d.attachments[0].link.has_value());
}

TEST(DesignValidator, LanOverlapInsideAVpn)
{
    Engagement e = designEngagement({designSite(QStringLiteral("A"), 1), designSite(QStringLiteral("B"), 2)},
                                    {designVpn(QStringLiteral("V"), VpnTopology::AnyToAny, {{QStringLiteral("A"), SiteRole::AnyToAny}}),
                                     designVpn(QStringLiteral("W"), VpnTopology::AnyToAny, {{QStringLiteral("B"), SiteRole::AnyToAny}})});
    e.sites[0].lanPrefixes = {QStringLiteral("10.1.0.0/16")};
    e.sites[1].lanPrefixes = {QStringLiteral("10.1.2.0/24")};
    // In two VPNs (two VRFs) the same addresses do not meet.
    EXPECT_TRUE(findingsOf(designOf(e), "lan-overlap").isEmpty());

    e.vpns[0].members.append({QStringLiteral("B"), SiteRole::AnyToAny});
    const auto f = findingsOf(designOf(e), "lan-overlap");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].objectId, QStringLiteral("site:B"));
    EXPECT_EQ(f[0].message, QStringLiteral("10.1.2.0/24 overlaps 10.1.0.0/16 of site:A in the routing of VPN V"));
}

TEST(DesignValidator, LanOverlapAcrossAnExtranet)
{
    // SVC shares services with CORP; DC is a member of both.
    Engagement e = designEngagement({designSite(QStringLiteral("DC"), 1), designSite(QStringLiteral("B1"), 2),
                                     designSite(QStringLiteral("X1"), 3)},
                                    {designVpn(QStringLiteral("SVC"), VpnTopology::AnyToAny,
                                               {{QStringLiteral("DC"), SiteRole::AnyToAny}, {QStringLiteral("X1"), SiteRole::AnyToAny}}),
                                     designVpn(QStringLiteral("CORP"), VpnTopology::HubAndSpoke, {hub("DC"), spoke("B1")})});
    e.vpns[0].extranetConsumers = {QStringLiteral("CORP")};
    // A site in both VPNs brings the same route twice: no overlap.
    EXPECT_TRUE(findingsOf(designOf(e), "lan-overlap").isEmpty());

    // A services site numbered inside a consumer's LAN: the consumer's VRFs would hold both.
    e.sites[2].lanPrefixes = {QStringLiteral("10.2.0.128/25")};
    const auto f = findingsOf(designOf(e), "lan-overlap");
    ASSERT_FALSE(f.isEmpty());
    EXPECT_EQ(f[0].objectId, QStringLiteral("site:X1"));
    EXPECT_TRUE(f[0].message.startsWith(QLatin1String("10.2.0.128/25 overlaps 10.2.0.0/24 of site:B1"))) << f[0].message.toStdString();
}

TEST(DesignValidator, LanOverlapWithALinkSubnet)
{
    Engagement e = designEngagement({designSite(QStringLiteral("A"), 1)},
                                    {designVpn(QStringLiteral("V"), VpnTopology::AnyToAny, {{QStringLiteral("A"), SiteRole::AnyToAny}})});
    e.sites[0].lanPrefixes = {QStringLiteral("100.64.0.0/24")}; // a customer using the provider's link space
    const auto f = findingsOf(designOf(e), "lan-overlap");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].objectId, QStringLiteral("attachment:A/V/primary"));
}

TEST(DesignValidator, RdReused)
{
    NetworkDesign d = designOf(hubAndSpoke());
    EXPECT_TRUE(findingsOf(d, "rd-reused").isEmpty());
    d.vrfs[1].rd = d.vrfs[0].rd;
    const auto f = findingsOf(d, "rd-reused");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].objectId, d.vrfs[1].id());
    EXPECT_TRUE(f[0].message.contains(d.vrfs[0].id()));
}

TEST(DesignValidator, RtTopologyASpokeThatImportsSpokes)
{
    NetworkDesign d = designOf(hubAndSpoke());
    EXPECT_TRUE(findingsOf(d, "rt-topology").isEmpty());
    VrfInstance *spokeVrf = vrfNamed(d, "a1", "-SPOKE");
    ASSERT_TRUE(spokeVrf);
    spokeVrf->importTargets.append(*d.vpns[0].spokeTarget);
    const auto f = findingsOf(d, "rt-topology");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].objectId, spokeVrf->id());
    EXPECT_TRUE(f[0].message.contains(QLatin1String("reaches other spokes without passing a hub")));
}

TEST(DesignValidator, RtTopologyAHubAndSpokeVpnWithoutHub)
{
    Engagement e = hubAndSpoke();
    for (VpnMember &m : e.vpns[0].members)
        m.role = SiteRole::Spoke;
    const auto f = findingsOf(designOf(e), "rt-topology");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].objectId, QStringLiteral("vpn:CORP"));
}

TEST(DesignValidator, SameCustomerAsWithoutAsOverride)
{
    Engagement e = hubAndSpoke();
    e.sites[3].customerAs = e.sites[2].customerAs; // S1 and S2 share AS 65003
    NetworkDesign d = designOf(e);
    EXPECT_TRUE(attachment(d, "attachment:S2/CORP/primary")->asOverride); // set automatically
    EXPECT_TRUE(findingsOf(d, "same-customer-as").isEmpty());

    d = designOf(e, choice("attachment:S2/CORP/primary", "as-override", "false"));
    const auto f = findingsOf(d, "same-customer-as");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].objectId, QStringLiteral("attachment:S2/CORP/primary"));
    EXPECT_TRUE(f[0].message.startsWith(QLatin1String("AS 65003 is also the AS of S1 in VPN CORP")));

    ProviderSettings allowAsIn = designSettings();
    ASSERT_TRUE(allowAsIn.set(QStringLiteral("same-as"), QStringLiteral("allowas-in")).ok());
    d = designOf(e, {}, allowAsIn);
    EXPECT_TRUE(attachment(d, "attachment:S2/CORP/primary")->allowAsIn);
    EXPECT_FALSE(attachment(d, "attachment:S2/CORP/primary")->asOverride);
    EXPECT_TRUE(findingsOf(d, "same-customer-as").isEmpty());
}

TEST(DesignValidator, DualHomedSiteWithoutSiteOfOrigin)
{
    NetworkDesign d = designOf(hubAndSpoke());
    const SiteAttachment *primary = attachment(d, "attachment:H1/CORP/primary");
    const SiteAttachment *secondary = attachment(d, "attachment:H1/CORP/secondary");
    ASSERT_TRUE(primary && secondary && primary->siteOfOrigin);
    EXPECT_EQ(primary->siteOfOrigin, secondary->siteOfOrigin);
    EXPECT_EQ(primary->localPreference, 200);
    EXPECT_EQ(secondary->localPreference, 100);
    EXPECT_TRUE(findingsOf(d, "dual-homed-soo").isEmpty());

    attachment(d, "attachment:H1/CORP/secondary")->siteOfOrigin.reset();
    const auto f = findingsOf(d, "dual-homed-soo");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].objectId, QStringLiteral("attachment:H1/CORP/secondary"));
}

TEST(DesignValidator, MtuMismatch)
{
    EXPECT_TRUE(findingsOf(designOf(hubAndSpoke(), choice("attachment:S1/CORP/primary", "mtu-ce", "1500")),
                           "mtu-mismatch")
                    .isEmpty());
    const auto f = findingsOf(designOf(hubAndSpoke(), choice("attachment:S1/CORP/primary", "mtu-ce", "1400")),
                              "mtu-mismatch");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].message, QStringLiteral("the PE side has MTU 1500 and the CE side 1400"));
}

TEST(DesignValidator, PortCapacityExceeded)
{
    NetworkDesign d = designOf(hubAndSpoke());
    EXPECT_TRUE(findingsOf(d, "port-capacity").isEmpty());
    // Both spokes on one 1 Gb/s port, 600 Mb/s each (as a brownfield file may have it).
    for (AccessCircuit &c : d.circuits) {
        if (c.siteId.startsWith(QLatin1Char('S'))) {
            c.port = d.circuits.constLast().port;
            c.accessKbps = 600'000;
        }
    }
    const auto f = findingsOf(d, "port-capacity");
    ASSERT_EQ(f.size(), 1);
    EXPECT_TRUE(f[0].message.contains(QLatin1String("runs at 1000 Mb/s but carries 1200000 kb/s"))) << f[0].message.toStdString();
}

TEST(DesignValidator, VlanUsedTwiceOnAPort)
{
    Engagement e = hubAndSpoke();
    e.vpns.append(designVpn(QStringLiteral("PCI"), VpnTopology::AnyToAny, {{QStringLiteral("S1"), SiteRole::AnyToAny}}));
    NetworkDesign d = designOf(e);
    SiteAttachment *corp = attachment(d, "attachment:S1/CORP/primary");
    SiteAttachment *pci = attachment(d, "attachment:S1/PCI/primary");
    ASSERT_TRUE(corp && pci);
    EXPECT_EQ(corp->port, pci->port);
    EXPECT_NE(corp->vlan, pci->vlan);
    EXPECT_TRUE(findingsOf(d, "vlan-reuse").isEmpty());

    pci->vlan = corp->vlan;
    const auto f = findingsOf(d, "vlan-reuse");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].objectId, QStringLiteral("attachment:S1/PCI/primary"));
}

TEST(DesignValidator, EfAboveTheShareOfTheAccessRate)
{
    EXPECT_TRUE(findingsOf(designOf(hubAndSpoke(), choice("qos:S1", "shares", "ef=33,af31=27,af21=20,be=20")),
                           "ef-share")
                    .isEmpty());
    const auto f = findingsOf(designOf(hubAndSpoke(), choice("qos:S1", "shares", "ef=40,af31=30,af21=15,be=15")),
                              "ef-share");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].objectId, QStringLiteral("qos:S1"));
    EXPECT_EQ(f[0].severity, FindingSeverity::Warning);
    EXPECT_EQ(f[0].message, QStringLiteral("real-time (EF) gets 40 % of the access rate, above the 33 % limit"));
}

TEST(DesignValidator, ClassSharesNotAddingUpTo100)
{
    EXPECT_TRUE(findingsOf(designOf(hubAndSpoke()), "class-shares").isEmpty());
    auto f = findingsOf(designOf(hubAndSpoke(), choice("qos", "shares", "ef=20,af31=30,af21=20,be=20")), "class-shares");
    ASSERT_EQ(f.size(), 4); // every site
    EXPECT_EQ(f[0].message, QStringLiteral("the class shares add up to 90 %, not 100 %"));

    // 6-class shares kept after going back to the 4-class model name a class the model lacks.
    f = findingsOf(designOf(hubAndSpoke(), choice("qos:S1", "shares", "ef=20,af41=20,af31=20,af21=20,be=20")),
                   "class-shares");
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].message, QStringLiteral("class 'af41' is not a class of the 4-class model"));
}
