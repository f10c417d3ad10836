#include "designoverride.h"

#include "qosmodel.h"
#include "routevalue.h"

#include <algorithm>

namespace vpnwb {
namespace {

QString kindOf(const QString &object)
{
    return object.section(QLatin1Char(':'), 0, 0);
}

template<typename T> bool hasId(const QList<T> &list, const QString &id)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const T &x) { return x.id() == id; });
}

Result<int> wholeNumber(const QString &text, std::int64_t min, std::int64_t max, const char *what)
{
    bool ok = false;
    const std::int64_t v = text.trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        return Error::invalidInput(
            QStringLiteral("'%1' is outside %2–%3 (%4)").arg(text).arg(min).arg(max).arg(QLatin1String(what)));
    return int(v);
}

std::optional<std::int64_t> offsetIn(const Ipv4Prefix &pool, std::uint32_t address)
{
    return pool.contains(address) ? std::optional<std::int64_t>(address - pool.network()) : std::nullopt;
}

} // namespace

QStringList DesignOverride::fieldsOf(const QString &object)
{
    const QString kind = kindOf(object);
    if (object == QLatin1String("qos"))
        return {QStringLiteral("model"), QStringLiteral("shares")};
    if (kind == QLatin1String("qos"))
        return {QStringLiteral("shares")};
    if (kind == QLatin1String("vpn"))
        return {QStringLiteral("rt"), QStringLiteral("rt-hub"), QStringLiteral("rt-spoke"), QStringLiteral("rt-hub:SITE")};
    if (kind == QLatin1String("vrf"))
        return {QStringLiteral("rd"), QStringLiteral("loopback")};
    if (kind == QLatin1String("site"))
        return {QStringLiteral("soo"), QStringLiteral("cpe-address")};
    if (kind == QLatin1String("access"))
        return {QStringLiteral("port")};
    if (kind == QLatin1String("attachment"))
        return {QStringLiteral("vlan"),   QStringLiteral("link"),   QStringLiteral("as-override"),
                QStringLiteral("allowas-in"), QStringLiteral("mtu-pe"), QStringLiteral("mtu-ce"),
                QStringLiteral("max-prefix")};
    return {};
}

Result<DesignOverride> DesignOverride::parse(const NetworkDesign &d, const ProviderSettings &settings,
                                             const PeInventory &inventory, const QString &object,
                                             const QString &field, const QString &input)
{
    const QString what = object + QLatin1Char(' ') + field;
    auto fail = [&](const QString &message) -> Result<DesignOverride> {
        return Error::invalidInput(QStringLiteral("%1: %2").arg(what, message));
    };
    const QString kind = kindOf(object);
    const QString text = input.trimmed();

    // The object must be part of the design.
    bool exists = object == QLatin1String("qos");
    if (kind == QLatin1String("qos") && !exists)
        exists = hasId(d.qos, object);
    else if (kind == QLatin1String("vpn"))
        exists = hasId(d.vpns, object);
    else if (kind == QLatin1String("vrf"))
        exists = hasId(d.vrfs, object);
    else if (kind == QLatin1String("site"))
        exists = std::any_of(d.sites.cbegin(), d.sites.cend(),
                             [&](const DesignSite &s) { return s.id() == object && s.isIncluded(); });
    else if (kind == QLatin1String("access"))
        exists = hasId(d.circuits, object);
    else if (kind == QLatin1String("attachment"))
        exists = hasId(d.attachments, object);
    if (!exists)
        return Error::notFound(
            QStringLiteral("'%1' is not an object of the design of '%2' (objects are named like vpn:CORP, "
                           "vrf:PE/NAME, site:SITE, access:SITE/primary, attachment:SITE/VPN/primary, qos, "
                           "qos:SITE; 'vpnwb design' lists them)")
                .arg(object, d.engagementName));
    const QStringList fields = fieldsOf(object);
    const bool hubField = kind == QLatin1String("vpn") && field.startsWith(QLatin1String("rt-hub:"));
    if (!fields.contains(field) && !hubField)
        return fail(QStringLiteral("'%1' has no field '%2' (its fields: %3)")
                        .arg(object, field, fields.join(QStringLiteral(", "))));

    DesignOverride o;
    o.object = object;
    o.field = field;
    auto resource = [&](ResourceKind k, const QString &value, const QString &scope,
                        std::optional<std::int64_t> poolIndex) -> Result<DesignOverride> {
        o.target = Target::Resource;
        o.value = value;
        o.allocation = {d.engagementId, object, field, k, scope, value, poolIndex, AllocationOrigin::Override};
        return o;
    };
    auto choice = [&](const QString &value) -> Result<DesignOverride> {
        o.target = Target::Choice;
        o.value = value;
        return o;
    };
    // RD, RT or SoO: the pool keeps count of a number it could have given itself.
    auto routeValue = [&](ResourceKind k, const NumberRange &range, bool routerIdIsOurs) -> Result<DesignOverride> {
        const auto v = RouteValue::parse(text);
        if (!v)
            return fail(v.error().message);
        const bool ours = v->type() == RouteValue::Type::Ipv4 ? routerIdIsOurs : v->administrator() == settings.providerAs;
        const std::optional<std::int64_t> index =
            ours && range.contains(v->number()) ? std::optional<std::int64_t>(v->number()) : std::nullopt;
        return resource(k, v->toRfc8294(), {}, index);
    };
    auto address = [&](ResourceKind k, const Ipv4Prefix &pool) -> Result<DesignOverride> {
        const auto a = Ipv4Prefix::parseAddress(text);
        if (!a)
            return fail(a.error().message);
        return resource(k, Ipv4Prefix::addressToString(*a), {}, offsetIn(pool, *a));
    };
    auto boolean = [&]() -> Result<DesignOverride> {
        if (text != QLatin1String("true") && text != QLatin1String("false"))
            return fail(QStringLiteral("'%1' is not true or false").arg(input));
        return choice(text);
    };

    if (object == QLatin1String("qos") && field == QLatin1String("model")) {
        const auto model = qosModelKindFromString(text);
        if (!model)
            return fail(QStringLiteral("'%1' is not one of: %2").arg(input, qosModelKindChoices()));
        return choice(toString(*model));
    }
    if (kind == QLatin1String("qos")) {
        const QosModelKind current = d.qos.isEmpty() ? QosModelKind::FourClass : d.qos.constFirst().model;
        const auto shares = QosModel::of(current).parseShares(text);
        if (!shares)
            return fail(shares.error().message);
        int total = 0;
        for (const int percent : *shares)
            total += percent;
        if (total != 100)
            return fail(QStringLiteral("the shares add up to %1 %, not 100 %").arg(total));
        return choice(QosModel::sharesToString(*shares));
    }
    if (kind == QLatin1String("vpn")) {
        const VpnDesign *vpn = d.findVpn(object.mid(4));
        QStringList rtFields;
        if (vpn->topology == VpnTopology::AnyToAny)
            rtFields << QStringLiteral("rt");
        else
            rtFields << QStringLiteral("rt-spoke");
        if (vpn->topology == VpnTopology::HubAndSpoke)
            rtFields << QStringLiteral("rt-hub");
        for (const QString &hub : vpn->hubTargets.keys())
            rtFields << QStringLiteral("rt-hub:") + hub;
        for (const VrfInstance &v : d.vrfs) {
            if (v.vpnId == vpn->vpnId && !v.hubSiteId.isEmpty() && !rtFields.contains(QStringLiteral("rt-hub:") + v.hubSiteId))
                rtFields << QStringLiteral("rt-hub:") + v.hubSiteId;
        }
        if (!rtFields.contains(field))
            return fail(QStringLiteral("VPN %1 is %2; its RTs are %3")
                            .arg(vpn->vpnId, toString(vpn->topology), rtFields.join(QStringLiteral(", "))));
        return routeValue(ResourceKind::Rt, settings.rtNumbers, false);
    }
    if (kind == QLatin1String("vrf")) {
        if (field == QLatin1String("loopback"))
            return address(ResourceKind::Loopback, settings.loopbackPool);
        const VrfInstance *vrf = nullptr;
        for (const VrfInstance &v : d.vrfs) {
            if (v.id() == object)
                vrf = &v;
        }
        const auto pe = inventory.find(vrf->pe);
        const auto rd = RouteValue::parse(text);
        const bool routerIdIsOurs = settings.rdType == 1 && rd && pe && rd->administrator() == pe->routerId;
        return routeValue(ResourceKind::Rd, settings.rdNumbers, routerIdIsOurs);
    }
    if (kind == QLatin1String("site")) {
        if (field == QLatin1String("cpe-address"))
            return address(ResourceKind::CpeAddress, settings.cpePool);
        const DesignSite *site = d.findSite(object.mid(5));
        if (site->resiliency != Resiliency::DualHomed || site->routing != CeRouting::Bgp)
            return fail(QStringLiteral("only a dual-homed BGP site has a site of origin"));
        return routeValue(ResourceKind::Soo, settings.sooNumbers, false);
    }
    if (kind == QLatin1String("access")) {
        const AccessCircuit *c = d.findCircuit(object);
        if (!inventory.findPort(c->pe, text)) {
            const PeInventory::Pe *pe = inventory.find(c->pe);
            return fail(QStringLiteral("PE %1 has no port '%2' (its ports are named like %3)")
                            .arg(c->pe, text,
                                 pe && !pe->ports.isEmpty() ? pe->ports.constFirst().name : QStringLiteral("-")));
        }
        return resource(ResourceKind::Port, text, c->pe, std::nullopt);
    }
    // An attachment.
    const SiteAttachment *a = nullptr;
    for (const SiteAttachment &x : d.attachments) {
        if (x.id() == object)
            a = &x;
    }
    if (field == QLatin1String("vlan")) {
        const auto vlan = wholeNumber(text, 1, 4094, "a VLAN id is 1 to 4094");
        if (!vlan)
            return fail(vlan.error().message);
        if (a->port.isEmpty())
            return fail(QStringLiteral("the attachment has no port yet; design the engagement first"));
        return resource(ResourceKind::Vlan, QString::number(*vlan), a->pe + QLatin1Char(' ') + a->port, std::nullopt);
    }
    if (field == QLatin1String("link")) {
        const auto p = Ipv4Prefix::parse(text);
        if (!p)
            return fail(p.error().message);
        if (p->length() != 30 && p->length() != 31)
            return fail(QStringLiteral("%1 is not a /30 or /31 link").arg(p->toString()));
        return resource(ResourceKind::Link, p->toString(), {}, offsetIn(settings.linkPool, p->network()));
    }
    if (field == QLatin1String("as-override") || field == QLatin1String("allowas-in"))
        return boolean();
    if (field == QLatin1String("max-prefix")) {
        const auto n = wholeNumber(text, 1, 2'000'000, "prefixes accepted from the CE");
        return n ? choice(QString::number(*n)) : fail(n.error().message);
    }
    const auto mtu = wholeNumber(text, 576, 9216, "an IP MTU");
    return mtu ? choice(QString::number(*mtu)) : fail(mtu.error().message);
}

} // namespace vpnwb
