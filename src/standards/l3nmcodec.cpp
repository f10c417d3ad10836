#include "l3nmcodec.h"

#include "l3nmdecoder.h"
#include "l3nmvocabulary.h"
#include "qosmodel.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace vpnwb {
namespace {

using V = L3nmVocabulary;

QJsonArray routeTargets(const QList<RouteValue> &targets)
{
    QJsonArray out;
    for (const RouteValue &rt : targets)
        out.append(QJsonObject{{QLatin1String("route-target"), rt.toRfc8294()}});
    return out;
}

QJsonObject vpnTargets(const VrfInstance &vrf)
{
    QJsonArray list;
    if (!vrf.importTargets.isEmpty())
        list.append(QJsonObject{{QLatin1String("id"), 1},
                                {QLatin1String("route-targets"), routeTargets(vrf.importTargets)},
                                {QLatin1String("route-target-type"), QStringLiteral("import")}});
    if (!vrf.exportTargets.isEmpty())
        list.append(QJsonObject{{QLatin1String("id"), 2},
                                {QLatin1String("route-targets"), routeTargets(vrf.exportTargets)},
                                {QLatin1String("route-target-type"), QStringLiteral("export")}});
    return {{QLatin1String("vpn-target"), list},
            {QLatin1String("vpn-policies"), QJsonObject{{QLatin1String("import-policy"), vrf.importPolicy},
                                                        {QLatin1String("export-policy"), vrf.exportPolicy}}}};
}

QJsonObject instanceProfile(const VrfInstance &vrf, std::uint32_t providerAs)
{
    const QJsonObject family{
        {QLatin1String("address-family"), V::common("ipv4")},
        {QLatin1String("vpn-targets"), vpnTargets(vrf)},
        {QLatin1String("maximum-routes"),
         QJsonArray{QJsonObject{{QLatin1String("protocol"), V::common("any-routing")},
                                {QLatin1String("maximum-routes"), vrf.maxRoutes}}}}};
    return {{QLatin1String("profile-id"), vrf.name},
            {QLatin1String("role"), V::role(vrf.role)},
            {QLatin1String("local-as"), double(providerAs)},
            {QLatin1String("address-family"), QJsonArray{family}}};
}

QJsonObject qosJson(const SiteQos &q)
{
    const QosModel &model = QosModel::of(q.model);
    QJsonArray rules;
    for (const ServiceClass &c : model.classes()) {
        for (const int dscp : c.dscp)
            rules.append(QJsonObject{{QLatin1String("id"), QStringLiteral("%1-dscp-%2").arg(c.id).arg(dscp)},
                                     {QLatin1String("ipv4"), QJsonObject{{QLatin1String("dscp"), dscp}}},
                                     {QLatin1String("target-class-id"), c.id}});
    }
    const QString ef = QString::number(q.percentOf(QStringLiteral("ef")));
    const QJsonObject policer{{QLatin1String("id"), QStringLiteral("ef-policer")},
                              {QLatin1String("target-class-id"), QStringLiteral("ef")},
                              {QLatin1String("inbound-rate-limit"), ef},
                              {QLatin1String("outbound-rate-limit"), ef}};
    return {{QLatin1String("qos-classification-policy"), QJsonObject{{QLatin1String("rule"), rules}}},
            {QLatin1String("qos-action"), QJsonObject{{QLatin1String("rule"), QJsonArray{policer}}}},
            {QLatin1String("qos-profile"),
             QJsonObject{{QLatin1String("qos-profile"),
                          QJsonArray{QJsonObject{{QLatin1String("profile"), V::qosProfile(q.model)},
                                                 {QLatin1String("direction"), V::common("both")}}}}}}};
}

QJsonObject routingJson(const SiteAttachment &a, const DesignSite &site)
{
    const QString ce = Ipv4Prefix::addressToString(a.ceAddress);
    if (a.routing == CeRouting::Static) {
        QJsonArray lans;
        for (const Ipv4Prefix &p : site.lanPrefixes)
            lans.append(QJsonObject{{QLatin1String("lan"), p.toString()}, {QLatin1String("next-hop"), ce}});
        return {{QLatin1String("id"), QStringLiteral("static")},
                {QLatin1String("type"), V::common("static-routing")},
                {QLatin1String("static"),
                 QJsonObject{{QLatin1String("cascaded-lan-prefixes"),
                              QJsonObject{{QLatin1String("ipv4-lan-prefixes"), lans}}}}}};
    }
    QJsonObject bgp{{QLatin1String("peer-as"), double(a.customerAs)},
                    {QLatin1String("address-family"), V::common("ipv4")},
                    {QLatin1String("neighbor"), QJsonArray{ce}},
                    {QLatin1String("as-override"), a.asOverride},
                    {QLatin1String("bgp-max-prefix"), QJsonObject{{QLatin1String("max-prefix"), a.maxPrefix}}}};
    if (a.siteOfOrigin)
        bgp[QLatin1String("site-of-origin")] = a.siteOfOrigin->toRfc8294();
    return {{QLatin1String("id"), QStringLiteral("bgp")},
            {QLatin1String("type"), V::common("bgp-routing")},
            {QLatin1String("bgp"), bgp}};
}

QJsonObject accessJson(const SiteAttachment &a, const DesignSite &site, const SiteQos *qos)
{
    const QString bps = QString::number(site.bandwidthKbps * 1000);
    QJsonObject service{{QLatin1String("pe-to-ce-bandwidth"), bps},
                        {QLatin1String("ce-to-pe-bandwidth"), bps},
                        {QLatin1String("mtu"), a.peMtu}};
    if (qos)
        service[QLatin1String("qos")] = qosJson(*qos);
    const QJsonObject address{{QLatin1String("address-id"), QStringLiteral("1")},
                              {QLatin1String("customer-address"), Ipv4Prefix::addressToString(a.ceAddress)}};
    return {
        {QLatin1String("id"), a.id().mid(QStringLiteral("attachment:").size())},
        {QLatin1String("interface-id"), a.port},
        {QLatin1String("description"), QStringLiteral("%1 (%2), %3 access").arg(site.name, a.siteId, toString(a.homing))},
        {QLatin1String("vpn-network-access-type"), V::common("point-to-point")},
        {QLatin1String("vpn-instance-profile"), a.vrfName},
        {QLatin1String("connection"),
         QJsonObject{{QLatin1String("encapsulation"),
                      QJsonObject{{QLatin1String("type"), V::common("dot1q")},
                                  {QLatin1String("dot1q"), QJsonObject{{QLatin1String("cvlan-id"), a.vlan}}}}}}},
        {QLatin1String("ip-connection"),
         QJsonObject{{QLatin1String("ipv4"),
                      QJsonObject{{QLatin1String("local-address"), Ipv4Prefix::addressToString(a.peAddress)},
                                  {QLatin1String("prefix-length"), a.link->length()},
                                  {QLatin1String("address-allocation-type"), QStringLiteral("ietf-l3vpn-ntw:static-address")},
                                  {QLatin1String("primary-address"), QStringLiteral("1")},
                                  {QLatin1String("address"), QJsonArray{address}}}}}},
        {QLatin1String("routing-protocols"),
         QJsonObject{{QLatin1String("routing-protocol"), QJsonArray{routingJson(a, site)}}}},
        {QLatin1String("service"), service}};
}

QJsonObject loopbackJson(const VrfInstance &vrf)
{
    return {{QLatin1String("id"), V::loopbackAccessId(vrf.name)},
            {QLatin1String("description"), QStringLiteral("probe source of VRF %1").arg(vrf.name)},
            {QLatin1String("vpn-network-access-type"), V::common("loopback")},
            {QLatin1String("vpn-instance-profile"), vrf.name},
            {QLatin1String("ip-connection"),
             QJsonObject{{QLatin1String("ipv4"),
                          QJsonObject{{QLatin1String("local-address"), Ipv4Prefix::addressToString(*vrf.loopback)},
                                      {QLatin1String("prefix-length"), 32}}}}}};
}

QStringList lossesOf(const NetworkDesign &d)
{
    QStringList out;
    int cpes = 0;
    int excluded = 0;
    for (const DesignSite &s : d.sites) {
        cpes += s.cpeAddress ? 1 : 0;
        excluded += s.isIncluded() ? 0 : 1;
    }
    if (cpes > 0)
        out << QStringLiteral("the management addresses of %1 CPE(s) are not exported: L3NM describes the PE side only").arg(cpes);
    if (excluded > 0)
        out << QStringLiteral("%1 site(s) left out of the design are not exported").arg(excluded);
    int preferences = 0;
    int allowAsIn = 0;
    for (const SiteAttachment &a : d.attachments) {
        preferences += a.localPreference != 100 ? 1 : 0;
        allowAsIn += a.allowAsIn ? 1 : 0;
    }
    if (preferences > 0)
        out << QStringLiteral("the primary/backup local preference of %1 dual-homed attachment(s) is not exported: "
                              "L3NM has no leaf for it")
                   .arg(preferences);
    if (allowAsIn > 0)
        out << QStringLiteral("allowas-in on the CE of %1 attachment(s) is not exported: L3NM describes the PE side only")
                   .arg(allowAsIn);
    if (!d.qos.isEmpty())
        out << QStringLiteral("class shares other than the EF policer are carried by the provider QoS profile %1, "
                              "not per access: L3NM's QoS actions are rate limits only")
                   .arg(V::qosProfile(d.qos.constFirst().model));
    return out;
}

} // namespace

Result<L3nmExport> L3nmCodec::encode(const NetworkDesign &d)
{
    if (const QStringList missing = d.missingValues(); !missing.isEmpty())
        return Error::invalidInput(QStringLiteral("the design of '%1' lacks %2 value(s), first %3; design the "
                                                  "engagement first ('vpnwb design %4')")
                                       .arg(d.engagementName)
                                       .arg(missing.size())
                                       .arg(missing.constFirst())
                                       .arg(d.engagementId));
    QHash<QString, const DesignSite *> siteOf;
    for (const DesignSite &s : d.sites)
        siteOf.insert(s.siteId, &s);
    QHash<QString, const SiteQos *> qosOf;
    for (const SiteQos &q : d.qos)
        qosOf.insert(q.siteId, &q);

    QJsonArray services;
    bool modelUsed[2] = {false, false};
    for (const SiteQos &q : d.qos)
        modelUsed[q.model == QosModelKind::FourClass ? 0 : 1] = true;
    for (const VpnDesign &vpn : d.vpns) {
        QJsonArray profiles;
        QJsonArray nodes;
        QSet<QString> profileIds;
        for (const VrfInstance &vrf : d.vrfs) {
            if (vrf.vpnId != vpn.vpnId)
                continue;
            if (!profileIds.contains(vrf.name)) {
                profileIds.insert(vrf.name);
                profiles.append(instanceProfile(vrf, d.providerAs));
            }
            QJsonArray accesses{loopbackJson(vrf)};
            for (const SiteAttachment &a : d.attachments) {
                if (a.pe == vrf.pe && a.vrfName == vrf.name)
                    accesses.append(accessJson(a, *siteOf.value(a.siteId), qosOf.value(a.siteId)));
            }
            const DesignPe *pe = d.findPe(vrf.pe);
            const QJsonObject active{{QLatin1String("profile-id"), vrf.name},
                                     {QLatin1String("rd"), vrf.rd->toRfc8294()}};
            QJsonObject node;
            node[QLatin1String("vpn-node-id")] = QString(vrf.pe + QLatin1Char('/') + vrf.name);
            node[QLatin1String("ne-id")] = vrf.pe;
            node[QLatin1String("local-as")] = double(d.providerAs);
            node[QLatin1String("active-vpn-instance-profiles")] =
                QJsonObject{{QLatin1String("vpn-instance-profile"), QJsonArray{active}}};
            node[QLatin1String("vpn-network-accesses")] =
                QJsonObject{{QLatin1String("vpn-network-access"), accesses}};
            if (pe)
                node[QLatin1String("router-id")] = Ipv4Prefix::addressToString(pe->routerId);
            nodes.append(node);
        }
        QJsonObject service{{QLatin1String("vpn-id"), vpn.vpnId},
                            {QLatin1String("vpn-name"), vpn.name.isEmpty() ? vpn.vpnId : vpn.name},
                            {QLatin1String("vpn-description"), d.engagementName},
                            {QLatin1String("customer-name"), d.customerName},
                            {QLatin1String("vpn-type"), V::common("l3vpn")},
                            {QLatin1String("vpn-service-topology"), V::topology(vpn.topology)}};
        if (!profiles.isEmpty())
            service[QLatin1String("vpn-instance-profiles")] = QJsonObject{{QLatin1String("vpn-instance-profile"), profiles}};
        if (!nodes.isEmpty())
            service[QLatin1String("vpn-nodes")] = QJsonObject{{QLatin1String("vpn-node"), nodes}};
        services.append(service);
    }

    QJsonObject root{{QLatin1String("vpn-services"), QJsonObject{{QLatin1String("vpn-service"), services}}}};
    if (!d.qos.isEmpty()) {
        QJsonArray ids;
        for (const QosModelKind m : {QosModelKind::FourClass, QosModelKind::SixClass}) {
            if (modelUsed[m == QosModelKind::FourClass ? 0 : 1])
                ids.append(QJsonObject{{QLatin1String("id"), V::qosProfile(m)}});
        }
        root[QLatin1String("vpn-profiles")] = QJsonObject{
            {QLatin1String("valid-provider-identifiers"), QJsonObject{{QLatin1String("qos-profile-identifier"), ids}}}};
    }
    L3nmExport out;
    out.json = QJsonDocument(QJsonObject{{V::container(), root}}).toJson(QJsonDocument::Indented);
    out.warnings = lossesOf(d);
    return out;
}

Result<ImportedDesign> L3nmCodec::decode(const QByteArray &bytes, const QString &source)
{
    return L3nmDecoder(source).decode(bytes);
}

} // namespace vpnwb
