#include "l3nmdecoder.h"

#include "asnumber.h"
#include "l3nmvocabulary.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <limits>

namespace vpnwb {
namespace {

using V = L3nmVocabulary;

} // namespace

std::optional<RouteValue> L3nmDecoder::routeValue(JsonFieldReader &r, const char *key)
{
    const QString text = r.string(QLatin1String(key), false);
    if (text.isEmpty() || r.failed())
        return std::nullopt;
    const auto v = RouteValue::parseRfc8294(text);
    if (!v) {
        r.fail(QLatin1String(key), v.error().message);
        return std::nullopt;
    }
    return *v;
}

void L3nmDecoder::reserve(ResourceAllocation a)
{
    a.origin = AllocationOrigin::Import;
    std::optional<std::pair<std::uint32_t, std::uint32_t>> span;
    if (a.kind == ResourceKind::Link) {
        const auto p = Ipv4Prefix::parse(a.value);
        span = std::pair{p->network(), p->lastAddress()};
    } else if (a.kind == ResourceKind::Loopback) {
        const auto address = *Ipv4Prefix::parseAddress(a.value);
        span = std::pair{address, address};
    }
    const QString key = toString(a.kind) + QLatin1Char(' ') + a.scope + QLatin1Char(' ') + a.value;
    bool taken = m_values.contains(key);
    for (std::int64_t x = span ? span->first : 1; span && x <= span->second && !taken; ++x)
        taken = m_addresses.contains(std::uint32_t(x));
    if (taken) {
        m_out.warnings << QStringLiteral("%1 %2: %3 is used twice in the file; only its first use is reserved")
                              .arg(a.object, a.field, a.value);
        return;
    }
    m_values.insert(key);
    for (std::int64_t x = span ? span->first : 1; span && x <= span->second; ++x)
        m_addresses.insert(std::uint32_t(x));
    m_out.resources.append(a);
}

L3nmDecoder::Profile L3nmDecoder::decodeProfile(JsonFieldReader &r, Profile p)
{
    if (const auto rd = routeValue(r, "rd"))
        p.rd = rd;
    const QJsonArray families = r.array(QStringLiteral("address-family"), false);
    for (qsizetype i = 0; i < families.size() && !r.failed(); ++i) {
        JsonFieldReader f(families[i].toObject(), r.pathOf(QStringLiteral("address-family[%1]").arg(i)), &m_error);
        const QString family = f.string(QStringLiteral("address-family"));
        if (!V::is(family, "ipv4") && !V::is(family, "dual-stack")) {
            m_out.warnings << QStringLiteral("%1: address family %2 is not kept: the workbench designs IPv4")
                                  .arg(f.path(), family);
            continue;
        }
        const QJsonObject targets = f.object(QStringLiteral("vpn-targets"), false);
        if (!targets.isEmpty()) {
            JsonFieldReader t(targets, f.pathOf(QStringLiteral("vpn-targets")), &m_error);
            p.imports.clear();
            p.exports.clear();
            const QJsonArray list = t.array(QStringLiteral("vpn-target"), false);
            for (qsizetype j = 0; j < list.size() && !t.failed(); ++j) {
                JsonFieldReader e(list[j].toObject(), t.pathOf(QStringLiteral("vpn-target[%1]").arg(j)), &m_error);
                const QString type = e.string(QStringLiteral("route-target-type"));
                if (!e.failed() && type != QLatin1String("import") && type != QLatin1String("export") &&
                    type != QLatin1String("both"))
                    e.fail(QStringLiteral("route-target-type"), QStringLiteral("'%1' is not import, export or both").arg(type));
                const QJsonArray rts = e.array(QStringLiteral("route-targets"), false);
                for (qsizetype k = 0; k < rts.size() && !e.failed(); ++k) {
                    JsonFieldReader rt(rts[k].toObject(), e.pathOf(QStringLiteral("route-targets[%1]").arg(k)), &m_error);
                    const auto value = routeValue(rt, "route-target");
                    if (!value)
                        continue;
                    if (type != QLatin1String("export") && !p.imports.contains(*value))
                        p.imports.append(*value);
                    if (type != QLatin1String("import") && !p.exports.contains(*value))
                        p.exports.append(*value);
                }
            }
            const QJsonObject policies = t.object(QStringLiteral("vpn-policies"), false);
            p.importPolicy = policies.value(QLatin1String("import-policy")).toString(p.importPolicy);
            p.exportPolicy = policies.value(QLatin1String("export-policy")).toString(p.exportPolicy);
        }
        const QJsonArray limits = f.array(QStringLiteral("maximum-routes"), false);
        for (qsizetype j = 0; j < limits.size() && !f.failed(); ++j) {
            JsonFieldReader m(limits[j].toObject(), f.pathOf(QStringLiteral("maximum-routes[%1]").arg(j)), &m_error);
            p.maxRoutes = int(m.integer(QStringLiteral("maximum-routes"), 0, 4294967295LL, false).value_or(p.maxRoutes));
        }
    }
    return p;
}

void L3nmDecoder::decodeAccess(JsonFieldReader &r, const VpnDesign &vpn, const QString &pe,
                               const QHash<QString, VrfInstance *> &vrfs)
{
    const QString id = r.string(QStringLiteral("id"));
    QString profile = r.string(QStringLiteral("vpn-instance-profile"), false);
    if (profile.isEmpty() && vrfs.size() == 1)
        profile = vrfs.cbegin().key();
    VrfInstance *vrf = vrfs.value(profile);
    if (!r.failed() && !vrf)
        r.fail(QStringLiteral("vpn-instance-profile"),
               QStringLiteral("'%1' is not an active VPN instance profile of this node").arg(profile));
    const QJsonObject ipv4 = r.object(QStringLiteral("ip-connection"), false).value(QLatin1String("ipv4")).toObject();
    JsonFieldReader ip(ipv4, r.pathOf(QStringLiteral("ip-connection.ipv4")), &m_error);
    const QString local = ip.string(QStringLiteral("local-address"), false);
    const auto localAddress = local.isEmpty() ? Result<std::uint32_t>(0u) : Ipv4Prefix::parseAddress(local);
    if (!localAddress)
        ip.fail(QStringLiteral("local-address"), localAddress.error().message);
    if (r.failed())
        return;

    if (V::is(r.string(QStringLiteral("vpn-network-access-type"), false), "loopback")) {
        if (!local.isEmpty()) {
            vrf->loopback = *localAddress;
            reserve({0, vrf->id(), QStringLiteral("loopback"), ResourceKind::Loopback, {}, local, {}, {}});
        }
        return;
    }

    // "SITE/VPN/HOMING" as the workbench exports it; any other id is a site of its own.
    SiteAttachment a;
    const QStringList parts = id.split(QLatin1Char('/'));
    const auto homing = homingFromString(parts.value(2));
    a.siteId = parts.size() == 3 && parts[1] == vpn.vpnId && homing ? parts[0] : id;
    a.homing = parts.size() == 3 && homing ? *homing : Homing::Primary;
    a.vpnId = vpn.vpnId;
    a.pe = pe;
    a.vrfName = profile;
    a.port = r.string(QStringLiteral("interface-id"), false);
    const QJsonObject encapsulation =
        r.object(QStringLiteral("connection"), false).value(QLatin1String("encapsulation")).toObject();
    if (encapsulation.contains(QLatin1String("dot1q"))) {
        JsonFieldReader q(encapsulation.value(QLatin1String("dot1q")).toObject(),
                          r.pathOf(QStringLiteral("connection.encapsulation.dot1q")), &m_error);
        a.vlan = int(q.integer(QStringLiteral("cvlan-id"), 1, 4094, false).value_or(0));
    }
    const int length = int(ip.integer(QStringLiteral("prefix-length"), 0, 32, false).value_or(32));
    if (!local.isEmpty() && length < 32) {
        const std::uint32_t mask = length == 0 ? 0u : ~0u << (32 - length);
        a.link = Ipv4Prefix::parse(Ipv4Prefix::addressToString(*localAddress & mask) + QStringLiteral("/%1").arg(length)).value();
        a.peAddress = *localAddress;
        const QJsonArray addresses = ip.array(QStringLiteral("address"), false);
        for (qsizetype i = 0; i < addresses.size() && !ip.failed(); ++i) {
            JsonFieldReader ad(addresses[i].toObject(), ip.pathOf(QStringLiteral("address[%1]").arg(i)), &m_error);
            const QString ce = ad.string(QStringLiteral("customer-address"), false);
            const auto ceAddress = Ipv4Prefix::parseAddress(ce);
            if (!ce.isEmpty() && !ceAddress)
                ad.fail(QStringLiteral("customer-address"), ceAddress.error().message);
            else if (ceAddress && a.ceAddress == 0)
                a.ceAddress = *ceAddress;
        }
    }

    DesignSite site;
    site.siteId = a.siteId;
    site.name = r.string(QStringLiteral("description"), false);
    const QJsonObject service = r.object(QStringLiteral("service"), false);
    JsonFieldReader sv(service, r.pathOf(QStringLiteral("service")), &m_error);
    site.bandwidthKbps = sv.integer(QStringLiteral("pe-to-ce-bandwidth"), 0, std::numeric_limits<std::int64_t>::max(), false).value_or(0) / 1000;
    a.peMtu = a.ceMtu = int(sv.integer(QStringLiteral("mtu"), 0, 65535, false).value_or(0));
    if (service.contains(QLatin1String("qos")))
        ++m_qosAccesses;

    const QJsonArray protocols =
        r.object(QStringLiteral("routing-protocols"), false).value(QLatin1String("routing-protocol")).toArray();
    a.routing = CeRouting::Static;
    for (qsizetype i = 0; i < protocols.size() && !r.failed(); ++i) {
        JsonFieldReader p(protocols[i].toObject(), r.pathOf(QStringLiteral("routing-protocols.routing-protocol[%1]").arg(i)),
                          &m_error);
        const QString type = p.string(QStringLiteral("type"));
        if (V::is(type, "bgp-routing")) {
            const QJsonObject bgp = p.object(QStringLiteral("bgp"));
            JsonFieldReader b(bgp, p.pathOf(QStringLiteral("bgp")), &m_error);
            a.routing = CeRouting::Bgp;
            const auto as = b.integer(QStringLiteral("peer-as"), 1, 4294967295LL);
            if (!b.failed())
                a.customerAs = *AsNumber::fromInteger(*as);
            const QJsonValue asOverride = bgp.value(QLatin1String("as-override"));
            if (!asOverride.isUndefined() && !asOverride.isBool())
                b.fail(QStringLiteral("as-override"), QStringLiteral("expected true or false"));
            a.asOverride = asOverride.toBool(false);
            a.siteOfOrigin = routeValue(b, "site-of-origin");
            JsonFieldReader m(b.object(QStringLiteral("bgp-max-prefix"), false), b.pathOf(QStringLiteral("bgp-max-prefix")),
                              &m_error);
            a.maxPrefix = int(m.integer(QStringLiteral("max-prefix"), 0, 4294967295LL, false).value_or(5000));
        } else if (V::is(type, "static-routing")) {
            const QJsonArray lans = p.object(QStringLiteral("static"), false)
                                        .value(QLatin1String("cascaded-lan-prefixes"))
                                        .toObject()
                                        .value(QLatin1String("ipv4-lan-prefixes"))
                                        .toArray();
            for (qsizetype j = 0; j < lans.size() && !p.failed(); ++j) {
                JsonFieldReader l(lans[j].toObject(), p.pathOf(QStringLiteral("static.cascaded-lan-prefixes.ipv4-lan-prefixes[%1]").arg(j)),
                                  &m_error);
                const QString lan = l.string(QStringLiteral("lan"));
                const auto prefix = Ipv4Prefix::parse(lan);
                if (!l.failed() && !prefix)
                    l.fail(QStringLiteral("lan"), prefix.error().message);
                else if (prefix)
                    site.lanPrefixes.append(*prefix);
            }
        } else if (!p.failed()) {
            m_unkeptRouting.insert(type);
        }
    }
    if (r.failed())
        return;
    site.routing = a.routing;
    site.customerAs = a.customerAs;
    site.siteOfOrigin = a.siteOfOrigin;

    // One site per site id; a secondary homing makes it dual-homed.
    DesignSite *known = nullptr;
    for (DesignSite &s : m_out.design.sites) {
        if (s.siteId == site.siteId)
            known = &s;
    }
    if (!known) {
        m_out.design.sites.append(site);
        known = &m_out.design.sites.last();
        if (a.siteOfOrigin)
            reserve({0, site.id(), QStringLiteral("soo"), ResourceKind::Soo, {}, a.siteOfOrigin->toRfc8294(), {}, {}});
    }
    for (const Ipv4Prefix &p : site.lanPrefixes) {
        if (!known->lanPrefixes.contains(p))
            known->lanPrefixes.append(p);
    }
    if (a.homing == Homing::Secondary)
        known->resiliency = Resiliency::DualHomed;

    const QString circuitId = a.circuitId();
    if (!m_out.design.findCircuit(circuitId) && !a.port.isEmpty()) {
        m_out.design.circuits.append({a.siteId, a.homing, pe, a.port, 0, site.bandwidthKbps, false});
        reserve({0, circuitId, QStringLiteral("port"), ResourceKind::Port, pe, a.port, {}, {}});
    }
    if (a.vlan > 0 && !a.port.isEmpty()) {
        a.subInterface = a.port + QLatin1Char('.') + QString::number(a.vlan);
        reserve({0, a.id(), QStringLiteral("vlan"), ResourceKind::Vlan, pe + QLatin1Char(' ') + a.port,
                 QString::number(a.vlan), {}, {}});
    }
    if (a.link)
        reserve({0, a.id(), QStringLiteral("link"), ResourceKind::Link, {}, a.link->toString(), {}, {}});
    m_out.design.attachments.append(a);
}

void L3nmDecoder::decodeNode(JsonFieldReader &r, VpnDesign &vpn, const QHash<QString, Profile> &profiles)
{
    const QString nodeId = r.string(QStringLiteral("vpn-node-id"));
    QString pe = r.string(QStringLiteral("ne-id"), false);
    if (pe.isEmpty())
        pe = nodeId;
    const QString routerId = r.string(QStringLiteral("router-id"), false);
    const auto router = Ipv4Prefix::parseAddress(routerId);
    if (!routerId.isEmpty() && !router)
        r.fail(QStringLiteral("router-id"), router.error().message);
    if (const auto as = r.integer(QStringLiteral("local-as"), 1, 4294967295LL, false); as && m_out.design.providerAs == 0)
        m_out.design.providerAs = std::uint32_t(*as);
    if (r.failed())
        return;
    if (!m_out.design.findPe(pe))
        m_out.design.pes.append({pe, {}, {}, router ? *router : 0u});

    QHash<QString, VrfInstance *> vrfs;
    const QJsonArray active = r.object(QStringLiteral("active-vpn-instance-profiles"), false)
                                  .value(QLatin1String("vpn-instance-profile"))
                                  .toArray();
    const qsizetype firstVrf = m_out.design.vrfs.size();
    for (qsizetype i = 0; i < active.size() && !r.failed(); ++i) {
        JsonFieldReader a(active[i].toObject(), r.pathOf(QStringLiteral("active-vpn-instance-profiles.vpn-instance-profile[%1]").arg(i)),
                          &m_error);
        const QString id = a.string(QStringLiteral("profile-id"));
        if (!a.failed() && !profiles.contains(id))
            a.fail(QStringLiteral("profile-id"), QStringLiteral("'%1' is not a VPN instance profile of VPN %2").arg(id, vpn.vpnId));
        if (a.failed())
            return;
        const Profile p = decodeProfile(a, profiles.value(id));
        VrfInstance vrf;
        vrf.vpnId = vpn.vpnId;
        vrf.pe = pe;
        vrf.name = id;
        vrf.role = p.role;
        vrf.rd = p.rd;
        vrf.importTargets = p.imports;
        vrf.exportTargets = p.exports;
        vrf.importPolicy = p.importPolicy;
        vrf.exportPolicy = p.exportPolicy;
        vrf.maxRoutes = p.maxRoutes;
        if (vpn.topology == VpnTopology::HubAndSpokeDisjoint && p.role == VrfRole::Hub)
            vrf.hubSiteId = id;
        if (vrf.rd)
            reserve({0, vrf.id(), QStringLiteral("rd"), ResourceKind::Rd, {}, vrf.rd->toRfc8294(), {}, {}});
        m_out.design.vrfs.append(vrf);
    }
    for (qsizetype i = firstVrf; i < m_out.design.vrfs.size(); ++i)
        vrfs.insert(m_out.design.vrfs[i].name, &m_out.design.vrfs[i]);

    const QJsonArray accesses = r.object(QStringLiteral("vpn-network-accesses"), false)
                                    .value(QLatin1String("vpn-network-access"))
                                    .toArray();
    for (qsizetype i = 0; i < accesses.size() && !r.failed(); ++i) {
        JsonFieldReader a(accesses[i].toObject(), r.pathOf(QStringLiteral("vpn-network-accesses.vpn-network-access[%1]").arg(i)),
                          &m_error);
        decodeAccess(a, vpn, pe, vrfs);
    }
}

void L3nmDecoder::decodeService(JsonFieldReader &r)
{
    VpnDesign vpn;
    vpn.vpnId = r.string(QStringLiteral("vpn-id"));
    vpn.name = r.string(QStringLiteral("vpn-name"), false);
    const QString customer = r.string(QStringLiteral("customer-name"), false);
    if (m_out.design.customerName.isEmpty())
        m_out.design.customerName = customer;
    const QString topology = r.string(QStringLiteral("vpn-service-topology"), false);
    if (!topology.isEmpty()) {
        const auto t = V::topologyFrom(topology);
        if (!t)
            r.fail(QStringLiteral("vpn-service-topology"),
                   QStringLiteral("'%1' is not any-to-any, hub-spoke or hub-spoke-disjoint").arg(topology));
        else
            vpn.topology = *t;
    }
    if (r.failed())
        return;

    QHash<QString, Profile> profiles;
    const QJsonArray list = r.object(QStringLiteral("vpn-instance-profiles"), false)
                                .value(QLatin1String("vpn-instance-profile"))
                                .toArray();
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        JsonFieldReader p(list[i].toObject(), r.pathOf(QStringLiteral("vpn-instance-profiles.vpn-instance-profile[%1]").arg(i)),
                          &m_error);
        const QString id = p.string(QStringLiteral("profile-id"));
        Profile profile;
        const QString role = p.string(QStringLiteral("role"), false);
        if (!role.isEmpty()) {
            const auto vr = V::roleFrom(role);
            if (!vr)
                p.fail(QStringLiteral("role"), QStringLiteral("'%1' is not any-to-any-role, hub-role or spoke-role").arg(role));
            else
                profile.role = *vr;
        }
        profile = decodeProfile(p, profile);
        if (p.failed())
            return;
        profiles.insert(id, profile);
        // The RTs the VPN exports, by the role of the profile that exports them.
        for (const RouteValue &rt : profile.exports) {
            QString field;
            if (profile.role == VrfRole::AnyToAny && !vpn.anyTarget)
                vpn.anyTarget = rt;
            else if (profile.role == VrfRole::Spoke && !vpn.spokeTarget)
                vpn.spokeTarget = rt;
            else if (profile.role == VrfRole::Hub && vpn.topology == VpnTopology::HubAndSpokeDisjoint)
                vpn.hubTargets.insert(id, rt);
            else if (profile.role == VrfRole::Hub && !vpn.hubTarget)
                vpn.hubTarget = rt;
            reserve({0, vpn.id(), QStringLiteral("rt:") + rt.toRfc8294(), ResourceKind::Rt, {}, rt.toRfc8294(), {}, {}});
        }
    }
    m_out.design.vpns.append(vpn);
    const QJsonArray nodes = r.object(QStringLiteral("vpn-nodes"), false).value(QLatin1String("vpn-node")).toArray();
    for (qsizetype i = 0; i < nodes.size() && !r.failed(); ++i) {
        JsonFieldReader n(nodes[i].toObject(), r.pathOf(QStringLiteral("vpn-nodes.vpn-node[%1]").arg(i)), &m_error);
        decodeNode(n, m_out.design.vpns.last(), profiles);
    }
}

Result<ImportedDesign> L3nmDecoder::decode(const QByteArray &bytes)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const int line = static_cast<int>(bytes.left(pe.offset).count('\n')) + 1;
        return Error::invalidInput(QStringLiteral("%1:%2: not valid JSON: %3").arg(m_source).arg(line).arg(pe.errorString()));
    }
    JsonFieldReader root(doc.object(), QStringLiteral("$"), &m_error);
    const QJsonObject ntw = root.object(V::container());
    JsonFieldReader r(ntw, root.pathOf(V::container()), &m_error);
    const QJsonArray services = r.object(QStringLiteral("vpn-services")).value(QLatin1String("vpn-service")).toArray();
    if (!r.failed() && services.isEmpty())
        r.fail(QStringLiteral("vpn-services"), QStringLiteral("holds no vpn-service"));
    for (qsizetype i = 0; i < services.size() && m_error.isEmpty(); ++i) {
        JsonFieldReader s(services[i].toObject(), r.pathOf(QStringLiteral("vpn-services.vpn-service[%1]").arg(i)), &m_error);
        decodeService(s);
    }
    if (!m_error.isEmpty())
        return Error::invalidInput(m_source + QStringLiteral(": ") + m_error);

    for (const QString &type : m_unkeptRouting)
        m_out.warnings << QStringLiteral("%1: PE-CE routing of type %2 is not kept: the workbench designs BGP and static routing")
                              .arg(m_source, type);
    if (m_qosAccesses > 0)
        m_out.warnings << QStringLiteral("%1: the QoS of %2 access(es) is not kept: choose the class model with "
                                         "'vpnwb override ENGAGEMENT qos model ...'")
                              .arg(m_source)
                              .arg(m_qosAccesses);
    const bool bgpSites = std::any_of(m_out.design.sites.cbegin(), m_out.design.sites.cend(),
                                      [](const DesignSite &s) { return s.routing == CeRouting::Bgp; });
    if (bgpSites)
        m_out.warnings << QStringLiteral("%1: L3NM does not hold the LAN prefixes of BGP sites, so the overlap check "
                                         "covers their links and loopbacks only")
                              .arg(m_source);
    return m_out;
}

} // namespace vpnwb
