#include "poolutilisation.h"

#include "resourceallocator.h"

#include <QHash>
#include <QSet>

#include <map>

namespace vpnwb {
namespace {

bool inPool(const ResourceAllocation &a, const ProviderSettings &s)
{
    switch (a.kind) {
    case ResourceKind::Rd:
        return a.poolIndex && s.rdNumbers.contains(*a.poolIndex);
    case ResourceKind::Rt:
        return a.poolIndex && s.rtNumbers.contains(*a.poolIndex);
    case ResourceKind::Soo:
        return a.poolIndex && s.sooNumbers.contains(*a.poolIndex);
    case ResourceKind::Link: {
        const auto p = Ipv4Prefix::parse(a.value);
        return p && s.linkPool.contains(p->network());
    }
    case ResourceKind::Loopback:
    case ResourceKind::CpeAddress: {
        const auto address = Ipv4Prefix::parseAddress(a.value);
        return address && (a.kind == ResourceKind::Loopback ? s.loopbackPool : s.cpePool).contains(*address);
    }
    case ResourceKind::Port:
    case ResourceKind::Vlan:
        return true;
    }
    return false;
}

} // namespace

QList<PoolUtilisation> PoolUtilisation::of(const ProviderSettings &s, const PeInventory &inventory,
                                           const QList<ResourceAllocation> &all, std::int64_t engagementId)
{
    const ResourceAllocator names(s, inventory);
    const auto hosts = [](const Ipv4Prefix &p, int length) {
        return (std::int64_t(p.lastAddress()) - p.network() + 1) >> (32 - length);
    };
    std::map<ResourceKind, PoolUtilisation> pools{
        {ResourceKind::Rd, {names.poolName(ResourceKind::Rd), s.rdNumbers.size()}},
        {ResourceKind::Rt, {names.poolName(ResourceKind::Rt), s.rtNumbers.size()}},
        {ResourceKind::Soo, {names.poolName(ResourceKind::Soo), s.sooNumbers.size()}},
        {ResourceKind::Link, {names.poolName(ResourceKind::Link), hosts(s.linkPool, s.linkPrefixLength)}},
        {ResourceKind::Loopback, {names.poolName(ResourceKind::Loopback), hosts(s.loopbackPool, 32) - 2}},
        {ResourceKind::CpeAddress, {names.poolName(ResourceKind::CpeAddress), hosts(s.cpePool, 32) - 2}},
    };
    QHash<QString, PoolUtilisation> ports; // by PE
    QSet<QString> pesOfEngagement;
    for (const ResourceAllocation &a : all) {
        if (!inPool(a, s))
            continue;
        const bool mine = a.engagementId == engagementId;
        if (a.kind == ResourceKind::Port) {
            PoolUtilisation &p = ports[a.scope];
            ++p.used;
            p.usedByEngagement += mine ? 1 : 0;
            if (mine)
                pesOfEngagement.insert(a.scope);
            continue;
        }
        const auto it = pools.find(a.kind);
        if (it == pools.end())
            continue;
        ++it->second.used;
        it->second.usedByEngagement += mine ? 1 : 0;
    }
    QList<PoolUtilisation> out;
    for (const auto &[kind, pool] : pools)
        out.append(pool);
    for (const PeInventory::Pe &pe : inventory.pes()) {
        if (!pesOfEngagement.contains(pe.name))
            continue;
        PoolUtilisation p = ports.value(pe.name);
        p.pool = QStringLiteral("ports of %1").arg(pe.name);
        p.size = pe.ports.size();
        out.append(p);
    }
    return out;
}

} // namespace vpnwb
