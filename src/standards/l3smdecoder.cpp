#include "l3smdecoder.h"

#include "engagementrules.h"
#include "ipv4prefix.h"
#include "l3smvocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <limits>

namespace vpnwb {
namespace {

using V = L3smVocabulary;

QString key(const char *k)
{
    return QLatin1String(k);
}

QString listPath(JsonFieldReader &r, const char *list, qsizetype index)
{
    return r.pathOf(key(list)) + QStringLiteral("[%1]").arg(index);
}

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return QLatin1Char('\'') + v.toString() + QLatin1Char('\'');
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    default:
        return QStringLiteral("the leaf");
    }
}

QString bitsPerSecond(std::int64_t bps)
{
    return QStringLiteral("%1 b/s").arg(bps);
}

} // namespace

Result<L3smImport> L3smDecoder::decode(const QByteArray &bytes, const QString &engagementName)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const int line = static_cast<int>(bytes.left(pe.offset).count('\n')) + 1;
        return Error::invalidInput(
            QStringLiteral("%1:%2: not valid JSON: %3").arg(m_source).arg(line).arg(pe.errorString()));
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.contains(V::container())) {
        QStringList found;
        for (auto it = root.begin(); it != root.end(); ++it)
            found << QLatin1Char('\'') + it.key() + QLatin1Char('\'');
        return Error::invalidInput(
            QStringLiteral(
                "%1: $: expected the top-level container '%2' (IETF L3SM, RFC 8299, in RFC 7951 JSON, "
                "where a top-level name carries its module), found %3")
                .arg(m_source, V::container(),
                     found.isEmpty() ? QStringLiteral("no container") : found.join(QStringLiteral(", "))));
    }

    JsonFieldReader top(root, QStringLiteral("$"), &m_error);
    const QJsonObject serviceObject = top.object(V::container());
    JsonFieldReader service(serviceObject, top.pathOf(V::container()), &m_error);
    decodeVpns(service);
    if (!failed()) {
        const QJsonObject sites = service.object(key("sites"), false);
        JsonFieldReader rs(sites, service.pathOf(key("sites")), &m_error);
        const QJsonArray list = rs.array(key("site"), false);
        for (qsizetype i = 0; i < list.size() && !failed(); ++i) {
            const QJsonObject site = element(rs, list, "site", i);
            if (!failed())
                decodeSite(site, listPath(rs, "site", i));
        }
    }
    if (failed())
        return Error::invalidInput(m_source + QStringLiteral(": ") + m_error);

    m_engagement.name = engagementName.isEmpty() ? m_engagement.customer.name : engagementName;
    m_engagement.normalizeSteps();
    const FieldIssues issues = EngagementRules::check(m_engagement);
    if (!issues.isEmpty())
        return Error::invalidInput(m_source + QStringLiteral(": ") + issues.first().toString());
    warnAboutUnused(root);
    return L3smImport{m_engagement, m_warnings};
}

void L3smDecoder::decodeVpns(JsonFieldReader &service)
{
    const QJsonObject container = service.object(key("vpn-services"));
    JsonFieldReader rc(container, service.pathOf(key("vpn-services")), &m_error);
    const QJsonArray list = rc.array(key("vpn-service"));
    if (failed())
        return;
    if (list.isEmpty()) {
        rc.fail(key("vpn-service"), QStringLiteral("no VPN service; there is nothing to import"));
        return;
    }
    QString customerPath;
    for (qsizetype i = 0; i < list.size() && !failed(); ++i) {
        JsonFieldReader r(element(rc, list, "vpn-service", i), listPath(rc, "vpn-service", i), &m_error);
        VpnService v;
        v.vpnId = text(r, "vpn-id");
        v.name = v.vpnId;
        if (failed())
            return;
        if (!EngagementRules::isValidSiteId(v.vpnId))
            r.fail(key("vpn-id"),
                   QStringLiteral("'%1' is not a VPN id the workbench accepts (1 to 32 letters, "
                                  "digits, '.', '_' or '-', starting with a letter or digit)")
                       .arg(v.vpnId));
        else if (m_engagement.findVpn(v.vpnId))
            r.fail(key("vpn-id"), QStringLiteral("VPN '%1' is defined twice").arg(v.vpnId));

        const QString customer = text(r, "customer-name", false);
        if (customerPath.isEmpty() && !customer.isEmpty()) {
            m_engagement.customer.name = customer;
            customerPath = r.pathOf(key("customer-name"));
        } else if (!customer.isEmpty() && customer != m_engagement.customer.name) {
            warn(r.pathOf(key("customer-name")),
                 QStringLiteral(
                     "'%1' is not kept: the workbench has one customer per engagement, '%2' (from %3)")
                     .arg(customer, m_engagement.customer.name, customerPath));
        }

        const QString topology = identity(r, "vpn-service-topology", false);
        if (!topology.isEmpty()) {
            const auto t = V::topologyFromIdentity(topology);
            if (t) {
                v.topology = *t;
                use(r.pathOf(key("vpn-service-topology")));
            } else {
                r.fail(
                    key("vpn-service-topology"),
                    QStringLiteral("'%1' is not a VPN topology (any-to-any, hub-spoke, hub-spoke-disjoint)")
                        .arg(topology));
            }
        }
        m_engagement.vpns.append(v);
    }
    if (!failed() && customerPath.isEmpty())
        rc.fail(key("vpn-service"),
                QStringLiteral("no vpn-service has a customer-name, and the workbench needs the "
                               "customer's name"));
}

void L3smDecoder::decodeSite(const QJsonObject &object, const QString &path)
{
    JsonFieldReader r(object, path, &m_error);
    FieldPaths where;
    Site s;
    s.siteId = text(r, "site-id");
    where.insert(QStringLiteral("siteId"), r.pathOf(key("site-id")));
    if (failed())
        return;
    if (m_engagement.findSite(s.siteId)) {
        r.fail(key("site-id"), QStringLiteral("site '%1' is defined twice").arg(s.siteId));
        return;
    }

    const QJsonObject management = r.object(key("management"));
    JsonFieldReader rm(management, r.pathOf(key("management")), &m_error);
    const QString managementType = identity(rm, "type");
    if (failed())
        return;
    const bool byDevice =
        managementType == QLatin1String("provider-managed") || managementType == QLatin1String("co-managed");
    if (!byDevice && managementType != QLatin1String("customer-managed")) {
        rm.fail(key("type"), QStringLiteral("'%1' is not a management type (provider-managed, co-managed, "
                                            "customer-managed)")
                                 .arg(managementType));
        return;
    }
    if (managementType == QLatin1String("provider-managed"))
        use(rm.pathOf(key("type")));

    const QJsonObject accessContainer = r.object(key("site-network-accesses"));
    JsonFieldReader ra(accessContainer, r.pathOf(key("site-network-accesses")), &m_error);
    const QJsonArray accesses = ra.array(key("site-network-access"));
    if (failed())
        return;
    if (accesses.isEmpty()) {
        ra.fail(key("site-network-access"),
                QStringLiteral("site '%1' has no site network access").arg(s.siteId));
        return;
    }
    const QString firstPath = listPath(ra, "site-network-access", 0);
    JsonFieldReader first(element(ra, accesses, "site-network-access", 0), firstPath, &m_error);

    // The location: straight from the access, or through the CE device the provider manages.
    QJsonObject location;
    QString locationPath;
    if (byDevice) {
        QString devicePath;
        const QJsonObject device =
            follow(first, "device-reference", r, "devices", "device", "device-id", &devicePath);
        if (failed())
            return;
        JsonFieldReader rd(device, devicePath, &m_error);
        s.name = device.value(key("device-id")).toString();
        where.insert(QStringLiteral("name"), rd.pathOf(key("device-id")));
        location = follow(rd, "location", r, "locations", "location", "location-id", &locationPath);
    } else {
        s.name = s.siteId;
        location =
            follow(first, "location-reference", r, "locations", "location", "location-id", &locationPath);
    }
    if (failed())
        return;
    decodeLocation(location, locationPath, s, where);

    Memberships memberships;
    decodeAccess(first, r, s, where, memberships);
    if (failed())
        return;
    // Further accesses make the site dual-homed; they are kept where they repeat the first.
    for (qsizetype i = 1; i < accesses.size(); ++i) {
        const QString accessPath = listPath(ra, "site-network-access", i);
        JsonFieldReader other(element(ra, accesses, "site-network-access", i), accessPath, &m_error);
        if (failed())
            return;
        text(other, "site-network-access-id");
        useWhereSame(accesses[i], accessPath, accesses[0], firstPath);
    }
    if (accesses.size() > 1)
        s.resiliency = Resiliency::DualHomed;
    if (accesses.size() > 2)
        warn(ra.pathOf(key("site-network-access")),
             QStringLiteral("site '%1' has %2 site network accesses; the workbench keeps it as dual-homed, "
                            "with two")
                 .arg(s.siteId)
                 .arg(accesses.size()));

    if (memberships.isEmpty()) {
        warn(firstPath + QStringLiteral(".vpn-attachment"),
             QStringLiteral("site '%1' is attached to no VPN; the workbench gives it the role spoke")
                 .arg(s.siteId));
    } else {
        s.role = memberships.first().second;
    }
    for (const auto &[vpnId, role] : memberships) {
        for (VpnService &v : m_engagement.vpns) {
            if (v.vpnId == vpnId)
                v.members.append({s.siteId, role});
        }
    }

    for (const FieldIssue &issue : EngagementRules::checkSite(s, QString())) {
        const QString field = issue.field.mid(1).section(QLatin1Char('['), 0, 0);
        r.failAt(where.value(field, path), issue.message);
    }
    m_engagement.sites.append(s);
}

QJsonObject L3smDecoder::follow(JsonFieldReader &referrer, const char *reference, JsonFieldReader &site,
                                const char *container, const char *list, const char *keyName,
                                QString *entryPath)
{
    const QString id = text(referrer, reference);
    JsonFieldReader rc(site.object(key(container), false), site.pathOf(key(container)), &m_error);
    const QJsonArray entries = rc.array(key(list), false);
    for (qsizetype i = 0; i < entries.size() && !failed(); ++i) {
        const QJsonObject o = element(rc, entries, list, i);
        if (o.value(key(keyName)).toString() == id) {
            *entryPath = listPath(rc, list, i);
            use(*entryPath + QLatin1Char('.') + key(keyName));
            return o;
        }
    }
    referrer.fail(key(reference),
                  QStringLiteral("%1 '%2' is not among the site's %3").arg(key(list), id, key(container)));
    return {};
}

void L3smDecoder::decodeLocation(const QJsonObject &location, const QString &path, Site &s, FieldPaths &where)
{
    JsonFieldReader r(location, path, &m_error);
    const QString id = r.pathOf(key("location-id"));
    if (V::parseGeoUri(location.value(key("location-id")).toString(), &s.latitude, &s.longitude))
        use(id);
    else
        warn(id,
             QStringLiteral("'%1' is not a geo URI (geo:LATITUDE,LONGITUDE), so the site's coordinates are "
                            "unknown; the workbench sets them to 0,0: correct them before the serviceability "
                            "check")
                 .arg(location.value(key("location-id")).toString()));
    where.insert(QStringLiteral("latitude"), id);
    where.insert(QStringLiteral("longitude"), id);
    s.address.street = text(r, "address", false);
    s.address.postalCode = text(r, "postal-code", false);
    s.address.city = text(r, "city", false);
    s.countryCode = text(r, "country-code", false).toUpper();
    where.insert(QStringLiteral("countryCode"), r.pathOf(key("country-code")));
}

void L3smDecoder::decodeAccess(JsonFieldReader &a, JsonFieldReader &site, Site &s, FieldPaths &where,
                               Memberships &memberships)
{
    text(a, "site-network-access-id");
    if (identity(a, "site-network-access-type", false) == QLatin1String("point-to-point"))
        use(a.pathOf(key("site-network-access-type")));
    decodeDiversity(a);
    decodeBearer(a, s);
    const QJsonObject ip = a.object(key("ip-connection"), false);
    JsonFieldReader ri(ip, a.pathOf(key("ip-connection")), &m_error);
    JsonFieldReader r4(ri.object(key("ipv4"), false), ri.pathOf(key("ipv4")), &m_error);
    if (identity(r4, "address-allocation-type", false) == QLatin1String("static-address"))
        use(r4.pathOf(key("address-allocation-type")));
    decodeService(a, s, where);
    decodeRouting(a, s, where);
    decodeAttachment(a, site, s, memberships);
}

void L3smDecoder::decodeDiversity(JsonFieldReader &a)
{
    if (!a.has(key("access-diversity")))
        return;
    const QJsonObject diversity = a.object(key("access-diversity"));
    JsonFieldReader rd(diversity, a.pathOf(key("access-diversity")), &m_error);
    // Group ids only link accesses to each other; a PE-diverse constraint is what dual-homing means.
    useTree(diversity.value(key("groups")), rd.pathOf(key("groups")));
    JsonFieldReader rc(rd.object(key("constraints"), false), rd.pathOf(key("constraints")), &m_error);
    const QJsonArray constraints = rc.array(key("constraint"), false);
    for (qsizetype i = 0; i < constraints.size() && !failed(); ++i) {
        JsonFieldReader r(element(rc, constraints, "constraint", i), listPath(rc, "constraint", i), &m_error);
        if (identity(r, "constraint-type") == QLatin1String("pe-diverse")) {
            use(r.pathOf(key("constraint-type")));
            useTree(r.object(key("target"), false), r.pathOf(key("target")));
        }
    }
}

void L3smDecoder::decodeBearer(JsonFieldReader &a, Site &s)
{
    const QJsonObject bearer = a.object(key("bearer"), false);
    JsonFieldReader rb(bearer, a.pathOf(key("bearer")), &m_error);
    const QJsonObject requested = rb.object(key("requested-type"), false);
    JsonFieldReader rr(requested, rb.pathOf(key("requested-type")), &m_error);
    const QString type = rr.string(key("requested-type"), false);
    const QString typePath = rr.pathOf(key("requested-type"));
    const auto accessType = accessTypeFromString(type);
    if (accessType) {
        s.accessType = *accessType;
        use(typePath);
    } else if (type.isEmpty()) {
        warn(typePath,
             QStringLiteral("no bearer type is requested; the workbench takes the access type as %1")
                 .arg(toString(s.accessType)));
    } else {
        use(typePath);
        warn(typePath,
             QStringLiteral("'%1' is not an access type of the workbench (%2); it takes the access type "
                            "as %3")
                 .arg(type, accessTypeChoices(), toString(s.accessType)));
    }
    if (requested.value(key("strict")) == QJsonValue(false))
        use(rr.pathOf(key("strict")));
    if (bearer.value(key("always-on")) == QJsonValue(true))
        use(rb.pathOf(key("always-on")));
}

void L3smDecoder::decodeService(JsonFieldReader &a, Site &s, FieldPaths &where)
{
    const QJsonObject service = a.object(key("service"));
    JsonFieldReader r(service, a.pathOf(key("service")), &m_error);
    const auto in = r.integer(key("svc-input-bandwidth"), 0, std::numeric_limits<std::int64_t>::max());
    const auto out = r.integer(key("svc-output-bandwidth"), 0, std::numeric_limits<std::int64_t>::max());
    if (failed())
        return;
    const QString zero = QStringLiteral("the bandwidth is 0 b/s; a site needs at least 1 kb/s (1000 b/s)");
    if (*in == 0)
        r.fail(key("svc-input-bandwidth"), zero);
    else if (*out == 0)
        r.fail(key("svc-output-bandwidth"), zero);
    if (failed())
        return;
    use(r.pathOf(key("svc-input-bandwidth")));
    use(r.pathOf(key("svc-output-bandwidth")));
    const std::int64_t bps = std::max(*in, *out);
    if (*in != *out)
        warn(r.path(), QStringLiteral("svc-input-bandwidth (%1) and svc-output-bandwidth (%2) differ; the "
                                      "workbench keeps one bandwidth per site and takes the larger")
                           .arg(bitsPerSecond(*in), bitsPerSecond(*out)));
    s.bandwidthKbps = bps / 1000 + (bps % 1000 ? 1 : 0);
    if (bps % 1000)
        warn(r.path(),
             QStringLiteral("%1 is not a whole number of kb/s; the workbench rounds it up to %2 kb/s")
                 .arg(bitsPerSecond(bps))
                 .arg(s.bandwidthKbps));
    where.insert(QStringLiteral("bandwidthKbps"),
                 r.pathOf(key(bps == *in ? "svc-input-bandwidth" : "svc-output-bandwidth")));
    if (service.value(key("svc-mtu")) == QJsonValue(V::mtu))
        use(r.pathOf(key("svc-mtu")));
}

void L3smDecoder::decodeRouting(JsonFieldReader &a, Site &s, FieldPaths &where)
{
    JsonFieldReader rc(a.object(key("routing-protocols"), false), a.pathOf(key("routing-protocols")),
                       &m_error);
    const QJsonArray protocols = rc.array(key("routing-protocol"), false);
    where.insert(QStringLiteral("customerAs"), rc.path());
    bool bgp = false;
    bool isStatic = false;
    for (qsizetype i = 0; i < protocols.size() && !failed(); ++i) {
        JsonFieldReader r(element(rc, protocols, "routing-protocol", i), listPath(rc, "routing-protocol", i),
                          &m_error);
        const QString type = identity(r, "type");
        if (type == QLatin1String("bgp")) {
            bgp = true;
            use(r.pathOf(key("type")));
            JsonFieldReader rb(r.object(key("bgp")), r.pathOf(key("bgp")), &m_error);
            s.customerAs =
                static_cast<std::uint32_t>(rb.integer(key("autonomous-system"), 1, 4294967295LL).value_or(0));
            use(rb.pathOf(key("autonomous-system")));
            where.insert(QStringLiteral("customerAs"), rb.pathOf(key("autonomous-system")));
            const QJsonArray families = rb.array(key("address-family"), false);
            for (qsizetype f = 0; f < families.size(); ++f) {
                if (families[f] == QJsonValue(QStringLiteral("ipv4")))
                    use(listPath(rb, "address-family", f));
            }
        } else if (type == QLatin1String("static")) {
            isStatic = true;
            use(r.pathOf(key("type")));
            JsonFieldReader rs(r.object(key("static"), false), r.pathOf(key("static")), &m_error);
            JsonFieldReader rl(rs.object(key("cascaded-lan-prefixes"), false),
                               rs.pathOf(key("cascaded-lan-prefixes")), &m_error);
            const QJsonArray lans = rl.array(key("ipv4-lan-prefixes"), false);
            for (qsizetype l = 0; l < lans.size() && !failed(); ++l) {
                JsonFieldReader rp(element(rl, lans, "ipv4-lan-prefixes", l),
                                   listPath(rl, "ipv4-lan-prefixes", l), &m_error);
                addLanPrefix(rp, rp.pathOf(key("lan")), lans[l].toObject().value(key("lan")), s);
                if (rp.string(key("next-hop")) == V::unassignedNextHop())
                    use(rp.pathOf(key("next-hop")));
            }
        }
    }
    if (failed())
        return;
    if (!bgp && !isStatic) {
        rc.failAt(rc.path(),
                  QStringLiteral("site '%1' has neither BGP nor static routing, and the workbench needs "
                                 "one of them")
                      .arg(s.siteId));
        return;
    }
    s.routing = bgp ? CeRouting::Bgp : CeRouting::Static;
    if (bgp && isStatic)
        warn(rc.path(),
             QStringLiteral("site '%1' has both BGP and static routing; the workbench keeps BGP, with the "
                            "static routes' LAN prefixes as the site's LAN prefixes")
                 .arg(s.siteId));
}

void L3smDecoder::decodeAttachment(JsonFieldReader &a, JsonFieldReader &site, Site &s,
                                   Memberships &memberships)
{
    const QJsonObject attachment = a.object(key("vpn-attachment"));
    JsonFieldReader r(attachment, a.pathOf(key("vpn-attachment")), &m_error);
    if (failed())
        return;
    if (r.has(key("vpn-id"))) {
        addMembership(r, s.siteId, memberships);
        return;
    }
    if (!r.has(key("vpn-policy-id"))) {
        r.failAt(r.path(), QStringLiteral("expected a vpn-id or a vpn-policy-id"));
        return;
    }
    QString policyPath;
    const QJsonObject policy =
        follow(r, "vpn-policy-id", site, "vpn-policies", "vpn-policy", "vpn-policy-id", &policyPath);
    if (failed())
        return;
    JsonFieldReader rp(policy, policyPath, &m_error);
    const QJsonArray entries = rp.array(key("entries"), false);
    if (entries.size() > 1)
        warn(rp.pathOf(key("entries")),
             QStringLiteral(
                 "the policy splits the site's LANs among VPNs in %1 entries; the workbench joins all of "
                 "the site's LANs to every VPN listed")
                 .arg(entries.size()));
    for (qsizetype i = 0; i < entries.size() && !failed(); ++i) {
        JsonFieldReader re(element(rp, entries, "entries", i), listPath(rp, "entries", i), &m_error);
        text(re, "id");
        JsonFieldReader rf(re.object(key("filters"), false), re.pathOf(key("filters")), &m_error);
        const QJsonArray filters = rf.array(key("filter"), false);
        for (qsizetype f = 0; f < filters.size() && !failed(); ++f) {
            JsonFieldReader rr(element(rf, filters, "filter", f), listPath(rf, "filter", f), &m_error);
            if (identity(rr, "type") != QLatin1String("ipv4"))
                continue;
            use(rr.pathOf(key("type")));
            const QJsonArray prefixes = rr.array(key("ipv4-lan-prefix"), false);
            for (qsizetype p = 0; p < prefixes.size() && !failed(); ++p)
                addLanPrefix(rr, listPath(rr, "ipv4-lan-prefix", p), prefixes[p], s);
        }
        const QJsonArray vpns = re.array(key("vpn"), false);
        for (qsizetype v = 0; v < vpns.size() && !failed(); ++v) {
            JsonFieldReader rv(element(re, vpns, "vpn", v), listPath(re, "vpn", v), &m_error);
            addMembership(rv, s.siteId, memberships);
        }
    }
}

void L3smDecoder::addMembership(JsonFieldReader &r, const QString &siteId, Memberships &memberships)
{
    const QString vpnId = text(r, "vpn-id");
    if (failed())
        return;
    if (!m_engagement.findVpn(vpnId)) {
        r.fail(key("vpn-id"),
               QStringLiteral("site '%1' is attached to VPN '%2', which is not among the vpn-services")
                   .arg(siteId, vpnId));
        return;
    }
    const QString roleName = identity(r, "site-role", false);
    const auto role = roleName.isEmpty() ? SiteRole::AnyToAny : V::siteRoleFromIdentity(roleName);
    if (!role) {
        r.fail(
            key("site-role"),
            QStringLiteral("'%1' is not a site role (hub-role, spoke-role, any-to-any-role)").arg(roleName));
        return;
    }
    use(r.pathOf(key("site-role")));
    const bool known = std::any_of(memberships.cbegin(), memberships.cend(),
                                   [&](const auto &m) { return m.first == vpnId; });
    if (!known)
        memberships.append({vpnId, *role});
}

void L3smDecoder::addLanPrefix(JsonFieldReader &r, const QString &path, const QJsonValue &value, Site &s)
{
    if (!value.isString()) {
        r.failAt(path, value.isUndefined() ? QStringLiteral("missing (expected a string)")
                                           : QStringLiteral("expected a string"));
        return;
    }
    const auto prefix = Ipv4Prefix::parse(value.toString());
    if (!prefix) {
        r.failAt(path, prefix.error().message);
        return;
    }
    use(path);
    if (!s.lanPrefixes.contains(prefix->toString()))
        s.lanPrefixes.append(prefix->toString());
}

QString L3smDecoder::text(JsonFieldReader &r, const char *k, bool required)
{
    const QString v = r.string(key(k), required);
    if (r.has(key(k)))
        use(r.pathOf(key(k)));
    return v;
}

QString L3smDecoder::identity(JsonFieldReader &r, const char *k, bool required)
{
    const QString v = r.string(key(k), required);
    return V::identityName(v).value_or(v);
}

QJsonObject L3smDecoder::element(JsonFieldReader &r, const QJsonArray &list, const char *k, qsizetype index)
{
    if (!list[index].isObject()) {
        r.failAt(listPath(r, k, index), QStringLiteral("expected an object"));
        return {};
    }
    return list[index].toObject();
}

void L3smDecoder::forEachLeaf(const QJsonValue &value, const QString &path,
                              const std::function<void(const QString &, const QJsonValue &)> &visit)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            forEachLeaf(it.value(), path + QLatin1Char('.') + it.key(), visit);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        // [null] is how RFC 7951 writes a leaf of type empty.
        if (a.size() == 1 && a[0].isNull()) {
            visit(path, value);
            return;
        }
        for (qsizetype i = 0; i < a.size(); ++i)
            forEachLeaf(a[i], path + QStringLiteral("[%1]").arg(i), visit);
    } else if (!value.isUndefined()) {
        visit(path, value);
    }
}

void L3smDecoder::useTree(const QJsonValue &value, const QString &path)
{
    forEachLeaf(value, path, [this](const QString &p, const QJsonValue &) { use(p); });
}

void L3smDecoder::useWhereSame(const QJsonValue &value, const QString &path, const QJsonValue &reference,
                               const QString &referencePath)
{
    QHash<QString, QJsonValue> kept; // by path relative to `reference`
    forEachLeaf(reference, referencePath, [&](const QString &p, const QJsonValue &leaf) {
        if (m_used.contains(p))
            kept.insert(p.mid(referencePath.size()), leaf);
    });
    forEachLeaf(value, path, [&](const QString &p, const QJsonValue &leaf) {
        const auto it = kept.constFind(p.mid(path.size()));
        if (it != kept.cend() && *it == leaf)
            use(p);
    });
}

void L3smDecoder::warn(const QString &path, const QString &message)
{
    m_warnings << QStringLiteral("%1: %2: %3").arg(m_source, path, message);
}

void L3smDecoder::warnAboutUnused(const QJsonValue &root)
{
    forEachLeaf(root, QStringLiteral("$"), [this](const QString &path, const QJsonValue &leaf) {
        if (!m_used.contains(path))
            warn(path,
                 QStringLiteral("%1 is not kept: the workbench has no field for it").arg(describe(leaf)));
    });
}

} // namespace vpnwb
