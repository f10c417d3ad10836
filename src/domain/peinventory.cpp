#include "peinventory.h"

#include "ipv4prefix.h"

#include <algorithm>

namespace vpnwb {
namespace {

QString iosXrPrefix(std::int64_t speedMbps)
{
    if (speedMbps >= 400'000)
        return QStringLiteral("FourHundredGigE");
    if (speedMbps >= 100'000)
        return QStringLiteral("HundredGigE");
    if (speedMbps >= 40'000)
        return QStringLiteral("FortyGigE");
    if (speedMbps >= 25'000)
        return QStringLiteral("TwentyFiveGigE");
    if (speedMbps >= 10'000)
        return QStringLiteral("TenGigE");
    return QStringLiteral("GigabitEthernet");
}

QString junosPrefix(std::int64_t speedMbps)
{
    if (speedMbps >= 40'000)
        return QStringLiteral("et");
    if (speedMbps >= 10'000)
        return QStringLiteral("xe");
    return QStringLiteral("ge");
}

} // namespace

PeInventory::PeInventory(const PopCatalog &catalog)
{
    for (const Pop &pop : catalog.pops) {
        for (const ProviderEdge &pe : pop.pes) {
            // The catalog loader has checked every loopback.
            const auto routerId = Ipv4Prefix::parseAddress(pe.loopback);
            Pe out{pe.name, pop.popId, pe.vendor, routerId.ok() ? *routerId : 0u, {}};
            for (int g = 0; g < pe.ports.size(); ++g) {
                for (int i = 0; i < pe.ports[g].count; ++i)
                    out.ports.append({portName(pe.vendor, g, i, pe.ports[g].speedMbps), pe.ports[g].speedMbps});
            }
            std::stable_sort(out.ports.begin(), out.ports.end(),
                             [](const Port &a, const Port &b) { return a.speedMbps < b.speedMbps; });
            QHash<QString, qsizetype> byName;
            for (qsizetype i = 0; i < out.ports.size(); ++i)
                byName.insert(out.ports[i].name, i);
            m_portByName.insert(pe.name, byName);
            m_byName.insert(pe.name, m_pes.size());
            m_pes.append(out);
        }
    }
}

const PeInventory::Pe *PeInventory::find(const QString &pe) const
{
    const auto it = m_byName.constFind(pe);
    return it == m_byName.cend() ? nullptr : &m_pes[*it];
}

const PeInventory::Port *PeInventory::findPort(const QString &pe, const QString &port) const
{
    const Pe *p = find(pe);
    if (!p)
        return nullptr;
    const auto it = m_portByName[pe].constFind(port);
    return it == m_portByName[pe].cend() ? nullptr : &p->ports[*it];
}

QString PeInventory::portName(const QString &vendor, int group, int index, std::int64_t speedMbps)
{
    if (vendor == QLatin1String("iosxr"))
        return iosXrPrefix(speedMbps) + QStringLiteral("0/0/%1/%2").arg(group).arg(index);
    if (vendor == QLatin1String("junos"))
        return QStringLiteral("%1-0/%2/%3").arg(junosPrefix(speedMbps)).arg(group).arg(index);
    if (vendor == QLatin1String("eos"))
        return QStringLiteral("Ethernet%1/%2").arg(group + 1).arg(index + 1);
    if (vendor == QLatin1String("sros"))
        return QStringLiteral("1/%1/%2").arg(group + 1).arg(index + 1);
    // frr: Linux interface names, by slot and port.
    return QStringLiteral("ens%1f%2").arg(group + 1).arg(index);
}

QString PeInventory::subInterface(const QString &vendor, const QString &port, int vlan)
{
    // SR OS names a dot1q service access point port:vlan; the others port.unit.
    return port + (vendor == QLatin1String("sros") ? QLatin1Char(':') : QLatin1Char('.')) + QString::number(vlan);
}

} // namespace vpnwb
