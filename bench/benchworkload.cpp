#include "benchworkload.h"

namespace vpnwb::bench {

PopCatalog fiftyPes()
{
    PopCatalog c;
    c.providerAs = 64500;
    const char *vendors[] = {"iosxr", "junos", "frr", "eos", "sros"};
    for (int i = 0; i < kPops; ++i) {
        Pop p;
        p.popId = QStringLiteral("P%1").arg(i);
        p.name = p.popId;
        p.city = p.popId;
        p.countryCode = QStringLiteral("DE");
        p.latitude = 48.0 + i * 0.2;
        p.longitude = 8.0 + i * 0.2;
        for (int n = 1; n <= 2; ++n) {
            ProviderEdge pe;
            pe.name = QStringLiteral("p%1-pe%2").arg(i).arg(n);
            pe.vendor = QLatin1String(vendors[(2 * i + n) % 5]);
            pe.platform = QStringLiteral("bench");
            pe.loopback = QStringLiteral("192.0.2.%1").arg(2 * i + n);
            pe.ports = {{10'000, 8}, {1'000, 280}};
            p.pes.append(pe);
        }
        p.access = {{AccessType::Fiber, 50.0, 10'000'000, 30}};
        c.pops.append(p);
    }
    return c;
}

QList<SiteServiceability> onNet(const Engagement &e)
{
    QList<SiteServiceability> out;
    out.reserve(e.sites.size());
    int i = 0;
    for (const Site &s : e.sites) {
        const int pe = i++ % (2 * kPops);
        const int pop = pe / 2;
        SiteServiceability r;
        r.siteId = s.siteId;
        r.inputsHash = SiteServiceability::inputsHashOf(s);
        r.verdict = ServiceabilityVerdict::OnNet;
        r.primaryPopId = QStringLiteral("P%1").arg(pop);
        r.primaryPe = QStringLiteral("p%1-pe%2").arg(pop).arg(pe % 2 + 1);
        if (s.resiliency == Resiliency::DualHomed) {
            r.secondaryPopId = r.primaryPopId;
            r.secondaryPe = QStringLiteral("p%1-pe%2").arg(pop).arg(2 - pe % 2);
        }
        r.reason = QStringLiteral("bench");
        out.append(r);
    }
    return out;
}

} // namespace vpnwb::bench
