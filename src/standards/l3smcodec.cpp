#include "l3smcodec.h"

#include "l3smdecoder.h"
#include "l3smvocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vpnwb {
namespace {

using V = L3smVocabulary;

struct Membership
{
    const VpnService *vpn;
    SiteRole role;
};

QList<Membership> membershipsOf(const Engagement &e, const QString &siteId)
{
    QList<Membership> out;
    for (const VpnService &v : e.vpns) {
        for (const VpnMember &m : v.members) {
            if (m.siteId == siteId)
                out.append({&v, m.role});
        }
    }
    return out;
}

// Puts a leaf only when it has a value: an empty string reads back the same.
void putText(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o[QLatin1String(key)] = value;
}

QJsonObject vpnJson(const VpnService &v, const QString &customerName)
{
    return QJsonObject{{QLatin1String("vpn-id"), v.vpnId},
                       {QLatin1String("customer-name"), customerName},
                       {QLatin1String("vpn-service-topology"), V::topology(v.topology)}};
}

QJsonObject routingJson(const Site &s)
{
    QJsonObject protocol;
    if (s.routing == CeRouting::Bgp) {
        protocol[QLatin1String("type")] = V::identity("bgp");
        protocol[QLatin1String("bgp")] =
            QJsonObject{{QLatin1String("autonomous-system"), static_cast<double>(s.customerAs)},
                        {QLatin1String("address-family"), QJsonArray{QStringLiteral("ipv4")}}};
    } else {
        protocol[QLatin1String("type")] = V::identity("static");
        QJsonArray lans;
        for (const QString &p : s.lanPrefixes)
            lans.append(
                QJsonObject{{QLatin1String("lan"), p}, {QLatin1String("next-hop"), V::unassignedNextHop()}});
        if (!lans.isEmpty())
            protocol[QLatin1String("static")] =
                QJsonObject{{QLatin1String("cascaded-lan-prefixes"),
                             QJsonObject{{QLatin1String("ipv4-lan-prefixes"), lans}}}};
    }
    return QJsonObject{{QLatin1String("routing-protocol"), QJsonArray{protocol}}};
}

// A site in one VPN whose LAN prefixes (if any) its static routes carry
// attaches with vpn-id and site-role. Any other site needs a VPN policy: to
// join several VPNs, or to carry the LAN prefixes of a BGP site.
bool needsPolicy(const Site &s, const QList<Membership> &memberships)
{
    return memberships.size() > 1 || (s.routing == CeRouting::Bgp && !s.lanPrefixes.isEmpty());
}

QJsonObject policiesJson(const Site &s, const QList<Membership> &memberships)
{
    QJsonObject entry{{QLatin1String("id"), QStringLiteral("site-lans")}};
    if (!s.lanPrefixes.isEmpty())
        entry[QLatin1String("filters")] = QJsonObject{
            {QLatin1String("filter"), QJsonArray{QJsonObject{{QLatin1String("type"), V::identity("ipv4")},
                                                             {QLatin1String("ipv4-lan-prefix"),
                                                              QJsonArray::fromStringList(s.lanPrefixes)}}}}};
    QJsonArray vpns;
    for (const Membership &m : memberships)
        vpns.append(QJsonObject{{QLatin1String("vpn-id"), m.vpn->vpnId},
                                {QLatin1String("site-role"), V::siteRole(m.role)}});
    entry[QLatin1String("vpn")] = vpns;
    return QJsonObject{{QLatin1String("vpn-policy"),
                        QJsonArray{QJsonObject{{QLatin1String("vpn-policy-id"), s.siteId},
                                               {QLatin1String("entries"), QJsonArray{entry}}}}}};
}

QJsonObject accessJson(const Site &s, const QList<Membership> &memberships, int number)
{
    QJsonObject a;
    a[QLatin1String("site-network-access-id")] = QStringLiteral("%1-access-%2").arg(s.siteId).arg(number);
    a[QLatin1String("site-network-access-type")] = V::identity("point-to-point");
    a[QLatin1String("device-reference")] = s.name;
    if (s.resiliency == Resiliency::DualHomed) {
        const QJsonObject constraint{
            {QLatin1String("constraint-type"), V::identity("pe-diverse")},
            {QLatin1String("target"),
             QJsonObject{{QLatin1String("all-other-accesses"), QJsonArray{QJsonValue()}}}}};
        a[QLatin1String("access-diversity")] =
            QJsonObject{{QLatin1String("constraints"),
                         QJsonObject{{QLatin1String("constraint"), QJsonArray{constraint}}}}};
    }
    a[QLatin1String("bearer")] =
        QJsonObject{{QLatin1String("requested-type"),
                     QJsonObject{{QLatin1String("requested-type"), toString(s.accessType)},
                                 {QLatin1String("strict"), false}}}};
    a[QLatin1String("ip-connection")] =
        QJsonObject{{QLatin1String("ipv4"),
                     QJsonObject{{QLatin1String("address-allocation-type"), V::identity("static-address")}}}};
    const QString bps = QString::number(s.bandwidthKbps * 1000);
    a[QLatin1String("service")] = QJsonObject{{QLatin1String("svc-input-bandwidth"), bps},
                                              {QLatin1String("svc-output-bandwidth"), bps},
                                              {QLatin1String("svc-mtu"), V::mtu}};
    a[QLatin1String("routing-protocols")] = routingJson(s);
    if (needsPolicy(s, memberships))
        a[QLatin1String("vpn-attachment")] = QJsonObject{{QLatin1String("vpn-policy-id"), s.siteId}};
    else
        a[QLatin1String("vpn-attachment")] =
            QJsonObject{{QLatin1String("vpn-id"), memberships.first().vpn->vpnId},
                        {QLatin1String("site-role"), V::siteRole(memberships.first().role)}};
    return a;
}

QJsonObject siteJson(const Site &s, const QList<Membership> &memberships)
{
    const QString locationId = V::geoUri(s.latitude, s.longitude);
    QJsonObject location{{QLatin1String("location-id"), locationId}};
    putText(location, "address", s.address.street);
    putText(location, "postal-code", s.address.postalCode);
    putText(location, "city", s.address.city);
    putText(location, "country-code", s.countryCode);

    QJsonObject o;
    o[QLatin1String("site-id")] = s.siteId;
    o[QLatin1String("locations")] = QJsonObject{{QLatin1String("location"), QJsonArray{location}}};
    o[QLatin1String("management")] = QJsonObject{{QLatin1String("type"), V::identity("provider-managed")}};
    o[QLatin1String("devices")] = QJsonObject{
        {QLatin1String("device"), QJsonArray{QJsonObject{{QLatin1String("device-id"), s.name},
                                                         {QLatin1String("location"), locationId}}}}};
    if (needsPolicy(s, memberships))
        o[QLatin1String("vpn-policies")] = policiesJson(s, memberships);
    QJsonArray accesses;
    const int count = s.resiliency == Resiliency::DualHomed ? 2 : 1;
    for (int n = 1; n <= count; ++n)
        accesses.append(accessJson(s, memberships, n));
    o[QLatin1String("site-network-accesses")] = QJsonObject{{QLatin1String("site-network-access"), accesses}};
    return o;
}

QString quoted(const QString &s)
{
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

// What of the engagement L3SM has no place for.
QStringList lossesOf(const Engagement &e)
{
    QStringList out;
    if (e.name != e.customer.name)
        out << QStringLiteral(
                   "the engagement's name %1 is not exported: L3SM has no place for it; import-l3sm names "
                   "the engagement after the customer unless --engagement is given")
                   .arg(quoted(e.name));
    if (!e.customer.industry.isEmpty())
        out << QStringLiteral("the customer's industry %1 is not exported: L3SM has no place for it")
                   .arg(quoted(e.customer.industry));
    if (!e.customer.contacts.isEmpty())
        out << QStringLiteral("the customer's %1 contact(s) are not exported: L3SM has no place for them")
                   .arg(e.customer.contacts.size());
    QStringList named;
    for (const VpnService &v : e.vpns) {
        if (!v.name.isEmpty() && v.name != v.vpnId)
            named << QStringLiteral("%1 (%2)").arg(v.vpnId, quoted(v.name));
    }
    if (!named.isEmpty())
        out << QStringLiteral("the names of VPNs %1 are not exported: L3SM knows a VPN by its vpn-id only")
                   .arg(named.join(QStringLiteral(", ")));
    int started = 0;
    for (const StepStatus &s : e.steps) {
        if (s.state != StepState::NotStarted || !s.note.isEmpty())
            ++started;
    }
    if (started > 0)
        out << QStringLiteral(
                   "the status of %1 flow step(s) is not exported: L3SM describes the service, not its "
                   "activation")
                   .arg(started);
    return out;
}

} // namespace

Result<L3smExport> L3smCodec::encode(const Engagement &e)
{
    if (e.vpns.isEmpty())
        return Error::invalidInput(
            QStringLiteral("engagement '%1' has no VPN, and an L3SM service is made of VPNs; "
                           "design the VPNs before exporting")
                .arg(e.name));
    L3smExport out;
    out.warnings = lossesOf(e);

    QJsonArray vpns;
    for (const VpnService &v : e.vpns)
        vpns.append(vpnJson(v, e.customer.name));
    QJsonArray sites;
    for (const Site &s : e.sites) {
        const QList<Membership> memberships = membershipsOf(e, s.siteId);
        if (memberships.isEmpty())
            return Error::invalidInput(
                QStringLiteral("site '%1' of engagement '%2' is in no VPN, and L3SM attaches "
                               "every site to a VPN; add the site to a VPN before exporting")
                    .arg(s.siteId, e.name));
        if (memberships.first().role != s.role)
            out.warnings << QStringLiteral(
                                "site '%1' has the role %2 but the role %3 in VPN %4, its first VPN: "
                                "L3SM keeps only the role in each VPN, so an import gives the site the "
                                "role %3")
                                .arg(s.siteId, toString(s.role), toString(memberships.first().role),
                                     memberships.first().vpn->vpnId);
        sites.append(siteJson(s, memberships));
    }

    QJsonObject service{{QLatin1String("vpn-services"), QJsonObject{{QLatin1String("vpn-service"), vpns}}}};
    if (!sites.isEmpty())
        service[QLatin1String("sites")] = QJsonObject{{QLatin1String("site"), sites}};
    out.json = QJsonDocument(QJsonObject{{V::container(), service}}).toJson(QJsonDocument::Indented);
    return out;
}

Result<L3smImport> L3smCodec::decode(const QByteArray &bytes, const QString &source,
                                     const QString &engagementName)
{
    return L3smDecoder(source).decode(bytes, engagementName);
}

} // namespace vpnwb
