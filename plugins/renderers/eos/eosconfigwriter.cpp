#include "eosconfigwriter.h"

#include "dscp.h"

#include <QSet>

namespace vpnwb {
namespace {

constexpr QLatin1StringView kBang("!\n");

QString listName(const RoutingPolicy &policy, const PolicyTerm &term)
{
    return policy.name + QLatin1Char('-') + term.name;
}

QString classMapName(const QosPolicy &qos, const QosClass &k)
{
    return qos.model + QLatin1Char('-') + k.name;
}

QString orLonger(const QString &prefix)
{
    return prefix.endsWith(QLatin1String("/32")) ? prefix : prefix + QLatin1String(" le 32");
}

QString subinterface(const Attachment &a)
{
    return a.parentInterface + QLatin1Char('.') + QString::number(a.vlan);
}

// Traffic classes by the class's place in its model: the priority class 5, the default class 0.
int trafficClassOf(const QosPolicy &qos, const QosClass &k)
{
    if (k.priority)
        return 5;
    if (k.dscp.isEmpty())
        return 0;
    static const int others[] = {1, 2, 3, 4, 6, 7};
    int n = 0;
    for (const QosClass &other : qos.classes) {
        if (&other == &k)
            break;
        if (!other.priority && !other.dscp.isEmpty())
            ++n;
    }
    return others[std::min(n, 5)];
}

} // namespace

EosConfigWriter::EosConfigWriter(const DeviceDesign &device)
    : m_device(device), m_text(u"eos", m_rendering.diagnostics)
{}

Rendering EosConfigWriter::write()
{
    QString &out = m_rendering.configuration;
    out.reserve(1024 + 1600 * m_device.attachments.size());
    writeVrfs(out);
    writeQos(out);
    writeInterfaces(out);
    writeFilters(out);
    writeStaticRoutes(out);
    writeBgp(out);
    writeRemoval(m_rendering.removal);
    noteUnsupported();
    return std::move(m_rendering);
}

void EosConfigWriter::writeVrfs(QString &out)
{
    for (const VrfDefinition &vrf : m_device.vrfs) {
        const QString description = m_text.clean(m_device.customerName + QLatin1String(" / ") + vrf.vpnName,
                                                 SafeText::Field::VrfDescription, QStringLiteral("VRF ") + vrf.name);
        out += QLatin1String("vrf instance ") % vrf.name % QLatin1Char('\n');
        if (!description.isEmpty())
            out += QLatin1String("   description ") % description % QLatin1Char('\n');
        out += kBang % QLatin1String("ip routing vrf ") % vrf.name % QLatin1Char('\n') % kBang;
    }
}

void EosConfigWriter::writeQos(QString &out) const
{
    // Access lists and class maps belong to the QoS model and are shared by its attachments.
    QSet<QString> written;
    for (const Attachment &a : m_device.attachments) {
        for (const QosClass &k : a.qos.classes) {
            const QString name = classMapName(a.qos, k);
            if (k.dscp.isEmpty() || written.contains(name))
                continue;
            written.insert(name);
            out += QLatin1String("ip access-list ") % name % QLatin1Char('\n');
            int seq = 10;
            for (const int d : k.dscp) {
                out += QLatin1String("   ") % QString::number(seq) % QLatin1String(" permit ip any any dscp ") %
                       Dscp::name(d) % QLatin1Char('\n');
                seq += 10;
            }
            out += kBang % QLatin1String("class-map type qos match-any ") % name %
                   QLatin1String("\n   match ip access-group ") % name % QLatin1Char('\n') % kBang;
        }
    }
    for (const Attachment &a : m_device.attachments) {
        if (a.qos.isEmpty())
            continue;
        out += QLatin1String("policy-map type quality-of-service ") % a.name % QLatin1String("-QOS\n");
        for (const QosClass &k : a.qos.classes) {
            if (k.dscp.isEmpty())
                continue;
            out += QLatin1String("   class ") % classMapName(a.qos, k) % QLatin1String("\n      set traffic-class ") %
                   QString::number(trafficClassOf(a.qos, k)) % QLatin1Char('\n');
            if (k.priority && a.qos.efPolicingKbps > 0)
                out += QLatin1String("      police rate ") % QString::number(a.qos.efPolicingKbps) %
                       QLatin1String(" kbps burst-size 256 kbytes\n");
            out += QLatin1String("   !\n");
        }
        out += kBang;
    }
}

void EosConfigWriter::writeInterfaces(QString &out)
{
    out += QLatin1String("interface Loopback0\n   ip address ") % m_device.loopback % QLatin1String("/32\n") % kBang;
    // A VRF's loopback is numbered by its service id (never 0, the router's own loopback).
    for (const VrfDefinition &vrf : m_device.vrfs) {
        if (!vrf.loopback.isEmpty())
            out += QLatin1String("interface Loopback") % QString::number(vrf.loopbackNumber()) %
                   QLatin1String("\n   vrf ") % vrf.name % QLatin1String("\n   ip address ") % vrf.loopback %
                   QLatin1String("/32\n") % kBang;
    }
    QSet<QString> parents;
    for (const Attachment &a : m_device.attachments) {
        if (parents.contains(a.parentInterface))
            continue;
        parents.insert(a.parentInterface);
        out += QLatin1String("interface ") % a.parentInterface % QLatin1String("\n   no switchport\n") % kBang;
    }
    for (const Attachment &a : m_device.attachments) {
        const QString description = m_text.clean(a.description, SafeText::Field::InterfaceDescription,
                                                 QStringLiteral("attachment ") + a.name);
        out += QLatin1String("interface ") % subinterface(a) % QLatin1Char('\n');
        if (!description.isEmpty())
            out += QLatin1String("   description ") % description % QLatin1Char('\n');
        out += QLatin1String("   encapsulation dot1q vlan ") % QString::number(a.vlan) % QLatin1String("\n   vrf ") %
               a.vrf % QLatin1String("\n   ip address ") % a.peAddress % QLatin1Char('/') %
               QString::number(a.prefixLength) % QLatin1Char('\n');
        if (!a.qos.isEmpty())
            out += QLatin1String("   service-policy type qos input ") % a.name % QLatin1String("-QOS\n");
        if (a.qos.shapingRateKbps > 0)
            out += QLatin1String("   shape rate ") % QString::number(a.qos.shapingRateKbps) % QLatin1String(" kbps\n");
        out += kBang;
    }
}

void EosConfigWriter::writeFilters(QString &out) const
{
    for (const Attachment &a : m_device.attachments) {
        if (!a.bgp)
            continue;
        int seq = 10;
        for (const QString &prefix : a.bgp->lanPrefixes) {
            out += QLatin1String("ip prefix-list ") % a.name % QLatin1String("-LAN seq ") % QString::number(seq) %
                   QLatin1String(" permit ") % orLonger(prefix) % QLatin1Char('\n');
            seq += 10;
        }
        out += QLatin1String("route-map ") % a.name % QLatin1String("-IN permit 10\n");
        if (!a.bgp->lanPrefixes.isEmpty())
            out += QLatin1String("   match ip address prefix-list ") % a.name % QLatin1String("-LAN\n");
        if (a.bgp->localPreference > 0)
            out += QLatin1String("   set local-preference ") % QString::number(a.bgp->localPreference) % QLatin1Char('\n');
        if (!a.bgp->siteOfOrigin.isEmpty())
            out += QLatin1String("   set extcommunity soo ") % a.bgp->siteOfOrigin % QLatin1String(" additive\n");
        out += kBang % QLatin1String("route-map ") % a.name % QLatin1String("-OUT permit 10\n") % kBang;
    }
    for (const VrfDefinition &vrf : m_device.vrfs) {
        for (const RoutingPolicy *policy : {&vrf.importPolicy, &vrf.exportPolicy}) {
            int entry = 10;
            for (const PolicyTerm &t : policy->terms) {
                const QString list = listName(*policy, t);
                int seq = 10;
                for (const QString &prefix : t.matchPrefixes) {
                    out += QLatin1String("ip prefix-list ") % list % QLatin1String(" seq ") % QString::number(seq) %
                           QLatin1String(" permit ") % orLonger(prefix) % QLatin1Char('\n');
                    seq += 10;
                }
                for (const QString &rt : t.matchRouteTargets)
                    out += QLatin1String("ip extcommunity-list ") % list % QLatin1String(" permit rt ") % rt % QLatin1Char('\n');
                const bool accept = t.action == PolicyTerm::Action::Accept;
                out += QLatin1String("route-map ") % policy->name %
                       (accept ? QLatin1String(" permit ") : QLatin1String(" deny ")) % QString::number(entry) %
                       QLatin1Char('\n');
                entry += 10;
                if (!t.matchPrefixes.isEmpty())
                    out += QLatin1String("   match ip address prefix-list ") % list % QLatin1Char('\n');
                if (!t.matchRouteTargets.isEmpty())
                    out += QLatin1String("   match extcommunity ") % list % QLatin1Char('\n');
                if (t.localPreference > 0)
                    out += QLatin1String("   set local-preference ") % QString::number(t.localPreference) %
                           QLatin1Char('\n');
                if (!t.addRouteTargets.isEmpty())
                    out += QLatin1String("   set extcommunity rt ") % t.addRouteTargets.join(QLatin1Char(' ')) %
                           QLatin1String(" additive\n");
                out += kBang;
            }
        }
    }
}

void EosConfigWriter::writeStaticRoutes(QString &out) const
{
    bool any = false;
    for (const Attachment &a : m_device.attachments) {
        if (!a.staticRouting)
            continue;
        for (const QString &prefix : a.staticRouting->lanPrefixes)
            out += QLatin1String("ip route vrf ") % a.vrf % QLatin1Char(' ') % prefix % QLatin1Char(' ') % a.ceAddress %
                   QLatin1Char('\n');
        any = true;
    }
    if (any)
        out += kBang;
}

void EosConfigWriter::writeBgp(QString &out)
{
    const QString as = QString::number(m_device.providerAs);
    out += QLatin1String("router bgp ") % as % QLatin1String("\n   router-id ") % m_device.loopback % QLatin1Char('\n');
    for (const CoreNeighbor &n : m_device.coreNeighbors) {
        const QString neighbor = QLatin1String("   neighbor ") + n.address;
        out += neighbor % QLatin1String(" remote-as ") % as % QLatin1Char('\n') % neighbor %
               QLatin1String(" update-source Loopback0\n") % neighbor % QLatin1String(" description ") % n.name %
               QLatin1Char('\n') % neighbor % QLatin1String(" send-community extended\n");
    }
    if (!m_device.coreNeighbors.isEmpty()) {
        out += QLatin1String("   !\n   address-family vpn-ipv4\n");
        for (const CoreNeighbor &n : m_device.coreNeighbors)
            out += QLatin1String("      neighbor ") % n.address % QLatin1String(" activate\n");
    }
    for (const VrfDefinition &vrf : m_device.vrfs) {
        out += QLatin1String("   !\n   vrf ") % vrf.name % QLatin1String("\n      rd ") % vrf.routeDistinguisher %
               QLatin1Char('\n');
        for (const QString &rt : vrf.importRouteTargets)
            out += QLatin1String("      route-target import vpn-ipv4 ") % rt % QLatin1Char('\n');
        for (const QString &rt : vrf.exportRouteTargets)
            out += QLatin1String("      route-target export vpn-ipv4 ") % rt % QLatin1Char('\n');
        if (!vrf.importPolicy.isEmpty())
            out += QLatin1String("      route-target import vpn-ipv4 route-map ") % vrf.importPolicy.name % QLatin1Char('\n');
        if (!vrf.exportPolicy.isEmpty())
            out += QLatin1String("      route-target export vpn-ipv4 route-map ") % vrf.exportPolicy.name % QLatin1Char('\n');
        bool anyStatic = false;
        QString activate;
        for (const Attachment &a : m_device.attachments) {
            if (a.vrf != vrf.name)
                continue;
            anyStatic = anyStatic || a.staticRouting.has_value();
            if (!a.bgp)
                continue;
            const QString neighbor = QLatin1String("      neighbor ") + a.ceAddress;
            const QString description = m_text.clean(a.siteName, SafeText::Field::NeighborDescription,
                                                     QStringLiteral("attachment ") + a.name);
            out += neighbor % QLatin1String(" remote-as ") % QString::number(a.bgp->peerAs) % QLatin1Char('\n');
            if (!description.isEmpty())
                out += neighbor % QLatin1String(" description ") % description % QLatin1Char('\n');
            out += neighbor % QLatin1String(" route-map ") % a.name % QLatin1String("-IN in\n") % neighbor %
                   QLatin1String(" route-map ") % a.name % QLatin1String("-OUT out\n");
            if (a.bgp->maxPrefix > 0)
                out += neighbor % QLatin1String(" maximum-routes ") % QString::number(a.bgp->maxPrefix) % QLatin1Char('\n');
            if (a.bgp->asOverride)
                out += neighbor % QLatin1String(" as-path remote-as replace out\n");
            if (a.bgp->allowAsIn > 0)
                out += neighbor % QLatin1String(" allowas-in ") % QString::number(a.bgp->allowAsIn) % QLatin1Char('\n');
            activate += QLatin1String("         neighbor ") % a.ceAddress % QLatin1String(" activate\n");
        }
        out += QLatin1String("      redistribute connected\n");
        if (anyStatic)
            out += QLatin1String("      redistribute static\n");
        if (!activate.isEmpty())
            out += QLatin1String("      !\n      address-family ipv4\n") % activate;
    }
    out += kBang;
}

void EosConfigWriter::writeRemoval(QString &out) const
{
    out += QLatin1String("router bgp ") % QString::number(m_device.providerAs) % QLatin1Char('\n');
    for (const VrfDefinition &vrf : m_device.vrfs)
        out += QLatin1String("   no vrf ") % vrf.name % QLatin1Char('\n');
    out += kBang;
    for (const Attachment &a : m_device.attachments) {
        if (!a.staticRouting)
            continue;
        for (const QString &prefix : a.staticRouting->lanPrefixes)
            out += QLatin1String("no ip route vrf ") % a.vrf % QLatin1Char(' ') % prefix % QLatin1Char(' ') %
                   a.ceAddress % QLatin1Char('\n');
    }
    for (const Attachment &a : m_device.attachments) {
        out += QLatin1String("no interface ") % subinterface(a) % QLatin1Char('\n');
        if (!a.qos.isEmpty())
            out += QLatin1String("no policy-map type quality-of-service ") % a.name % QLatin1String("-QOS\n");
        if (!a.bgp)
            continue;
        out += QLatin1String("no route-map ") % a.name % QLatin1String("-IN\nno route-map ") % a.name %
               QLatin1String("-OUT\n");
        if (!a.bgp->lanPrefixes.isEmpty())
            out += QLatin1String("no ip prefix-list ") % a.name % QLatin1String("-LAN\n");
    }
    for (const VrfDefinition &vrf : m_device.vrfs) {
        for (const RoutingPolicy *policy : {&vrf.importPolicy, &vrf.exportPolicy}) {
            if (!policy->isEmpty())
                out += QLatin1String("no route-map ") % policy->name % QLatin1Char('\n');
            for (const PolicyTerm &t : policy->terms) {
                if (!t.matchPrefixes.isEmpty())
                    out += QLatin1String("no ip prefix-list ") % listName(*policy, t) % QLatin1Char('\n');
                if (!t.matchRouteTargets.isEmpty())
                    out += QLatin1String("no ip extcommunity-list ") % listName(*policy, t) % QLatin1Char('\n');
            }
        }
    }
    for (const VrfDefinition &vrf : m_device.vrfs) {
        if (!vrf.loopback.isEmpty())
            out += QLatin1String("no interface Loopback") % QString::number(vrf.loopbackNumber()) %
                   QLatin1Char('\n');
    }
    for (const VrfDefinition &vrf : m_device.vrfs)
        out += QLatin1String("no ip routing vrf ") % vrf.name % QLatin1String("\nno vrf instance ") % vrf.name %
               QLatin1Char('\n');
    out += QLatin1String("! The access lists and class maps of the QoS models stay: other services share them.\n");
}

void EosConfigWriter::noteUnsupported()
{
    for (const VrfDefinition &vrf : m_device.vrfs) {
        if (vrf.maxRoutes > 0)
            m_rendering.diagnostics.append({RenderDiagnostic::Severity::Warning, QStringLiteral("VRF ") + vrf.name,
                                            QStringLiteral("EOS has no per-VRF route limit: the limit of %1 routes is "
                                                           "not configured; the neighbors' maximum-routes still apply")
                                                .arg(vrf.maxRoutes)});
    }
    for (const Attachment &a : m_device.attachments) {
        if (!a.qos.isEmpty())
            m_rendering.diagnostics.append(
                {RenderDiagnostic::Severity::Warning, QStringLiteral("attachment ") + a.name,
                 QStringLiteral(
                     "EOS schedules egress queues per port: the class shares of %1 are not configured on "
                     "the sub-interface; classification, EF policing and shaping are configured")
                     .arg(a.qos.model)});
    }
}

} // namespace vpnwb
