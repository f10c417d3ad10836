#include "designfixture.h"

#include "designengine.h"
#include "resourceallocator.h"

namespace vpnwb::test {

PopCatalog designCatalog()
{
    auto pe = [](const char *name, const char *vendor, const char *loopback) {
        return ProviderEdge{QLatin1String(name), QLatin1String(vendor), QStringLiteral("test"),
                            QLatin1String(loopback), {{10'000, 2}, {1'000, 4}}};
    };
    const AccessOffer fiber{AccessType::Fiber, 100.0, 10'000'000, 30};
    PopCatalog c;
    c.providerAs = 64500;
    c.pops = {{QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("Frankfurt"), QStringLiteral("DE"), 50.1, 8.7,
               {pe("a1", "iosxr", "192.0.2.1"), pe("a2", "junos", "192.0.2.2")}, {fiber}},
              {QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("Berlin"), QStringLiteral("DE"), 52.5, 13.4,
               {pe("b1", "frr", "192.0.2.11"), pe("b2", "eos", "192.0.2.12")}, {fiber}}};
    return c;
}

ProviderSettings designSettings()
{
    return ProviderSettings::defaultsFor(64500);
}

Site designSite(const QString &id, int n, Resiliency resiliency)
{
    Site s;
    s.siteId = id;
    s.name = QStringLiteral("Site ") + id;
    s.countryCode = QStringLiteral("DE");
    s.latitude = 50.1;
    s.longitude = 8.7;
    s.bandwidthKbps = 100'000;
    s.resiliency = resiliency;
    s.lanPrefixes = {QStringLiteral("10.%1.0.0/24").arg(n)};
    s.routing = CeRouting::Bgp;
    s.customerAs = 65000 + std::uint32_t(n);
    return s;
}

VpnService designVpn(const QString &id, VpnTopology topology, const QList<VpnMember> &members)
{
    return {id, id, topology, members, {}};
}

Engagement designEngagement(const QList<Site> &sites, const QList<VpnService> &vpns)
{
    Engagement e;
    e.id = 7;
    e.name = QStringLiteral("Test engagement");
    e.customer.name = QStringLiteral("Test customer");
    e.sites = sites;
    e.vpns = vpns;
    return e;
}

QList<SiteServiceability> onNet(const Engagement &e, const QHash<QString, QString> &peOf)
{
    QList<SiteServiceability> out;
    for (const Site &s : e.sites) {
        SiteServiceability r;
        r.siteId = s.siteId;
        r.inputsHash = SiteServiceability::inputsHashOf(s);
        r.verdict = ServiceabilityVerdict::OnNet;
        r.primaryPe = peOf.value(s.siteId, QStringLiteral("a1"));
        r.primaryPopId = r.primaryPe.left(1).toUpper();
        if (s.resiliency == Resiliency::DualHomed) {
            r.secondaryPe = r.primaryPe.left(1) + QStringLiteral("2");
            r.secondaryPopId = r.primaryPopId;
        }
        r.reason = QStringLiteral("test");
        out.append(r);
    }
    return out;
}

NetworkDesign designOf(const Engagement &e, const DesignChoices &choices, const ProviderSettings &settings,
                       const QList<SiteServiceability> &results)
{
    const DesignEngine engine(designCatalog(), settings);
    const DesignDemand demand = engine.decompose(e, results.isEmpty() ? onNet(e) : results);
    const AllocationPlan plan = ResourceAllocator(settings, engine.inventory()).plan(e.id, demand.requests, {}, {});
    return engine.complete(demand, plan.shortages.isEmpty() ? plan.held : QList<ResourceAllocation>{}, choices,
                           plan.shortages);
}

} // namespace vpnwb::test
