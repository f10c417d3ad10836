#include "canvasgraph.h"

#include "greatcircle.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace vpnwb {
namespace {

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}

bool isLocated(const Site &s)
{
    return s.latitude != 0.0 || s.longitude != 0.0;
}

// The PoP (with at least one PE) nearest to a position, or -1.
qsizetype nearestPop(const PopCatalog &catalog, double latitude, double longitude)
{
    qsizetype best = -1;
    double bestKm = std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < catalog.pops.size(); ++i) {
        const Pop &pop = catalog.pops[i];
        if (pop.pes.isEmpty())
            continue;
        const double km = GreatCircle::distanceKm(latitude, longitude, pop.latitude, pop.longitude);
        if (km < bestKm) {
            bestKm = km;
            best = i;
        }
    }
    return best;
}

} // namespace

bool CanvasGraph::isHub(int node) const
{
    return node >= 0 && node < m_hub.size() && m_hub[node];
}

int CanvasGraph::addNode(CanvasNode node)
{
    const int index = static_cast<int>(m_nodes.size());
    m_index.insert(node.itemId, index);
    m_hub.append(node.isHub());
    m_nodes.append(std::move(node));
    return index;
}

int CanvasGraph::addLink(CanvasLink link)
{
    m_links.append(std::move(link));
    return static_cast<int>(m_links.size() - 1);
}

CanvasGraph CanvasGraph::build(const Engagement &engagement, const QList<SiteServiceability> &results,
                               const PopCatalog &catalog)
{
    CanvasGraph g;
    g.m_nodes.reserve(engagement.sites.size() + 64);
    QHash<QString, const SiteServiceability *> resultOf;
    resultOf.reserve(results.size());
    for (const SiteServiceability &r : results)
        resultOf.insert(r.siteId, &r);

    // Sites, and the countries they are in.
    QSet<QString> countries;
    for (const Site &s : engagement.sites) {
        CanvasNode n;
        n.kind = CanvasNode::Kind::Site;
        n.itemId = s.siteId;
        n.label = s.siteId;
        n.name = s.name;
        n.located = isLocated(s);
        n.latitude = s.latitude;
        n.longitude = s.longitude;
        n.role = s.role;
        n.accessType = s.accessType;
        n.bandwidthKbps = s.bandwidthKbps;
        n.dualHomed = s.resiliency == Resiliency::DualHomed;
        if (const SiteServiceability *r = resultOf.value(s.siteId)) {
            n.verdict = r->verdict;
            n.stale = r->isStaleFor(s);
        }
        countries.insert(s.countryCode);
        g.addNode(std::move(n));
    }
    g.m_siteCount = engagement.sites.size();

    // Which PoPs the sites use: their PEs, and the hand-over PoP of partner access.
    QHash<QString, qsizetype> popOfPe;
    for (qsizetype p = 0; p < catalog.pops.size(); ++p) {
        for (const ProviderEdge &pe : catalog.pops[p].pes)
            popOfPe.insert(pe.name, p);
    }
    QList<bool> popShown(catalog.pops.size(), false);
    QList<qsizetype> handOver(engagement.sites.size(), -1);
    for (qsizetype i = 0; i < engagement.sites.size(); ++i) {
        const Site &s = engagement.sites[i];
        const SiteServiceability *r = resultOf.value(s.siteId);
        if (!r)
            continue;
        if (r->verdict == ServiceabilityVerdict::OnNet) {
            for (const QString &pe : {r->primaryPe, r->secondaryPe}) {
                if (const auto it = popOfPe.constFind(pe); it != popOfPe.cend())
                    popShown[*it] = true;
            }
        } else if (r->verdict == ServiceabilityVerdict::OffNet && isLocated(s)) {
            handOver[i] = nearestPop(catalog, s.latitude, s.longitude);
            if (handOver[i] >= 0)
                popShown[handOver[i]] = true;
        }
    }
    // The provider's other PoPs in the customer's countries: where sites could be homed.
    for (qsizetype p = 0; p < catalog.pops.size(); ++p) {
        if (countries.contains(catalog.pops[p].countryCode))
            popShown[p] = true;
    }
    QHash<QString, int> peNode;
    QList<int> firstPeOfPop(catalog.pops.size(), -1);
    for (qsizetype p = 0; p < catalog.pops.size(); ++p) {
        if (!popShown[p])
            continue;
        const Pop &pop = catalog.pops[p];
        for (const ProviderEdge &pe : pop.pes) {
            CanvasNode n;
            n.kind = CanvasNode::Kind::Pe;
            n.itemId = CanvasNode::peItemId(pe.name);
            n.label = pe.name;
            n.name = pop.name;
            n.located = true;
            n.latitude = pop.latitude;
            n.longitude = pop.longitude;
            n.popId = pop.popId;
            const int index = g.addNode(std::move(n));
            peNode.insert(pe.name, index);
            if (firstPeOfPop[p] < 0)
                firstPeOfPop[p] = index;
        }
    }

    // Access links.
    QList<QList<int>> pesOfSite(engagement.sites.size());
    for (qsizetype i = 0; i < engagement.sites.size(); ++i) {
        const Site &s = engagement.sites[i];
        const SiteServiceability *r = resultOf.value(s.siteId);
        if (!r)
            continue;
        CanvasLink link;
        link.kind = CanvasLink::Kind::Access;
        link.from = static_cast<int>(i);
        link.accessType = s.accessType;
        link.bandwidthKbps = s.bandwidthKbps;
        link.dualHomed = s.resiliency == Resiliency::DualHomed;
        if (r->verdict == ServiceabilityVerdict::OnNet) {
            for (const QString &pe : {r->primaryPe, r->secondaryPe}) {
                const int to = peNode.value(pe, -1);
                if (to < 0)
                    continue;
                link.to = to;
                link.secondary = pe == r->secondaryPe;
                g.addLink(link);
                pesOfSite[i].append(to);
                g.m_nodes[to].inUse = true;
            }
        } else if (r->verdict == ServiceabilityVerdict::OffNet && handOver[i] >= 0) {
            link.to = firstPeOfPop[handOver[i]];
            link.partner = true;
            g.addLink(link);
            pesOfSite[i].append(link.to);
            g.m_nodes[link.to].inUse = true;
        }
    }

    // VPNs.
    QHash<quint64, int> spokeLinks;
    for (const VpnService &v : engagement.vpns) {
        QList<int> hubs;
        QList<int> others;
        for (const VpnMember &m : v.members) {
            const int site = g.indexOf(m.siteId);
            if (site < 0 || site >= g.m_siteCount)
                continue;
            if (v.topology != VpnTopology::AnyToAny && m.role == SiteRole::Hub)
                hubs.append(site);
            else
                others.append(site);
        }
        if (v.topology == VpnTopology::AnyToAny) {
            CanvasNode cloud;
            cloud.kind = CanvasNode::Kind::Cloud;
            cloud.itemId = CanvasNode::cloudItemId(v.vpnId);
            cloud.label = v.vpnId;
            cloud.name = v.name;
            const int c = g.addNode(std::move(cloud));
            QSet<int> attached;
            for (int site : std::as_const(others)) {
                const QList<int> via = pesOfSite[site].isEmpty() ? QList<int>{site} : pesOfSite[site];
                for (int from : via) {
                    if (attached.contains(from))
                        continue;
                    attached.insert(from);
                    CanvasLink link;
                    link.kind = CanvasLink::Kind::Cloud;
                    link.from = from;
                    link.to = c;
                    link.vpnIds = {v.vpnId};
                    g.addLink(std::move(link));
                }
            }
            continue;
        }
        for (int hub : std::as_const(hubs)) {
            g.m_hub[hub] = true;
            for (int spoke : std::as_const(others)) {
                const quint64 key = pairKey(spoke, hub);
                if (const auto it = spokeLinks.constFind(key); it != spokeLinks.cend()) {
                    g.m_links[*it].vpnIds.append(v.vpnId);
                    continue;
                }
                CanvasLink link;
                link.kind = CanvasLink::Kind::Spoke;
                link.from = spoke;
                link.to = hub;
                link.vpnIds = {v.vpnId};
                spokeLinks.insert(key, g.addLink(std::move(link)));
            }
        }
    }
    return g;
}

} // namespace vpnwb
