#include "iosxrconfigwriter.h"

#include "dscp.h"
#include "networktext.h"

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

QString mask(int length)
{
    return NetworkText::netmask(length);
}

// The IOS XR prefix-set entry matching a prefix and every longer one inside it.
QString orLonger(const QString &prefix)
{
    return prefix.endsWith(QLatin1String("/32")) ? prefix : prefix + QLatin1String(" le 32");
}

void writePrefixSet(QString &out, const QString &name, const QStringList &prefixes)
{
    out += QLatin1String("prefix-set ") % name % QLatin1Char('\n');
    for (qsizetype i = 0; i < prefixes.size(); ++i)
        out += QLatin1String("  ") % orLonger(prefixes[i]) %
               (i + 1 < prefixes.size() ? QLatin1String(",\n") : QLatin1String("\n"));
    out += QLatin1String("end-set\n") % kBang;
}

} // namespace

IosXrConfigWriter::IosXrConfigWriter(const DeviceDesign &device)
    : m_device(device), m_text(u"iosxr", m_rendering.diagnostics)
{}

Rendering IosXrConfigWriter::write()
{
    QString &out = m_rendering.configuration;
    out.reserve(1024 + 1800 * m_device.attachments.size());
    writeVrfs(out);
    writeSets(out);
    writePolicies(out);
    writeQos(out);
    writeInterfaces(out);
    writeBgp(out);
    writeStatic(out);
    writeRemoval(m_rendering.removal);
    return std::move(m_rendering);
}

void IosXrConfigWriter::writeVrfs(QString &out)
{
    for (const VrfDefinition &vrf : m_device.vrfs) {
        const QString description = m_text.clean(m_device.customerName + QLatin1String(" / ") + vrf.vpnName,
                                                 SafeText::Field::VrfDescription, QStringLiteral("VRF ") + vrf.name);
        out += QLatin1String("vrf ") % vrf.name % QLatin1Char('\n');
        if (!description.isEmpty())
            out += QLatin1String(" description ") % description % QLatin1Char('\n');
        out += QLatin1String(" address-family ipv4 unicast\n");
        if (!vrf.importPolicy.isEmpty())
            out += QLatin1String("  import route-policy ") % vrf.importPolicy.name % QLatin1Char('\n');
        out += QLatin1String("  import route-target\n");
        for (const QString &rt : vrf.importRouteTargets)
            out += QLatin1String("   ") % rt % QLatin1Char('\n');
        out += QLatin1String("  !\n");
        if (!vrf.exportPolicy.isEmpty())
            out += QLatin1String("  export route-policy ") % vrf.exportPolicy.name % QLatin1Char('\n');
        out += QLatin1String("  export route-target\n");
        for (const QString &rt : vrf.exportRouteTargets)
            out += QLatin1String("   ") % rt % QLatin1Char('\n');
        out += QLatin1String("  !\n");
        if (vrf.maxRoutes > 0)
            out += QLatin1String("  maximum prefix ") % QString::number(vrf.maxRoutes) % QLatin1String(" 75\n");
        out += QLatin1String(" !\n") % kBang;
    }
}

void IosXrConfigWriter::writeSets(QString &out) const
{
    for (const Attachment &a : m_device.attachments) {
        if (a.bgp && !a.bgp->lanPrefixes.isEmpty())
            writePrefixSet(out, a.name + QLatin1String("-LAN"), a.bgp->lanPrefixes);
    }
    for (const VrfDefinition &vrf : m_device.vrfs) {
        for (const RoutingPolicy *policy : {&vrf.importPolicy, &vrf.exportPolicy}) {
            for (const PolicyTerm &t : policy->terms) {
                if (!t.matchPrefixes.isEmpty())
                    writePrefixSet(out, listName(*policy, t), t.matchPrefixes);
                if (t.matchRouteTargets.isEmpty())
                    continue;
                out += QLatin1String("extcommunity-set rt ") % listName(*policy, t) % QLatin1Char('\n');
                for (qsizetype i = 0; i < t.matchRouteTargets.size(); ++i)
                    out += QLatin1String("  ") % t.matchRouteTargets[i] %
                           (i + 1 < t.matchRouteTargets.size() ? QLatin1String(",\n") : QLatin1String("\n"));
                out += QLatin1String("end-set\n") % kBang;
            }
        }
    }
}

void IosXrConfigWriter::writePolicies(QString &out) const
{
    for (const Attachment &a : m_device.attachments) {
        if (!a.bgp)
            continue;
        out += QLatin1String("route-policy ") % a.name % QLatin1String("-IN\n");
        const QString preference = a.bgp->localPreference > 0
                                       ? QLatin1String("set local-preference ") +
                                             QString::number(a.bgp->localPreference) + QLatin1Char('\n')
                                       : QString();
        if (a.bgp->lanPrefixes.isEmpty())
            out += (preference.isEmpty() ? QString() : QLatin1String("  ") + preference) % QLatin1String("  pass\n");
        else
            out += QLatin1String("  if destination in ") % a.name % QLatin1String("-LAN then\n") %
                   (preference.isEmpty() ? QString() : QLatin1String("    ") + preference) %
                   QLatin1String("    pass\n  else\n    drop\n  endif\n");
        out += QLatin1String("end-policy\n") % kBang % QLatin1String("route-policy ") % a.name %
               QLatin1String("-OUT\n  pass\nend-policy\n") % kBang;
    }
    for (const VrfDefinition &vrf : m_device.vrfs) {
        writePolicy(out, vrf.importPolicy);
        writePolicy(out, vrf.exportPolicy);
    }
}

// Each term is an `if` of its own: the first that matches ends the policy
// with `done` (accept) or `drop`; a route no term matches is dropped.
void IosXrConfigWriter::writePolicy(QString &out, const RoutingPolicy &policy) const
{
    if (policy.isEmpty())
        return;
    out += QLatin1String("route-policy ") % policy.name % QLatin1Char('\n');
    for (const PolicyTerm &t : policy.terms) {
        QStringList conditions;
        if (!t.matchPrefixes.isEmpty())
            conditions.append(QLatin1String("destination in ") + listName(policy, t));
        if (!t.matchRouteTargets.isEmpty())
            conditions.append(QLatin1String("extcommunity rt matches-any ") + listName(policy, t));
        const QLatin1StringView indent = conditions.isEmpty() ? QLatin1StringView("  ") : QLatin1StringView("    ");
        if (!conditions.isEmpty())
            out += QLatin1String("  if ") % conditions.join(QLatin1String(" and ")) % QLatin1String(" then\n");
        if (t.action == PolicyTerm::Action::Reject) {
            out += indent % QLatin1String("drop\n");
        } else {
            if (t.localPreference > 0)
                out += indent % QLatin1String("set local-preference ") % QString::number(t.localPreference) %
                       QLatin1Char('\n');
            if (!t.addRouteTargets.isEmpty())
                out += indent % QLatin1String("set extcommunity rt (") % t.addRouteTargets.join(QLatin1String(", ")) %
                       QLatin1String(") additive\n");
            out += indent % QLatin1String("done\n");
        }
        if (!conditions.isEmpty())
            out += QLatin1String("  endif\n");
    }
    out += QLatin1String("  drop\nend-policy\n") % kBang;
}

void IosXrConfigWriter::writeQos(QString &out) const
{
    // Class maps belong to the QoS model: one per class, shared by every attachment of the model.
    QSet<QString> written;
    for (const Attachment &a : m_device.attachments) {
        for (const QosClass &k : a.qos.classes) {
            const QString name = classMapName(a.qos, k);
            if (k.dscp.isEmpty() || written.contains(name))
                continue;
            written.insert(name);
            QStringList codePoints;
            for (const int d : k.dscp)
                codePoints.append(Dscp::name(d));
            out += QLatin1String("class-map match-any ") % name % QLatin1String("\n match dscp ") %
                   codePoints.join(QLatin1Char(' ')) % QLatin1String("\n end-class-map\n") % kBang;
        }
    }
    for (const Attachment &a : m_device.attachments) {
        if (a.qos.isEmpty())
            continue;
        out += QLatin1String("policy-map ") % a.name % QLatin1String("-QOS\n");
        for (const QosClass &k : a.qos.classes) {
            if (k.dscp.isEmpty())
                continue;
            out += QLatin1String(" class ") % classMapName(a.qos, k) % QLatin1Char('\n');
            if (k.priority) {
                out += QLatin1String("  priority level 1\n");
                if (a.qos.efPolicingKbps > 0)
                    out += QLatin1String("  police rate ") % QString::number(a.qos.efPolicingKbps) %
                           QLatin1String(" kbps\n  !\n");
            } else {
                out += QLatin1String("  bandwidth remaining percent ") % QString::number(k.percent) % QLatin1Char('\n');
            }
            out += QLatin1String(" !\n");
        }
        for (const QosClass &k : a.qos.classes) {
            if (k.dscp.isEmpty())
                out += QLatin1String(" class class-default\n  bandwidth remaining percent ") %
                       QString::number(k.percent) % QLatin1String("\n !\n");
        }
        out += QLatin1String(" end-policy-map\n") % kBang;
        if (a.qos.shapingRateKbps > 0)
            out += QLatin1String("policy-map ") % a.name % QLatin1String("-SHAPE\n class class-default\n  shape average ") %
                   QString::number(a.qos.shapingRateKbps) % QLatin1String(" kbps\n  service-policy ") % a.name %
                   QLatin1String("-QOS\n !\n end-policy-map\n") % kBang;
    }
}

void IosXrConfigWriter::writeInterfaces(QString &out)
{
    out += QLatin1String("interface Loopback0\n ipv4 address ") % m_device.loopback %
           QLatin1String(" 255.255.255.255\n") % kBang;
    // A VRF's loopback is numbered by its service id (never 0, the router's own loopback).
    for (const VrfDefinition &vrf : m_device.vrfs) {
        if (!vrf.loopback.isEmpty())
            out += QLatin1String("interface Loopback") % QString::number(vrf.loopbackNumber()) %
                   QLatin1String("\n vrf ") % vrf.name % QLatin1String("\n ipv4 address ") % vrf.loopback %
                   QLatin1String(" 255.255.255.255\n") % kBang;
    }
    for (const Attachment &a : m_device.attachments) {
        const QString description = m_text.clean(a.description, SafeText::Field::InterfaceDescription,
                                                 QStringLiteral("attachment ") + a.name);
        out += QLatin1String("interface ") % a.parentInterface % QLatin1Char('.') % QString::number(a.vlan) %
               QLatin1Char('\n');
        if (!description.isEmpty())
            out += QLatin1String(" description ") % description % QLatin1Char('\n');
        out += QLatin1String(" vrf ") % a.vrf % QLatin1String("\n ipv4 address ") % a.peAddress % QLatin1Char(' ') %
               mask(a.prefixLength) % QLatin1String("\n encapsulation dot1q ") % QString::number(a.vlan) %
               QLatin1Char('\n');
        if (!a.qos.isEmpty())
            out += QLatin1String(" service-policy output ") % a.name %
                   (a.qos.shapingRateKbps > 0 ? QLatin1String("-SHAPE\n") : QLatin1String("-QOS\n"));
        out += kBang;
    }
}

void IosXrConfigWriter::writeBgp(QString &out)
{
    out += QLatin1String("router bgp ") % QString::number(m_device.providerAs) % QLatin1String("\n bgp router-id ") %
           m_device.loopback % QLatin1String("\n address-family vpnv4 unicast\n !\n");
    for (const CoreNeighbor &n : m_device.coreNeighbors)
        out += QLatin1String(" neighbor ") % n.address % QLatin1String("\n  remote-as ") %
               QString::number(m_device.providerAs) % QLatin1String("\n  description ") % n.name %
               QLatin1String("\n  update-source Loopback0\n  address-family vpnv4 unicast\n  !\n !\n");
    for (const VrfDefinition &vrf : m_device.vrfs) {
        const bool anyStatic = std::any_of(m_device.attachments.cbegin(), m_device.attachments.cend(),
                                           [&vrf](const Attachment &a) { return a.vrf == vrf.name && a.staticRouting; });
        out += QLatin1String(" vrf ") % vrf.name % QLatin1String("\n  rd ") % vrf.routeDistinguisher %
               QLatin1String("\n  address-family ipv4 unicast\n   redistribute connected\n") %
               (anyStatic ? QLatin1String("   redistribute static\n") : QLatin1String("")) % QLatin1String("  !\n");
        for (const Attachment &a : m_device.attachments) {
            if (a.vrf != vrf.name || !a.bgp)
                continue;
            const QString description = m_text.clean(a.siteName, SafeText::Field::NeighborDescription,
                                                     QStringLiteral("attachment ") + a.name);
            out += QLatin1String("  neighbor ") % a.ceAddress % QLatin1String("\n   remote-as ") %
                   QString::number(a.bgp->peerAs) % QLatin1Char('\n');
            if (!description.isEmpty())
                out += QLatin1String("   description ") % description % QLatin1Char('\n');
            out += QLatin1String("   address-family ipv4 unicast\n    route-policy ") % a.name %
                   QLatin1String("-IN in\n");
            if (a.bgp->maxPrefix > 0)
                out += QLatin1String("    maximum-prefix ") % QString::number(a.bgp->maxPrefix) % QLatin1String(" 75\n");
            out += QLatin1String("    route-policy ") % a.name % QLatin1String("-OUT out\n");
            if (a.bgp->asOverride)
                out += QLatin1String("    as-override\n");
            if (a.bgp->allowAsIn > 0)
                out += QLatin1String("    allowas-in ") % QString::number(a.bgp->allowAsIn) % QLatin1Char('\n');
            if (!a.bgp->siteOfOrigin.isEmpty())
                out += QLatin1String("    site-of-origin ") % a.bgp->siteOfOrigin % QLatin1Char('\n');
            out += QLatin1String("   !\n  !\n");
        }
        out += QLatin1String(" !\n");
    }
    out += kBang;
}

void IosXrConfigWriter::writeStatic(QString &out) const
{
    QString body;
    for (const VrfDefinition &vrf : m_device.vrfs) {
        QString routes;
        for (const Attachment &a : m_device.attachments) {
            if (a.vrf != vrf.name || !a.staticRouting)
                continue;
            for (const QString &prefix : a.staticRouting->lanPrefixes)
                routes += QLatin1String("   ") % prefix % QLatin1Char(' ') % a.ceAddress % QLatin1Char('\n');
        }
        if (!routes.isEmpty())
            body += QLatin1String(" vrf ") % vrf.name % QLatin1String("\n  address-family ipv4 unicast\n") % routes %
                    QLatin1String("  !\n !\n");
    }
    if (!body.isEmpty())
        out += QLatin1String("router static\n") % body % kBang;
}

void IosXrConfigWriter::writeRemoval(QString &out) const
{
    out += QLatin1String("router bgp ") % QString::number(m_device.providerAs) % QLatin1Char('\n');
    for (const VrfDefinition &vrf : m_device.vrfs)
        out += QLatin1String(" no vrf ") % vrf.name % QLatin1Char('\n');
    out += kBang;
    QString statics;
    for (const VrfDefinition &vrf : m_device.vrfs) {
        if (std::any_of(m_device.attachments.cbegin(), m_device.attachments.cend(),
                        [&vrf](const Attachment &a) { return a.vrf == vrf.name && a.staticRouting; }))
            statics += QLatin1String(" no vrf ") % vrf.name % QLatin1Char('\n');
    }
    if (!statics.isEmpty())
        out += QLatin1String("router static\n") % statics % kBang;
    for (const Attachment &a : m_device.attachments)
        out += QLatin1String("no interface ") % a.parentInterface % QLatin1Char('.') % QString::number(a.vlan) %
               QLatin1Char('\n');
    for (const VrfDefinition &vrf : m_device.vrfs) {
        if (!vrf.loopback.isEmpty())
            out += QLatin1String("no interface Loopback") % QString::number(vrf.loopbackNumber()) %
                   QLatin1Char('\n');
    }
    for (const VrfDefinition &vrf : m_device.vrfs)
        out += QLatin1String("no vrf ") % vrf.name % QLatin1Char('\n');
    for (const Attachment &a : m_device.attachments) {
        if (!a.qos.isEmpty()) {
            if (a.qos.shapingRateKbps > 0)
                out += QLatin1String("no policy-map ") % a.name % QLatin1String("-SHAPE\n");
            out += QLatin1String("no policy-map ") % a.name % QLatin1String("-QOS\n");
        }
        if (a.bgp)
            out += QLatin1String("no route-policy ") % a.name % QLatin1String("-IN\nno route-policy ") % a.name %
                   QLatin1String("-OUT\n");
    }
    for (const VrfDefinition &vrf : m_device.vrfs) {
        for (const RoutingPolicy *policy : {&vrf.importPolicy, &vrf.exportPolicy}) {
            if (!policy->isEmpty())
                out += QLatin1String("no route-policy ") % policy->name % QLatin1Char('\n');
        }
    }
    for (const Attachment &a : m_device.attachments) {
        if (a.bgp && !a.bgp->lanPrefixes.isEmpty())
            out += QLatin1String("no prefix-set ") % a.name % QLatin1String("-LAN\n");
    }
    for (const VrfDefinition &vrf : m_device.vrfs) {
        for (const RoutingPolicy *policy : {&vrf.importPolicy, &vrf.exportPolicy}) {
            for (const PolicyTerm &t : policy->terms) {
                if (!t.matchPrefixes.isEmpty())
                    out += QLatin1String("no prefix-set ") % listName(*policy, t) % QLatin1Char('\n');
                if (!t.matchRouteTargets.isEmpty())
                    out += QLatin1String("no extcommunity-set rt ") % listName(*policy, t) % QLatin1Char('\n');
            }
        }
    }
    out += QLatin1String("! The class maps of the QoS models stay: other services share them.\n");
}

} // namespace vpnwb
