#include "resourceallocator.h"

#include "ipv4prefix.h"
#include "routevalue.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <map>
#include <vector>

namespace vpnwb {
namespace {

bool isNumberKind(ResourceKind k)
{
    return k == ResourceKind::Rd || k == ResourceKind::Rt || k == ResourceKind::Soo;
}

bool isAddressKind(ResourceKind k)
{
    return k == ResourceKind::Link || k == ResourceKind::Loopback || k == ResourceKind::CpeAddress;
}

// The first and last address a Link, Loopback or CpeAddress value covers.
std::optional<std::pair<std::uint32_t, std::uint32_t>> addressSpan(const ResourceAllocation &a)
{
    if (a.kind == ResourceKind::Link) {
        const auto p = Ipv4Prefix::parse(a.value);
        if (!p)
            return std::nullopt;
        return std::pair{p->network(), p->lastAddress()};
    }
    const auto address = Ipv4Prefix::parseAddress(a.value);
    if (!address)
        return std::nullopt;
    return std::pair{*address, *address};
}

QString vlanScope(const QString &pe, const QString &port)
{
    return pe + QLatin1Char(' ') + port;
}

QString speedText(std::int64_t mbps)
{
    return mbps >= 1000 && mbps % 1000 == 0 ? QStringLiteral("%1 Gb/s").arg(mbps / 1000)
                                            : QStringLiteral("%1 Mb/s").arg(mbps);
}

} // namespace

// What is in use across all engagements, and the next free value of each pool.
class ResourceAllocator::Pools
{
public:
    Pools(const ProviderSettings &s, const PeInventory &inventory) : m_settings(s), m_inventory(inventory)
    {
        m_numberRanges = {{ResourceKind::Rd, s.rdNumbers}, {ResourceKind::Rt, s.rtNumbers},
                          {ResourceKind::Soo, s.sooNumbers}};
        for (const auto &[kind, pool] : {std::pair{ResourceKind::Link, s.linkPool},
                                         std::pair{ResourceKind::Loopback, s.loopbackPool},
                                         std::pair{ResourceKind::CpeAddress, s.cpePool}})
            m_addressPools[kind] = {pool, std::vector<bool>(std::size_t(pool.lastAddress() - pool.network()) + 1)};
    }

    void markUsed(const ResourceAllocation &a)
    {
        if (isNumberKind(a.kind) && a.poolIndex)
            m_numbers[a.kind].insert(*a.poolIndex);
        else if (isNumberKind(a.kind))
            markNumberOf(a);
        else if (isAddressKind(a.kind)) {
            if (const auto span = addressSpan(a))
                markAddresses(span->first, span->second);
        } else if (a.kind == ResourceKind::Port)
            m_ports.insert(a.scope + QLatin1Char('\n') + a.value);
        else if (a.kind == ResourceKind::Vlan)
            m_vlans[a.scope].insert(a.value.toInt());
    }

    std::optional<std::int64_t> nextNumber(ResourceKind kind)
    {
        const NumberRange &range = m_numberRanges[kind];
        std::int64_t &cursor = m_numberCursor[kind];
        cursor = std::max(cursor, range.first);
        const QSet<std::int64_t> &used = m_numbers[kind];
        while (cursor <= range.last && used.contains(cursor))
            ++cursor;
        if (cursor > range.last)
            return std::nullopt;
        m_numbers[kind].insert(cursor);
        return cursor++;
    }

    // The next free block of 2^(32 - length) addresses (length 32: one address,
    // never the pool's first or last), as its offset in the pool.
    std::optional<std::int64_t> nextBlock(ResourceKind kind, int length)
    {
        AddressPool &pool = m_addressPools[kind];
        const std::int64_t size = std::int64_t(1) << (32 - length);
        const std::int64_t poolSize = std::int64_t(pool.used.size());
        std::int64_t &cursor = m_blockCursor[kind];
        const std::int64_t first = length == 32 ? 1 : 0;
        const std::int64_t end = length == 32 ? poolSize - 1 : poolSize;
        for (cursor = std::max(cursor, first); cursor + size <= end; cursor += size) {
            bool free = true;
            for (std::int64_t i = cursor; i < cursor + size && free; ++i)
                free = !pool.used[std::size_t(i)];
            if (!free)
                continue;
            const std::int64_t offset = cursor;
            for (std::int64_t i = offset; i < offset + size; ++i)
                pool.used[std::size_t(i)] = true;
            cursor += size;
            return offset;
        }
        return std::nullopt;
    }

    const PeInventory::Port *nextPort(const QString &pe, std::int64_t minSpeedMbps)
    {
        const PeInventory::Pe *p = m_inventory.find(pe);
        if (!p)
            return nullptr;
        const auto from = std::lower_bound(p->ports.cbegin(), p->ports.cend(), minSpeedMbps,
                                           [](const PeInventory::Port &port, std::int64_t speed) {
                                               return port.speedMbps < speed;
                                           });
        qsizetype &cursor = m_portCursor[pe + QLatin1Char('\n') + QString::number(minSpeedMbps)];
        for (cursor = std::max(cursor, qsizetype(from - p->ports.cbegin())); cursor < p->ports.size(); ++cursor) {
            const QString key = pe + QLatin1Char('\n') + p->ports[cursor].name;
            if (!m_ports.contains(key)) {
                m_ports.insert(key);
                return &p->ports[cursor++];
            }
        }
        return nullptr;
    }

    std::optional<int> nextVlan(const QString &scope)
    {
        QSet<int> &used = m_vlans[scope];
        for (std::int64_t v = m_settings.vlans.first; v <= m_settings.vlans.last; ++v) {
            if (!used.contains(int(v))) {
                used.insert(int(v));
                return int(v);
            }
        }
        return std::nullopt;
    }

    const Ipv4Prefix &addressPool(ResourceKind kind) { return m_addressPools[kind].prefix; }

private:
    struct AddressPool
    {
        Ipv4Prefix prefix;
        std::vector<bool> used; // one per address of the pool
    };

    // A value held without a pool index (read from a brownfield L3NM file, or
    // an override) still takes its number from the pool when it is one the
    // pool could give: of the provider's AS, or of a PE's router id (type 1 RDs
    // count one number across all PEs).
    void markNumberOf(const ResourceAllocation &a)
    {
        const auto v = RouteValue::parse(a.value);
        if (!v)
            return;
        const bool ours = v->type() == RouteValue::Type::Ipv4 || v->administrator() == m_settings.providerAs;
        if (ours && m_numberRanges[a.kind].contains(v->number()))
            m_numbers[a.kind].insert(v->number());
    }


    void markAddresses(std::uint32_t first, std::uint32_t last)
    {
        for (auto &[kind, pool] : m_addressPools) {
            const std::uint32_t lo = std::max(first, pool.prefix.network());
            const std::uint32_t hi = std::min(last, pool.prefix.lastAddress());
            for (std::int64_t a = lo; a <= std::int64_t(hi); ++a)
                pool.used[std::size_t(a - pool.prefix.network())] = true;
        }
    }

    const ProviderSettings &m_settings;
    const PeInventory &m_inventory;
    std::map<ResourceKind, NumberRange> m_numberRanges;
    std::map<ResourceKind, QSet<std::int64_t>> m_numbers;
    std::map<ResourceKind, std::int64_t> m_numberCursor;
    std::map<ResourceKind, AddressPool> m_addressPools;
    std::map<ResourceKind, std::int64_t> m_blockCursor;
    QSet<QString> m_ports; // "PE\nport"
    QHash<QString, qsizetype> m_portCursor;
    QHash<QString, QSet<int>> m_vlans; // by "PE port"
};

QString ResourceAllocator::poolName(ResourceKind kind) const
{
    switch (kind) {
    case ResourceKind::Rd:
        return QStringLiteral("RD numbers %1").arg(m_settings.rdNumbers.toString());
    case ResourceKind::Rt:
        return QStringLiteral("RT numbers %1").arg(m_settings.rtNumbers.toString());
    case ResourceKind::Soo:
        return QStringLiteral("SoO numbers %1").arg(m_settings.sooNumbers.toString());
    case ResourceKind::Link:
        return QStringLiteral("link pool %1 (/%2 links)")
            .arg(m_settings.linkPool.toString())
            .arg(m_settings.linkPrefixLength);
    case ResourceKind::Loopback:
        return QStringLiteral("loopback pool %1").arg(m_settings.loopbackPool.toString());
    case ResourceKind::CpeAddress:
        return QStringLiteral("CPE management pool %1").arg(m_settings.cpePool.toString());
    case ResourceKind::Port:
        return QStringLiteral("PE ports");
    case ResourceKind::Vlan:
        return QStringLiteral("VLANs %1").arg(m_settings.vlans.toString());
    }
    return {};
}

AllocationPlan ResourceAllocator::plan(std::int64_t engagementId, const QList<ResourceRequest> &requests,
                                       const QList<ResourceAllocation> &mine,
                                       const QList<ResourceAllocation> &others) const
{
    AllocationPlan plan;
    plan.held.reserve(requests.size());
    // What the engagement holds, by object (a handful of fields each).
    QHash<QString, QVarLengthArray<qsizetype, 4>> mineByObject;
    mineByObject.reserve(mine.size());
    for (qsizetype i = 0; i < mine.size(); ++i)
        mineByObject[mine[i].object].append(i);
    auto heldAt = [&](const ResourceRequest &r) -> qsizetype {
        const auto it = mineByObject.constFind(r.object);
        if (it == mineByObject.cend())
            return -1;
        for (const qsizetype i : *it) {
            if (mine[i].field == r.field)
                return i;
        }
        return -1;
    };
    std::vector<bool> requested(std::size_t(mine.size()), false);

    // Ports first: a VLAN lives on the port its circuit holds afterwards.
    QList<const ResourceRequest *> ordered;
    ordered.reserve(requests.size());
    for (const ResourceRequest &r : requests) {
        if (r.kind != ResourceKind::Vlan)
            ordered.append(&r);
    }
    for (const ResourceRequest &r : requests) {
        if (r.kind == ResourceKind::Vlan)
            ordered.append(&r);
    }

    QHash<QString, QString> portOfCircuit; // circuit object -> "PE port"
    QList<const ResourceRequest *> toAllocate;
    toAllocate.reserve(requests.size() - qMin(requests.size(), mine.size()));
    for (const ResourceRequest *r : ordered) {
        const qsizetype at = heldAt(*r);
        if (at < 0) {
            toAllocate.append(r);
            continue;
        }
        const ResourceAllocation &held = mine[at];
        requested[std::size_t(at)] = true;
        bool fits = held.kind == r->kind;
        if (fits && r->kind == ResourceKind::Port) {
            const PeInventory::Port *port = m_inventory.findPort(r->pe, held.value);
            fits = held.scope == r->pe && port &&
                   (held.origin != AllocationOrigin::Pool || port->speedMbps >= r->minSpeedMbps);
        } else if (fits && r->kind == ResourceKind::Vlan) {
            fits = held.scope == portOfCircuit.value(r->circuit);
        }
        if (!fits) {
            plan.released.append(held);
            toAllocate.append(r);
            continue;
        }
        plan.held.append(held);
        if (r->kind == ResourceKind::Port)
            portOfCircuit.insert(r->object, vlanScope(held.scope, held.value));
    }
    for (qsizetype i = 0; i < mine.size(); ++i) {
        if (!requested[std::size_t(i)] && mine[i].origin != AllocationOrigin::Import)
            plan.released.append(mine[i]);
        else if (!requested[std::size_t(i)])
            plan.held.append(mine[i]);
    }
    if (toAllocate.isEmpty())
        return plan;
    plan.added.reserve(toAllocate.size());

    Pools pools(m_settings, m_inventory);
    for (const ResourceAllocation &a : others)
        pools.markUsed(a);
    for (const ResourceAllocation &a : plan.held)
        pools.markUsed(a);

    for (const ResourceRequest *r : toAllocate) {
        ResourceAllocation a;
        a.engagementId = engagementId;
        a.object = r->object;
        a.field = r->field;
        a.kind = r->kind;
        // The pool's name is only written when it falls short.
        PoolShortage shortage{{}, r->object, r->field, 0};
        bool ok = false;
        switch (r->kind) {
        case ResourceKind::Rd:
        case ResourceKind::Rt:
        case ResourceKind::Soo: {
            const auto n = pools.nextNumber(r->kind);
            if (n) {
                const PeInventory::Pe *pe = m_inventory.find(r->pe);
                const auto value = r->kind == ResourceKind::Rd && m_settings.rdType == 1 && pe
                                       ? RouteValue::fromIpv4(pe->routerId, std::uint32_t(*n))
                                       : RouteValue::fromAs(m_settings.providerAs, std::uint32_t(*n));
                ok = value.ok();
                if (ok) {
                    a.value = value->toRfc8294();
                    a.poolIndex = *n;
                }
            }
            const NumberRange range = r->kind == ResourceKind::Rd   ? m_settings.rdNumbers
                                      : r->kind == ResourceKind::Rt ? m_settings.rtNumbers
                                                                    : m_settings.sooNumbers;
            shortage.size = range.size();
            break;
        }
        case ResourceKind::Link:
        case ResourceKind::Loopback:
        case ResourceKind::CpeAddress: {
            const int length = r->kind == ResourceKind::Link ? m_settings.linkPrefixLength : 32;
            const Ipv4Prefix &pool = pools.addressPool(r->kind);
            const auto offset = pools.nextBlock(r->kind, length);
            if (offset) {
                const std::uint32_t address = pool.network() + std::uint32_t(*offset);
                a.value = length == 32 ? Ipv4Prefix::addressToString(address)
                                       : Ipv4Prefix::addressToString(address) + QStringLiteral("/%1").arg(length);
                a.poolIndex = *offset;
                ok = true;
            }
            shortage.size = ((std::int64_t(pool.lastAddress()) - pool.network() + 1) >> (32 - length)) -
                            (length == 32 ? 2 : 0);
            break;
        }
        case ResourceKind::Port: {
            if (const PeInventory::Port *port = pools.nextPort(r->pe, r->minSpeedMbps)) {
                a.scope = r->pe;
                a.value = port->name;
                portOfCircuit.insert(r->object, vlanScope(r->pe, port->name));
                ok = true;
            }
            if (ok)
                break;
            shortage.pool = QStringLiteral("ports of %1 or faster on %2").arg(speedText(r->minSpeedMbps), r->pe);
            if (const PeInventory::Pe *pe = m_inventory.find(r->pe))
                shortage.size = std::count_if(pe->ports.cbegin(), pe->ports.cend(), [&](const auto &p) {
                    return p.speedMbps >= r->minSpeedMbps;
                });
            break;
        }
        case ResourceKind::Vlan: {
            const QString scope = portOfCircuit.value(r->circuit);
            if (scope.isEmpty())
                continue; // the circuit got no port: that shortage is reported already
            if (const auto vlan = pools.nextVlan(scope)) {
                a.scope = scope;
                a.value = QString::number(*vlan);
                ok = true;
            }
            if (ok)
                break;
            shortage.pool = QStringLiteral("VLANs %1 on %2").arg(m_settings.vlans.toString(), scope);
            shortage.size = m_settings.vlans.size();
            break;
        }
        }
        if (ok) {
            plan.added.append(a);
            plan.held.append(a);
        } else {
            if (shortage.pool.isEmpty())
                shortage.pool = poolName(r->kind);
            plan.shortages.append(shortage);
        }
    }
    return plan;
}

} // namespace vpnwb
