#include "iosxeconfigwriter.h"

#include "dscp.h"
#include "networktext.h"

#include <QSet>

namespace vpnwb {
namespace {

constexpr QLatin1StringView kBang("!\n");

QString classMapName(const QosPolicy &qos, const QosClass &k)
{
    return qos.model + QLatin1Char('-') + k.name;
}

QString interfaceName(const QString &name, int vlan)
{
    return vlan == 0 ? name : name + QLatin1Char('.') + QString::number(vlan);
}

// "a.b.c.d/len" as IOS writes it: "a.b.c.d m.m.m.m".
QString addressAndMask(const QString &prefix)
{
    const auto p = NetworkText::parsePrefix(prefix);
    return NetworkText::ipv4ToString(p->network) + QLatin1Char(' ') + NetworkText::netmask(p->length);
}

QString vrfKeyword(const QString &vrf)
{
    return vrf.isEmpty() ? QString() : QLatin1String("vrf ") + vrf + QLatin1Char(' ');
}

} // namespace

IosXeConfigWriter::IosXeConfigWriter(const DeviceDesign &device)
    : m_device(device), m_text(u"iosxe", m_rendering.diagnostics)
{}

Rendering IosXeConfigWriter::write()
{
    QString &out = m_rendering.configuration;
    out.reserve(2048 + 1200 * m_device.attachments.size());
    writeVrfs(out);
    writeQos(out);
    writeInterfaces(out);
    writeStaticRoutes(out);
    writeFilters(out);
    writeBgp(out);
    writeRemoval(m_rendering.removal);
    return std::move(m_rendering);
}

void IosXeConfigWriter::writeVrfs(QString &out)
{
    for (const VrfDefinition &vrf : m_device.vrfs) {
        const QString description = m_text.clean(vrf.vpnName, SafeText::Field::VrfDescription,
                                                 QStringLiteral("VRF ") + vrf.name);
        out += QLatin1String("vrf definition ") % vrf.name % QLatin1Char('\n');
        if (!description.isEmpty())
            out += QLatin1String(" description ") % description % QLatin1Char('\n');
        if (!vrf.routeDistinguisher.isEmpty())
            out += QLatin1String(" rd ") % vrf.routeDistinguisher % QLatin1Char('\n');
        out += QLatin1String(" !\n address-family ipv4\n exit-address-family\n") % kBang;
    }
}

void IosXeConfigWriter::writeQos(QString &out) const
{
    // Class maps belong to the QoS model: one per class, shared by its attachments.
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
                   codePoints.join(QLatin1Char(' ')) % QLatin1Char('\n') % kBang;
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
                out += QLatin1String("  priority\n");
                if (a.qos.efPolicingKbps > 0)
                    out += QLatin1String("  police cir ") % QString::number(a.qos.efPolicingKbps * 1000) %
                           QLatin1Char('\n');
            } else {
                out += QLatin1String("  bandwidth remaining percent ") % QString::number(k.percent) % QLatin1Char('\n');
            }
        }
        for (const QosClass &k : a.qos.classes) {
            if (k.dscp.isEmpty())
                out += QLatin1String(" class class-default\n  bandwidth remaining percent ") %
                       QString::number(k.percent) % QLatin1Char('\n');
        }
        out += kBang;
        if (a.qos.shapingRateKbps > 0)
            out += QLatin1String("policy-map ") % a.name % QLatin1String("-SHAPE\n class class-default\n  shape average ") %
                   QString::number(a.qos.shapingRateKbps * 1000) % QLatin1String("\n  service-policy ") % a.name %
                   QLatin1String("-QOS\n") % kBang;
    }
}

void IosXeConfigWriter::writeInterfaces(QString &out)
{
    out += QLatin1String("interface Loopback0\n ip address ") % m_device.loopback %
           QLatin1String(" 255.255.255.255\n") % kBang;
    QSet<QString> parents;
    for (const Attachment &a : m_device.attachments) {
        if (parents.contains(a.parentInterface))
            continue;
        parents.insert(a.parentInterface);
        out += QLatin1String("interface ") % a.parentInterface % QLatin1String("\n no shutdown\n") % kBang;
    }
    for (const Attachment &a : m_device.attachments) {
        const QString description = m_text.clean(a.description, SafeText::Field::InterfaceDescription,
                                                 QStringLiteral("attachment ") + a.name);
        out += QLatin1String("interface ") % interfaceName(a.parentInterface, a.vlan) % QLatin1Char('\n');
        if (!description.isEmpty())
            out += QLatin1String(" description ") % description % QLatin1Char('\n');
        out += QLatin1String(" encapsulation dot1Q ") % QString::number(a.vlan) % QLatin1Char('\n');
        if (!a.vrf.isEmpty())
            out += QLatin1String(" vrf forwarding ") % a.vrf % QLatin1Char('\n');
        out += QLatin1String(" ip address ") % a.ceAddress % QLatin1Char(' ') % NetworkText::netmask(a.prefixLength) %
               QLatin1Char('\n');
        if (!a.qos.isEmpty())
            out += QLatin1String(" service-policy output ") % a.name %
                   (a.qos.shapingRateKbps > 0 ? QLatin1String("-SHAPE\n") : QLatin1String("-QOS\n"));
        out += kBang;
    }
    // A router's ports are shut by default: the parent of LAN sub-interfaces is enabled too.
    for (const LanInterface &l : m_device.lanInterfaces) {
        if (l.vlan == 0 || parents.contains(l.name))
            continue;
        parents.insert(l.name);
        out += QLatin1String("interface ") % l.name % QLatin1String("\n no shutdown\n") % kBang;
    }
    for (const LanInterface &l : m_device.lanInterfaces) {
        const QString description = m_text.clean(l.description, SafeText::Field::InterfaceDescription,
                                                 QStringLiteral("LAN interface ") + interfaceName(l.name, l.vlan));
        out += QLatin1String("interface ") % interfaceName(l.name, l.vlan) % QLatin1Char('\n');
        if (!description.isEmpty())
            out += QLatin1String(" description ") % description % QLatin1Char('\n');
        if (l.vlan != 0)
            out += QLatin1String(" encapsulation dot1Q ") % QString::number(l.vlan) % QLatin1Char('\n');
        if (!l.vrf.isEmpty())
            out += QLatin1String(" vrf forwarding ") % l.vrf % QLatin1Char('\n');
        out += QLatin1String(" ip address ") % l.address % QLatin1Char(' ') % NetworkText::netmask(l.prefixLength) %
               QLatin1String("\n no shutdown\n") % kBang;
    }
}

void IosXeConfigWriter::writeStaticRoutes(QString &out) const
{
    bool any = false;
    for (const Attachment &a : m_device.attachments) {
        if (a.staticRouting) {
            out += QLatin1String("ip route ") % vrfKeyword(a.vrf) % QLatin1String("0.0.0.0 0.0.0.0 ") % a.peAddress %
                   QLatin1Char('\n');
            any = true;
        }
    }
    if (any)
        out += kBang;
}

void IosXeConfigWriter::writeFilters(QString &out) const
{
    for (const Attachment &a : m_device.attachments) {
        if (!a.bgp)
            continue;
        int seq = 5;
        for (const QString &prefix : a.bgp->lanPrefixes) {
            out += QLatin1String("ip prefix-list ") % a.name % QLatin1String("-LAN seq ") % QString::number(seq) %
                   QLatin1String(" permit ") % prefix % QLatin1Char('\n');
            seq += 5;
        }
        out += QLatin1String("route-map ") % a.name % QLatin1String("-IN permit 10\n") % kBang %
               QLatin1String("route-map ") % a.name % QLatin1String("-OUT permit 10\n");
        if (!a.bgp->lanPrefixes.isEmpty())
            out += QLatin1String(" match ip address prefix-list ") % a.name % QLatin1String("-LAN\n");
        out += kBang;
    }
}

void IosXeConfigWriter::writeBgp(QString &out)
{
    if (m_device.localAs == 0)
        return;
    QStringList contexts; // "" for the global table, then the VRFs, as far as they have eBGP
    for (const Attachment &a : m_device.attachments) {
        if (a.bgp && !contexts.contains(a.vrf))
            contexts.append(a.vrf);
    }
    if (contexts.isEmpty())
        return;
    out += QLatin1String("router bgp ") % QString::number(m_device.localAs) % QLatin1String("\n bgp router-id ") %
           m_device.loopback % QLatin1String("\n bgp log-neighbor-changes\n no bgp default ipv4-unicast\n");
    for (const QString &vrf : std::as_const(contexts)) {
        // Global neighbors are declared at the top, VRF neighbors inside their address family.
        QString neighbors;
        QString settings;
        QSet<QString> networks;
        QString networkLines;
        for (const Attachment &a : m_device.attachments) {
            if (!a.bgp || a.vrf != vrf)
                continue;
            const QString indent = vrf.isEmpty() ? QStringLiteral(" ") : QStringLiteral("  ");
            const QString description = m_text.clean(a.description, SafeText::Field::NeighborDescription,
                                                     QStringLiteral("attachment ") + a.name);
            neighbors += indent % QLatin1String("neighbor ") % a.peAddress % QLatin1String(" remote-as ") %
                         QString::number(a.bgp->peerAs) % QLatin1Char('\n');
            if (!description.isEmpty())
                neighbors += indent % QLatin1String("neighbor ") % a.peAddress % QLatin1String(" description ") %
                             description % QLatin1Char('\n');
            const QString n = QLatin1String("  neighbor ") + a.peAddress;
            settings += n % QLatin1String(" activate\n");
            if (a.bgp->allowAsIn > 0)
                settings += n % QLatin1String(" allowas-in ") % QString::number(a.bgp->allowAsIn) % QLatin1Char('\n');
            settings += n % QLatin1String(" route-map ") % a.name % QLatin1String("-IN in\n") % n %
                        QLatin1String(" route-map ") % a.name % QLatin1String("-OUT out\n");
            for (const QString &prefix : a.bgp->lanPrefixes) {
                if (!networks.contains(prefix)) {
                    networks.insert(prefix);
                    networkLines += QLatin1String("  network ") % addressAndMask(prefix) % QLatin1Char('\n');
                }
            }
        }
        if (vrf.isEmpty())
            out += neighbors % QLatin1String(" !\n address-family ipv4\n") % networkLines % settings;
        else
            out += QLatin1String(" !\n address-family ipv4 vrf ") % vrf % QLatin1Char('\n') % networkLines % neighbors %
                   settings;
        out += QLatin1String(" exit-address-family\n");
    }
    out += kBang;
}

void IosXeConfigWriter::writeRemoval(QString &out) const
{
    if (m_device.localAs != 0 &&
        std::any_of(m_device.attachments.cbegin(), m_device.attachments.cend(), [](const Attachment &a) { return a.bgp; }))
        out += QLatin1String("no router bgp ") % QString::number(m_device.localAs) % QLatin1Char('\n');
    for (const Attachment &a : m_device.attachments) {
        if (a.staticRouting)
            out += QLatin1String("no ip route ") % vrfKeyword(a.vrf) % QLatin1String("0.0.0.0 0.0.0.0 ") % a.peAddress %
                   QLatin1Char('\n');
    }
    for (const Attachment &a : m_device.attachments)
        out += QLatin1String("no interface ") % interfaceName(a.parentInterface, a.vlan) % QLatin1Char('\n');
    for (const LanInterface &l : m_device.lanInterfaces) {
        if (l.vlan != 0)
            out += QLatin1String("no interface ") % interfaceName(l.name, l.vlan) % QLatin1Char('\n');
        else
            out += QLatin1String("interface ") % l.name % QLatin1String("\n no ip address\n no description\n") %
                   (l.vrf.isEmpty() ? QString() : QLatin1String(" no vrf forwarding ") + l.vrf + QLatin1Char('\n')) %
                   kBang;
    }
    for (const Attachment &a : m_device.attachments) {
        if (!a.qos.isEmpty()) {
            if (a.qos.shapingRateKbps > 0)
                out += QLatin1String("no policy-map ") % a.name % QLatin1String("-SHAPE\n");
            out += QLatin1String("no policy-map ") % a.name % QLatin1String("-QOS\n");
        }
        if (!a.bgp)
            continue;
        out += QLatin1String("no route-map ") % a.name % QLatin1String("-IN\nno route-map ") % a.name %
               QLatin1String("-OUT\n");
        if (!a.bgp->lanPrefixes.isEmpty())
            out += QLatin1String("no ip prefix-list ") % a.name % QLatin1String("-LAN\n");
    }
    for (const VrfDefinition &vrf : m_device.vrfs)
        out += QLatin1String("no vrf definition ") % vrf.name % QLatin1Char('\n');
    out += QLatin1String("! The class maps of the QoS models stay: other services share them.\n");
}

} // namespace vpnwb
