#include "devicedesignbuilder.h"

#include "identifier.h"
#include "qosmodel.h"

#include <QHash>
#include <QSet>

namespace vpnwb {
namespace {

QString address(std::uint32_t a)
{
    return Ipv4Prefix::addressToString(a);
}

QStringList texts(const QList<RouteValue> &values)
{
    QStringList out;
    for (const RouteValue &v : values)
        out.append(v.toString());
    return out;
}

QStringList texts(const QList<Ipv4Prefix> &prefixes)
{
    QStringList out;
    for (const Ipv4Prefix &p : prefixes)
        out.append(p.toString());
    return out;
}

QString uniqueName(const QString &base, QSet<QString> &taken)
{
    QString name = base;
    for (int n = 2; taken.contains(name); ++n) {
        const QString suffix = QLatin1Char('-') + QString::number(n);
        name = base.left(Identifier::maxLength - suffix.size()) + suffix;
    }
    taken.insert(name);
    return name;
}

// A VRF policy of the design: import terms accept routes with one of their
// route targets, export terms add theirs to every route.
RoutingPolicy policyOf(const NetworkDesign &design, const QString &name)
{
    for (const VrfPolicy &p : design.policies) {
        if (p.name != name)
            continue;
        RoutingPolicy policy{p.name, {}};
        for (const VrfPolicy::Term &t : p.terms) {
            PolicyTerm term;
            term.name = QStringLiteral("T%1").arg(t.sequence);
            if (p.direction == VrfPolicy::Direction::Import)
                term.matchRouteTargets = texts(t.matchTargets);
            else
                term.addRouteTargets = texts(t.setTargets);
            policy.terms.append(term);
        }
        return policy;
    }
    return {};
}

QosPolicy qosOf(const NetworkDesign &design, const QString &siteId, const AccessCircuit &circuit)
{
    const auto it = std::find_if(design.qos.cbegin(), design.qos.cend(),
                                 [&siteId](const SiteQos &q) { return q.siteId == siteId; });
    if (it == design.qos.cend())
        return {};
    const QosModel &model = QosModel::of(it->model);
    QosPolicy q;
    q.model = it->model == QosModelKind::SixClass ? QStringLiteral("QOS6") : QStringLiteral("QOS4");
    for (const ServiceClass &k : model.classes()) {
        const int percent = it->percentOf(k.id);
        if (percent <= 0)
            continue;
        // Best effort is the default class: it takes whatever no other class matches.
        q.classes.append({Identifier::fromText(k.name, k.id.toUpper(), 24).toUpper(),
                          k.id == QLatin1String("be") ? QList<int>() : k.dscp, percent, k.priority});
        if (k.priority)
            q.efPolicingKbps = circuit.accessKbps * percent / 100;
    }
    q.shapingRateKbps = circuit.isSubRate() ? circuit.accessKbps : 0;
    return q;
}

enum class CpePort { Primary, Secondary, Lan };

// The CPE's ports: Cisco IOS XE's interface names, or Linux device names
// (at most 15 characters with a VLAN suffix) for an FRR CPE.
QString cpePortName(const QString &vendor, CpePort port)
{
    const bool onLinux = vendor == QLatin1String("frr");
    switch (port) {
    case CpePort::Primary:
        return onLinux ? QStringLiteral("wan0") : QStringLiteral("GigabitEthernet0/0/0");
    case CpePort::Secondary:
        return onLinux ? QStringLiteral("wan1") : QStringLiteral("GigabitEthernet0/0/1");
    case CpePort::Lan:
        break;
    }
    return onLinux ? QStringLiteral("lan0") : QStringLiteral("GigabitEthernet0/1/0");
}

} // namespace

QList<DeviceDesign> DeviceDesignBuilder::build(const NetworkDesign &design, const QString &cpeVendor)
{
    const QString customerId = QStringLiteral("E%1").arg(design.engagementId);
    QList<DeviceDesign> pes;
    QHash<QString, qsizetype> peIndex;
    for (const DesignPe &pe : design.pes) {
        DeviceDesign d;
        d.name = pe.name;
        d.vendor = pe.vendor;
        d.role = DeviceRole::Pe;
        d.loopback = address(pe.routerId);
        d.providerAs = design.providerAs;
        d.localAs = design.providerAs;
        d.customerName = design.customerName;
        d.customerId = customerId;
        for (const DesignPe &other : design.pes) {
            if (other.name != pe.name)
                d.coreNeighbors.append({other.name, address(other.routerId)});
        }
        peIndex.insert(pe.name, pes.size());
        pes.append(d);
    }
    for (const VrfInstance &v : design.vrfs) {
        const qsizetype i = peIndex.value(v.pe, -1);
        if (i < 0)
            continue;
        const VpnDesign *vpn = design.findVpn(v.vpnId);
        VrfDefinition vrf;
        vrf.name = v.name;
        vrf.vpnName = vpn ? vpn->name : v.vpnId;
        vrf.routeDistinguisher = v.rd ? v.rd->toString() : QString();
        vrf.importRouteTargets = texts(v.importTargets);
        vrf.exportRouteTargets = texts(v.exportTargets);
        vrf.maxRoutes = v.maxRoutes;
        // The RD's number is unique on the PE: it serves as the VPN's service number (SR OS service-id).
        vrf.serviceId = v.rd ? v.rd->number() : 0;
        vrf.importPolicy = policyOf(design, v.importPolicy);
        vrf.exportPolicy = policyOf(design, v.exportPolicy);
        vrf.loopback = v.loopback ? address(*v.loopback) : QString();
        pes[i].vrfs.append(vrf);
    }

    // CPEs in the order of the design's sites; their attachments follow the PEs'.
    QList<DeviceDesign> cpes;
    QHash<QString, qsizetype> cpeIndex;
    QSet<QString> cpeNames;
    QHash<QString, QSet<QString>> attachmentNames; // per device
    for (const DesignSite &site : design.sites) {
        if (!site.isIncluded())
            continue;
        DeviceDesign d;
        d.name = uniqueName(Identifier::fromText(site.siteId, QStringLiteral("site"), Identifier::maxLength - 3).toLower() +
                                QLatin1String("-ce"),
                            cpeNames);
        d.vendor = cpeVendor;
        d.role = DeviceRole::Ce;
        d.loopback = site.cpeAddress ? address(*site.cpeAddress) : QString();
        d.providerAs = design.providerAs;
        d.localAs = site.routing == CeRouting::Bgp ? site.customerAs : 0;
        d.customerName = design.customerName;
        for (const Ipv4Prefix &p : site.lanPrefixes) {
            const std::uint32_t gateway = p.length() >= 31 ? p.network() : p.network() + 1;
            d.lanInterfaces.append({cpePortName(cpeVendor, CpePort::Lan),
                                    site.lanPrefixes.size() == 1 ? 0 : static_cast<int>(10 + d.lanInterfaces.size()),
                                    QString(), address(gateway), p.length(),
                                    site.name + QStringLiteral(" LAN")});
        }
        cpeIndex.insert(site.siteId, cpes.size());
        cpes.append(d);
    }

    for (const SiteAttachment &a : design.attachments) {
        const qsizetype pe = peIndex.value(a.pe, -1);
        const qsizetype cpe = cpeIndex.value(a.siteId, -1);
        const DesignSite *site = design.findSite(a.siteId);
        const AccessCircuit *circuit = design.findCircuit(a.circuitId());
        const VpnDesign *vpn = design.findVpn(a.vpnId);
        if (pe < 0 || cpe < 0 || !site || !circuit || !a.link)
            continue;
        const bool dualHomed = site->resiliency == Resiliency::DualHomed;
        const QString vpnName = vpn ? vpn->name : a.vpnId;
        const QString homing = dualHomed ? QStringLiteral(", ") + toString(a.homing) : QString();

        Attachment p;
        p.name = uniqueName(Identifier::fromText(QString(a.vpnId + QLatin1Char('-') + a.siteId), QStringLiteral("ATTACHMENT"), 32),
                            attachmentNames[pes[pe].name]);
        p.vrf = a.vrfName;
        p.parentInterface = circuit->port;
        p.vlan = a.vlan;
        p.peAddress = address(a.peAddress);
        p.ceAddress = address(a.ceAddress);
        p.prefixLength = a.link->length();
        p.bandwidthKbps = circuit->accessKbps;
        p.siteName = site->name;
        p.description = design.customerName + QLatin1String(" / ") + site->name + QLatin1String(" / ") + vpnName + homing;
        if (a.routing == CeRouting::Bgp) {
            EbgpPeering bgp;
            bgp.peerAs = a.customerAs;
            bgp.asOverride = a.asOverride;
            bgp.siteOfOrigin = a.siteOfOrigin ? a.siteOfOrigin->toString() : QString();
            bgp.maxPrefix = a.maxPrefix;
            bgp.localPreference = dualHomed ? a.localPreference : 0;
            bgp.lanPrefixes = texts(site->lanPrefixes);
            p.bgp = bgp;
        } else {
            p.staticRouting = StaticRouting{texts(site->lanPrefixes)};
        }
        p.qos = qosOf(design, a.siteId, *circuit);
        pes[pe].attachments.append(p);

        Attachment c = p;
        c.name = uniqueName(Identifier::fromText(a.vpnId, QStringLiteral("WAN"), 24).toUpper() +
                                (a.homing == Homing::Primary ? QString() : QStringLiteral("-2")),
                            attachmentNames[cpes[cpe].name]);
        c.vrf.clear();
        c.parentInterface = cpePortName(cpes[cpe].vendor, a.homing == Homing::Primary ? CpePort::Primary
                                                                                       : CpePort::Secondary);
        c.description = vpnName + QLatin1String(" via ") + a.pe + homing;
        if (c.bgp) {
            EbgpPeering bgp;
            bgp.peerAs = design.providerAs;
            bgp.allowAsIn = a.allowAsIn ? 1 : 0;
            bgp.lanPrefixes = texts(site->lanPrefixes);
            c.bgp = bgp;
        }
        cpes[cpe].attachments.append(c);
    }

    QList<DeviceDesign> devices;
    for (const DeviceDesign &d : std::as_const(pes)) {
        if (!d.attachments.isEmpty())
            devices.append(d);
    }
    for (const DeviceDesign &d : std::as_const(cpes)) {
        if (!d.attachments.isEmpty())
            devices.append(d);
    }
    return devices;
}

} // namespace vpnwb
