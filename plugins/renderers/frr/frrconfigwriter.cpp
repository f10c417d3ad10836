#include "frrconfigwriter.h"

#include <QSet>

namespace vpnwb {
namespace {

// FRR's separator between blocks, as `show running-config` prints it.
constexpr QLatin1StringView kBang("!\n");

QString termListName(const RoutingPolicy &policy, const PolicyTerm &term)
{
    return policy.name + QLatin1Char('-') + term.name;
}

// "le 32" lets a prefix-list entry match the prefix and every longer one inside it.
QString orLonger(const QString &prefix)
{
    return prefix.endsWith(QLatin1String("/32")) ? prefix : prefix + QLatin1String(" le 32");
}

} // namespace

FrrConfigWriter::FrrConfigWriter(const DeviceDesign &device)
    : m_device(device), m_text(u"frr", m_rendering.diagnostics)
{}

QString FrrConfigWriter::interfaceName(const QString &parent, int vlan) const
{
    return vlan == 0 ? parent : parent + QLatin1Char('.') + QString::number(vlan);
}

// The Linux device that holds a VRF's loopback address: a dummy device
// enslaved to the VRF (the VRF device itself cannot hold it for FRR).
QString FrrConfigWriter::loopbackDevice(const VrfDefinition &vrf) const
{
    return QLatin1String("lo") + QString::number(vrf.loopbackNumber());
}

// " vrf NAME" for interfaces and BGP instances of a VRF, nothing for the global table.
QString FrrConfigWriter::vrfSuffix(const QString &vrf) const
{
    return vrf.isEmpty() ? QString() : QLatin1String(" vrf ") + vrf;
}

Result<Rendering> FrrConfigWriter::write()
{
    // Linux limits interface names to 15 characters.
    auto checkName = [this](const QString &object, const QString &name) -> Status {
        if (name.size() <= 15)
            return Status::success();
        return Error::invalidInput(QStringLiteral("device %1: %2: the Linux interface name '%3' is longer than 15 "
                                                  "characters; choose a shorter parent interface name")
                                       .arg(m_device.name, object, name));
    };
    for (const Attachment &a : m_device.attachments) {
        if (Status s = checkName(QStringLiteral("attachment ") + a.name, interfaceName(a.parentInterface, a.vlan)); !s)
            return s.error();
    }
    for (const LanInterface &l : m_device.lanInterfaces) {
        if (Status s = checkName(QStringLiteral("LAN interface ") + l.name, interfaceName(l.name, l.vlan)); !s)
            return s.error();
    }

    QString &out = m_rendering.configuration;
    out.reserve(1024 + 1400 * m_device.attachments.size());
    writeHostNotes(out);
    writeVrfBlocks(out);
    writeInterfaces(out);
    // Filters before the BGP instances that use them, so that bgpd never sees a missing route-map.
    writeFilters(out);
    if (m_device.role == DeviceRole::Pe) {
        writeCoreBgp(out);
        for (const VrfDefinition &vrf : m_device.vrfs)
            writePeVrfBgp(out, vrf);
    } else {
        for (const VrfDefinition &vrf : m_device.vrfs)
            writeCeBgp(out, vrf.name);
        writeCeBgp(out, QString());
    }
    noteUnsupported();
    writeRemoval(m_rendering.removal);
    return std::move(m_rendering);
}

void FrrConfigWriter::writeHostNotes(QString &out) const
{
    out += QLatin1String("! Linux host, before loading: the VRF and VLAN devices (FRR does not create them)\n");
    for (qsizetype i = 0; i < m_device.vrfs.size(); ++i) {
        const VrfDefinition &v = m_device.vrfs[i];
        const qint64 table = 1000 + (v.serviceId != 0 ? v.serviceId : i + 1);
        out += QLatin1String("! ip link add ") % v.name % QLatin1String(" type vrf table ") % QString::number(table) %
               QLatin1String("\n! ip link set ") % v.name % QLatin1String(" up\n");
    }
    // Each VRF loopback: a dummy device in its VRF, named after its loopback number.
    for (const VrfDefinition &v : m_device.vrfs) {
        if (v.loopback.isEmpty())
            continue;
        const QString device = loopbackDevice(v);
        out += QLatin1String("! ip link add ") % device % QLatin1String(" type dummy\n! ip link set ") %
               device % QLatin1String(" master ") % v.name % QLatin1String(" up\n");
    }
    auto vlanDevice = [&out, this](const QString &parent, int vlan, const QString &vrf) {
        if (vlan == 0)
            return;
        const QString name = interfaceName(parent, vlan);
        out += QLatin1String("! ip link add link ") % parent % QLatin1String(" name ") % name %
               QLatin1String(" type vlan id ") % QString::number(vlan) % QLatin1String("\n! ip link set ") % name %
               (vrf.isEmpty() ? QString() : QLatin1String(" master ") + vrf) % QLatin1String(" up\n");
    };
    for (const Attachment &a : m_device.attachments)
        vlanDevice(a.parentInterface, a.vlan, a.vrf);
    for (const LanInterface &l : m_device.lanInterfaces)
        vlanDevice(l.name, l.vlan, l.vrf);
    out += kBang;
}

void FrrConfigWriter::writeVrfBlocks(QString &out) const
{
    const bool pe = m_device.role == DeviceRole::Pe;
    // Static routes: on a PE the site's LAN prefixes via the CE, on a CE a default route via the PE.
    auto staticRoutes = [&out, pe](const Attachment &a, QLatin1StringView indent) {
        if (!a.staticRouting)
            return;
        if (!pe) {
            out += indent % QLatin1String("ip route 0.0.0.0/0 ") % a.peAddress % QLatin1Char('\n');
            return;
        }
        for (const QString &prefix : a.staticRouting->lanPrefixes)
            out += indent % QLatin1String("ip route ") % prefix % QLatin1Char(' ') % a.ceAddress % QLatin1Char('\n');
    };
    for (const VrfDefinition &vrf : m_device.vrfs) {
        out += QLatin1String("vrf ") % vrf.name % QLatin1Char('\n');
        for (const Attachment &a : m_device.attachments) {
            if (a.vrf == vrf.name)
                staticRoutes(a, QLatin1StringView(" "));
        }
        out += QLatin1String("exit-vrf\n") % kBang;
    }
    bool global = false;
    for (const Attachment &a : m_device.attachments) {
        if (a.vrf.isEmpty() && a.staticRouting) {
            staticRoutes(a, QLatin1StringView(""));
            global = true;
        }
    }
    if (global)
        out += kBang;
}

void FrrConfigWriter::writeInterfaces(QString &out)
{
    out += QLatin1String("interface lo\n ip address ") % m_device.loopback % QLatin1String("/32\nexit\n") % kBang;
    for (const VrfDefinition &vrf : m_device.vrfs) {
        if (!vrf.loopback.isEmpty())
            out += QLatin1String("interface ") % loopbackDevice(vrf) % vrfSuffix(vrf.name) %
                   QLatin1String("\n ip address ") % vrf.loopback % QLatin1String("/32\nexit\n") % kBang;
    }
    const bool pe = m_device.role == DeviceRole::Pe;
    for (const Attachment &a : m_device.attachments) {
        const QString description = m_text.clean(a.description, SafeText::Field::InterfaceDescription,
                                                 QStringLiteral("attachment ") + a.name);
        out += QLatin1String("interface ") % interfaceName(a.parentInterface, a.vlan) % vrfSuffix(a.vrf) %
               QLatin1Char('\n');
        if (!description.isEmpty())
            out += QLatin1String(" description ") % description % QLatin1Char('\n');
        out += QLatin1String(" ip address ") % (pe ? a.peAddress : a.ceAddress) % QLatin1Char('/') %
               QString::number(a.prefixLength) % QLatin1String("\nexit\n") % kBang;
    }
    for (const LanInterface &l : m_device.lanInterfaces) {
        const QString description = m_text.clean(l.description, SafeText::Field::InterfaceDescription,
                                                 QStringLiteral("LAN interface ") + l.name);
        out += QLatin1String("interface ") % interfaceName(l.name, l.vlan) % vrfSuffix(l.vrf) % QLatin1Char('\n');
        if (!description.isEmpty())
            out += QLatin1String(" description ") % description % QLatin1Char('\n');
        out += QLatin1String(" ip address ") % l.address % QLatin1Char('/') % QString::number(l.prefixLength) %
               QLatin1String("\nexit\n") % kBang;
    }
}

void FrrConfigWriter::writeCoreBgp(QString &out) const
{
    const QString as = QString::number(m_device.providerAs);
    out += QLatin1String("router bgp ") % as % QLatin1String("\n bgp router-id ") % m_device.loopback %
           QLatin1String("\n no bgp default ipv4-unicast\n");
    for (const CoreNeighbor &n : m_device.coreNeighbors) {
        out += QLatin1String(" neighbor ") % n.address % QLatin1String(" remote-as ") % as %
               QLatin1String("\n neighbor ") % n.address % QLatin1String(" description ") % n.name %
               QLatin1String("\n neighbor ") % n.address % QLatin1String(" update-source lo\n");
    }
    if (!m_device.coreNeighbors.isEmpty()) {
        out += QLatin1String(" !\n address-family ipv4 vpn\n");
        for (const CoreNeighbor &n : m_device.coreNeighbors)
            out += QLatin1String("  neighbor ") % n.address % QLatin1String(" activate\n");
        out += QLatin1String(" exit-address-family\n");
    }
    out += QLatin1String("exit\n") % kBang;
}

void FrrConfigWriter::writePeVrfBgp(QString &out, const VrfDefinition &vrf)
{
    out += QLatin1String("router bgp ") % QString::number(m_device.providerAs) % QLatin1String(" vrf ") % vrf.name %
           QLatin1String("\n bgp router-id ") % m_device.loopback % QLatin1String("\n no bgp default ipv4-unicast\n");
    bool anyStatic = false;
    for (const Attachment &a : m_device.attachments) {
        if (a.vrf != vrf.name)
            continue;
        anyStatic = anyStatic || a.staticRouting.has_value();
        if (!a.bgp)
            continue;
        const QString description = m_text.clean(a.siteName, SafeText::Field::NeighborDescription,
                                                 QStringLiteral("attachment ") + a.name);
        out += QLatin1String(" neighbor ") % a.ceAddress % QLatin1String(" remote-as ") %
               QString::number(a.bgp->peerAs) % QLatin1Char('\n');
        if (!description.isEmpty())
            out += QLatin1String(" neighbor ") % a.ceAddress % QLatin1String(" description ") % description %
                   QLatin1Char('\n');
    }
    out += QLatin1String(" !\n address-family ipv4 unicast\n  redistribute connected\n");
    if (anyStatic)
        out += QLatin1String("  redistribute static\n");
    for (const Attachment &a : m_device.attachments) {
        if (a.vrf != vrf.name || !a.bgp)
            continue;
        const QString n = QLatin1String("  neighbor ") + a.ceAddress;
        out += n % QLatin1String(" activate\n");
        if (a.bgp->asOverride)
            out += n % QLatin1String(" as-override\n");
        if (a.bgp->maxPrefix > 0)
            out += n % QLatin1String(" maximum-prefix ") % QString::number(a.bgp->maxPrefix) % QLatin1Char('\n');
        if (a.bgp->allowAsIn > 0)
            out += n % QLatin1String(" allowas-in ") % QString::number(a.bgp->allowAsIn) % QLatin1Char('\n');
        if (!a.bgp->siteOfOrigin.isEmpty())
            out += n % QLatin1String(" soo ") % a.bgp->siteOfOrigin % QLatin1Char('\n');
        out += n % QLatin1String(" route-map ") % a.name % QLatin1String("-IN in\n") % n %
               QLatin1String(" route-map ") % a.name % QLatin1String("-OUT out\n");
    }
    if (!vrf.importPolicy.isEmpty())
        out += QLatin1String("  route-map vpn import ") % vrf.importPolicy.name % QLatin1Char('\n');
    out += QLatin1String("  label vpn export auto\n  rd vpn export ") % vrf.routeDistinguisher % QLatin1Char('\n');
    if (vrf.importRouteTargets == vrf.exportRouteTargets) {
        out += QLatin1String("  rt vpn both ") % vrf.importRouteTargets.join(QLatin1Char(' ')) % QLatin1Char('\n');
    } else {
        out += QLatin1String("  rt vpn import ") % vrf.importRouteTargets.join(QLatin1Char(' ')) %
               QLatin1String("\n  rt vpn export ") % vrf.exportRouteTargets.join(QLatin1Char(' ')) %
               QLatin1Char('\n');
    }
    if (!vrf.exportPolicy.isEmpty())
        out += QLatin1String("  route-map vpn export ") % vrf.exportPolicy.name % QLatin1Char('\n');
    out += QLatin1String("  export vpn\n  import vpn\n exit-address-family\nexit\n") % kBang;
}

void FrrConfigWriter::writeCeBgp(QString &out, const QString &vrf)
{
    QList<const Attachment *> peerings;
    for (const Attachment &a : m_device.attachments) {
        if (a.vrf == vrf && a.bgp)
            peerings.append(&a);
    }
    if (peerings.isEmpty())
        return;
    out += QLatin1String("router bgp ") % QString::number(m_device.localAs) % vrfSuffix(vrf) %
           QLatin1String("\n bgp router-id ") % m_device.loopback % QLatin1String("\n no bgp default ipv4-unicast\n");
    for (const Attachment *a : std::as_const(peerings)) {
        const QString description = m_text.clean(a->description, SafeText::Field::NeighborDescription,
                                                 QStringLiteral("attachment ") + a->name);
        out += QLatin1String(" neighbor ") % a->peAddress % QLatin1String(" remote-as ") %
               QString::number(a->bgp->peerAs) % QLatin1Char('\n');
        if (!description.isEmpty())
            out += QLatin1String(" neighbor ") % a->peAddress % QLatin1String(" description ") % description %
                   QLatin1Char('\n');
    }
    out += QLatin1String(" !\n address-family ipv4 unicast\n");
    QSet<QString> announced;
    for (const Attachment *a : std::as_const(peerings)) {
        for (const QString &prefix : a->bgp->lanPrefixes) {
            if (!announced.contains(prefix)) {
                announced.insert(prefix);
                out += QLatin1String("  network ") % prefix % QLatin1Char('\n');
            }
        }
    }
    for (const Attachment *a : std::as_const(peerings)) {
        const QString n = QLatin1String("  neighbor ") + a->peAddress;
        out += n % QLatin1String(" activate\n");
        if (a->bgp->allowAsIn > 0)
            out += n % QLatin1String(" allowas-in ") % QString::number(a->bgp->allowAsIn) % QLatin1Char('\n');
        out += n % QLatin1String(" route-map ") % a->name % QLatin1String("-IN in\n") % n %
               QLatin1String(" route-map ") % a->name % QLatin1String("-OUT out\n");
    }
    out += QLatin1String(" exit-address-family\nexit\n") % kBang;
}

void FrrConfigWriter::writeFilters(QString &out) const
{
    const bool pe = m_device.role == DeviceRole::Pe;
    // Prefix lists: a PE accepts the site's LAN prefixes and longer ones, a CE announces exactly its own.
    for (const Attachment &a : m_device.attachments) {
        if (!a.bgp || a.bgp->lanPrefixes.isEmpty())
            continue;
        int seq = 5;
        for (const QString &prefix : a.bgp->lanPrefixes) {
            out += QLatin1String("ip prefix-list ") % a.name % QLatin1String("-LAN seq ") % QString::number(seq) %
                   QLatin1String(" permit ") % (pe ? orLonger(prefix) : prefix) % QLatin1Char('\n');
            seq += 5;
        }
    }
    for (const VrfDefinition &vrf : m_device.vrfs) {
        for (const RoutingPolicy *policy : {&vrf.importPolicy, &vrf.exportPolicy}) {
            for (const PolicyTerm &t : policy->terms) {
                int seq = 5;
                for (const QString &prefix : t.matchPrefixes) {
                    out += QLatin1String("ip prefix-list ") % termListName(*policy, t) % QLatin1String(" seq ") %
                           QString::number(seq) % QLatin1String(" permit ") % orLonger(prefix) % QLatin1Char('\n');
                    seq += 5;
                }
            }
        }
    }
    out += kBang;
    bool anyCommunityList = false;
    for (const VrfDefinition &vrf : m_device.vrfs) {
        for (const RoutingPolicy *policy : {&vrf.importPolicy, &vrf.exportPolicy}) {
            for (const PolicyTerm &t : policy->terms) {
                int seq = 5;
                for (const QString &rt : t.matchRouteTargets) {
                    out += QLatin1String("bgp extcommunity-list standard ") % termListName(*policy, t) %
                           QLatin1String(" seq ") % QString::number(seq) % QLatin1String(" permit rt ") % rt %
                           QLatin1Char('\n');
                    seq += 5;
                    anyCommunityList = true;
                }
            }
        }
    }
    if (anyCommunityList)
        out += kBang;
    for (const Attachment &a : m_device.attachments) {
        if (!a.bgp)
            continue;
        const bool filterIn = pe && !a.bgp->lanPrefixes.isEmpty();
        const bool filterOut = !pe && !a.bgp->lanPrefixes.isEmpty();
        out += QLatin1String("route-map ") % a.name % QLatin1String("-IN permit 10\n");
        if (filterIn)
            out += QLatin1String(" match ip address prefix-list ") % a.name % QLatin1String("-LAN\n");
        if (pe && a.bgp->localPreference > 0)
            out += QLatin1String(" set local-preference ") % QString::number(a.bgp->localPreference) % QLatin1Char('\n');
        out += QLatin1String("exit\n") % kBang % QLatin1String("route-map ") % a.name %
               QLatin1String("-OUT permit 10\n");
        if (filterOut)
            out += QLatin1String(" match ip address prefix-list ") % a.name % QLatin1String("-LAN\n");
        out += QLatin1String("exit\n") % kBang;
    }
    for (const VrfDefinition &vrf : m_device.vrfs) {
        writePolicy(out, vrf.importPolicy);
        writePolicy(out, vrf.exportPolicy);
    }
}

void FrrConfigWriter::writePolicy(QString &out, const RoutingPolicy &policy) const
{
    int seq = 10;
    for (const PolicyTerm &t : policy.terms) {
        const bool accept = t.action == PolicyTerm::Action::Accept;
        out += QLatin1String("route-map ") % policy.name % (accept ? QLatin1String(" permit ") : QLatin1String(" deny ")) %
               QString::number(seq) % QLatin1Char('\n');
        if (!t.matchPrefixes.isEmpty())
            out += QLatin1String(" match ip address prefix-list ") % termListName(policy, t) % QLatin1Char('\n');
        if (!t.matchRouteTargets.isEmpty())
            out += QLatin1String(" match extcommunity ") % termListName(policy, t) % QLatin1Char('\n');
        if (t.localPreference > 0)
            out += QLatin1String(" set local-preference ") % QString::number(t.localPreference) % QLatin1Char('\n');
        if (!t.addRouteTargets.isEmpty())
            out += QLatin1String(" set extcommunity rt ") % t.addRouteTargets.join(QLatin1Char(' ')) % QLatin1Char('\n');
        out += QLatin1String("exit\n") % kBang;
        seq += 10;
    }
}

void FrrConfigWriter::writeRemoval(QString &out) const
{
    const bool pe = m_device.role == DeviceRole::Pe;
    out += QLatin1String("! Linux host, before loading: delete the VLAN devices (FRR keeps active interfaces)\n");
    auto deleteVlan = [&out, this](const QString &parent, int vlan) {
        if (vlan != 0)
            out += QLatin1String("! ip link del ") % interfaceName(parent, vlan) % QLatin1Char('\n');
    };
    for (const Attachment &a : m_device.attachments)
        deleteVlan(a.parentInterface, a.vlan);
    for (const LanInterface &l : m_device.lanInterfaces)
        deleteVlan(l.name, l.vlan);
    // and the VRF loopbacks' dummy devices, for the same reason.
    for (const VrfDefinition &vrf : m_device.vrfs) {
        if (!vrf.loopback.isEmpty())
            out += QLatin1String("! ip link del ") % loopbackDevice(vrf) % QLatin1Char('\n');
    }
    out += kBang;

    // BGP instances first (VRF instances before the CE's global one, which they depend on).
    const QString as = QString::number(pe ? m_device.providerAs : m_device.localAs);
    for (const VrfDefinition &vrf : m_device.vrfs) {
        const bool hasBgp = pe || std::any_of(m_device.attachments.cbegin(), m_device.attachments.cend(),
                                              [&vrf](const Attachment &a) { return a.vrf == vrf.name && a.bgp; });
        if (hasBgp)
            out += QLatin1String("no router bgp ") % as % QLatin1String(" vrf ") % vrf.name % QLatin1Char('\n');
    }
    if (!pe && std::any_of(m_device.attachments.cbegin(), m_device.attachments.cend(),
                           [](const Attachment &a) { return a.vrf.isEmpty() && a.bgp; }))
        out += QLatin1String("no router bgp ") % as % QLatin1Char('\n');
    for (const Attachment &a : m_device.attachments) {
        if (!pe && a.vrf.isEmpty() && a.staticRouting)
            out += QLatin1String("no ip route 0.0.0.0/0 ") % a.peAddress % QLatin1Char('\n');
    }
    for (const Attachment &a : m_device.attachments)
        out += QLatin1String("no interface ") % interfaceName(a.parentInterface, a.vlan) % vrfSuffix(a.vrf) %
               QLatin1Char('\n');
    for (const LanInterface &l : m_device.lanInterfaces) {
        if (l.vlan != 0) {
            out += QLatin1String("no interface ") % interfaceName(l.name, l.vlan) % vrfSuffix(l.vrf) %
                   QLatin1Char('\n');
        } else {
            out += QLatin1String("interface ") % l.name % vrfSuffix(l.vrf) % QLatin1String("\n no ip address ") %
                   l.address % QLatin1Char('/') % QString::number(l.prefixLength) %
                   QLatin1String("\n no description\nexit\n");
        }
    }
    for (const VrfDefinition &vrf : m_device.vrfs) {
        if (!vrf.loopback.isEmpty())
            out += QLatin1String("no interface ") % loopbackDevice(vrf) % vrfSuffix(vrf.name) %
                   QLatin1Char('\n');
    }
    for (const VrfDefinition &vrf : m_device.vrfs)
        out += QLatin1String("no vrf ") % vrf.name % QLatin1Char('\n');
    for (const Attachment &a : m_device.attachments) {
        if (a.bgp)
            out += QLatin1String("no route-map ") % a.name % QLatin1String("-IN\nno route-map ") % a.name %
                   QLatin1String("-OUT\n");
    }
    for (const VrfDefinition &vrf : m_device.vrfs) {
        for (const RoutingPolicy *policy : {&vrf.importPolicy, &vrf.exportPolicy}) {
            if (!policy->isEmpty())
                out += QLatin1String("no route-map ") % policy->name % QLatin1Char('\n');
        }
    }
    for (const Attachment &a : m_device.attachments) {
        if (a.bgp && !a.bgp->lanPrefixes.isEmpty())
            out += QLatin1String("no ip prefix-list ") % a.name % QLatin1String("-LAN\n");
    }
    for (const VrfDefinition &vrf : m_device.vrfs) {
        for (const RoutingPolicy *policy : {&vrf.importPolicy, &vrf.exportPolicy}) {
            for (const PolicyTerm &t : policy->terms) {
                if (!t.matchPrefixes.isEmpty())
                    out += QLatin1String("no ip prefix-list ") % termListName(*policy, t) % QLatin1Char('\n');
                if (!t.matchRouteTargets.isEmpty())
                    out += QLatin1String("no bgp extcommunity-list standard ") % termListName(*policy, t) %
                           QLatin1Char('\n');
            }
        }
    }
    out += kBang % QLatin1String("! Linux host, after loading: delete the VRF devices\n");
    for (const VrfDefinition &vrf : m_device.vrfs)
        out += QLatin1String("! ip link del ") % vrf.name % QLatin1Char('\n');
}

void FrrConfigWriter::noteUnsupported()
{
    for (const Attachment &a : m_device.attachments) {
        if (a.qos.isEmpty())
            continue;
        QString what = QStringLiteral("FRR does not configure QoS: apply class model %1").arg(a.qos.model);
        if (a.qos.shapingRateKbps > 0)
            what += QStringLiteral(", shaping to %1 kb/s").arg(a.qos.shapingRateKbps);
        if (a.qos.efPolicingKbps > 0)
            what += QStringLiteral(", EF policed at %1 kb/s").arg(a.qos.efPolicingKbps);
        m_rendering.diagnostics.append({RenderDiagnostic::Severity::Warning, QStringLiteral("attachment ") + a.name,
                                        what + QStringLiteral(" with tc on the Linux host")});
    }
    for (const VrfDefinition &vrf : m_device.vrfs) {
        if (vrf.maxRoutes > 0 && m_device.role == DeviceRole::Pe)
            m_rendering.diagnostics.append(
                {RenderDiagnostic::Severity::Warning, QStringLiteral("VRF ") + vrf.name,
                 QStringLiteral("FRR has no VRF route limit: the limit of %1 routes is not configured; the "
                                "neighbors' maximum-prefix still applies")
                     .arg(vrf.maxRoutes)});
    }
}

} // namespace vpnwb
