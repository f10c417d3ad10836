#include "designrules.h"

#include <QHash>

namespace vpnwb::DesignRules {

void siteNotChecked(const NetworkDesign &d, Findings &out)
{
    for (const DesignSite &s : d.sites) {
        if (s.inclusion == SiteInclusion::NotChecked)
            out.append({{}, {}, s.id(), QStringLiteral("the site has no PE yet: %1").arg(s.reason),
                        QStringLiteral("run 'vpnwb serviceability %1', then design again").arg(d.engagementId)});
    }
}

void siteExcluded(const NetworkDesign &d, Findings &out)
{
    for (const DesignSite &s : d.sites) {
        if (s.inclusion == SiteInclusion::Unserviceable)
            out.append({{}, {}, s.id(),
                        QStringLiteral("left out of the design, it gets no circuit, VRF or address: %1").arg(s.reason),
                        QStringLiteral("change the site's access type or bandwidth so that a PoP or partner can "
                                       "serve it, or remove it from the engagement")});
        else if (s.inclusion == SiteInclusion::InNoVpn)
            out.append({{}, {}, s.id(), QStringLiteral("left out of the design: %1").arg(s.reason),
                        QStringLiteral("add the site to a VPN, or remove it from the engagement")});
    }
}

void mtuMismatch(const NetworkDesign &d, Findings &out)
{
    for (const SiteAttachment &a : d.attachments) {
        if (a.peMtu != a.ceMtu)
            out.append({{}, {}, a.id(),
                        QStringLiteral("the PE side has MTU %1 and the CE side %2").arg(a.peMtu).arg(a.ceMtu),
                        QStringLiteral("set the same IP MTU on both ends; with different MTUs large packets are "
                                       "dropped and BGP sessions stall on full-size updates")});
    }
}

void portCapacity(const NetworkDesign &d, Findings &out)
{
    struct Load
    {
        std::int64_t kbps = 0;
        std::int64_t speedMbps = 0;
        QList<qsizetype> circuits; // positions in d.circuits
    };
    QHash<QString, Load> byPort;
    byPort.reserve(d.circuits.size());
    QStringList order;
    for (qsizetype i = 0; i < d.circuits.size(); ++i) {
        const AccessCircuit &c = d.circuits[i];
        if (c.port.isEmpty() || c.portSpeedMbps <= 0)
            continue;
        const QString key = c.pe + QLatin1Char(' ') + c.port;
        Load &load = byPort[key];
        if (load.circuits.isEmpty())
            order.append(key);
        load.kbps += c.accessKbps;
        load.speedMbps = c.portSpeedMbps;
        load.circuits.append(i);
    }
    for (const QString &key : order) {
        const Load &load = byPort[key];
        if (load.kbps <= load.speedMbps * 1000)
            continue;
        QStringList circuits;
        for (const qsizetype i : load.circuits)
            circuits << d.circuits[i].id();
        out.append({{}, {}, circuits.constLast(),
                    QStringLiteral("port %1 runs at %2 Mb/s but carries %3 kb/s (%4)")
                        .arg(key)
                        .arg(load.speedMbps)
                        .arg(load.kbps)
                        .arg(circuits.join(QStringLiteral(", "))),
                    QStringLiteral("put the circuit on a faster port of the PE")});
    }
}

void vlanReuse(const NetworkDesign &d, Findings &out)
{
    QHash<QString, qsizetype> firstOn; // "PE port VLAN n" -> the attachment's position
    firstOn.reserve(d.attachments.size());
    for (qsizetype i = 0; i < d.attachments.size(); ++i) {
        const SiteAttachment &a = d.attachments[i];
        if (a.vlan <= 0 || a.port.isEmpty())
            continue;
        const QString key = a.pe + QLatin1Char(' ') + a.port + QLatin1String(" VLAN ") + QString::number(a.vlan);
        const auto it = firstOn.constFind(key);
        if (it == firstOn.cend()) {
            firstOn.insert(key, i);
            continue;
        }
        out.append({{}, {}, a.id(), QStringLiteral("%1 is also used by %2").arg(key, d.attachments[*it].id()),
                    QStringLiteral("give each attachment on a port its own VLAN")});
    }
}

} // namespace vpnwb::DesignRules
