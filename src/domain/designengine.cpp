#include "designengine.h"

#include "greatcircle.h"
#include "qosmodel.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace vpnwb {
namespace {

constexpr int kPrimaryLocalPreference = 200;
constexpr int kBackupLocalPreference = 100;
constexpr int kMinMaxPrefix = 20;
constexpr int kMinMaxRoutes = 100;

QString rtField(VrfRole role, const QString &hubSiteId)
{
    if (role == VrfRole::AnyToAny)
        return QStringLiteral("rt");
    if (role == VrfRole::Spoke)
        return QStringLiteral("rt-spoke");
    return hubSiteId.isEmpty() ? QStringLiteral("rt-hub") : QStringLiteral("rt-hub:") + hubSiteId;
}

// The role a member takes in a VPN of `topology`: any-to-any VPNs know no
// roles; in the hub variants a member that is not a hub is a spoke.
VrfRole vrfRoleOf(VpnTopology topology, SiteRole role)
{
    if (topology == VpnTopology::AnyToAny)
        return VrfRole::AnyToAny;
    return role == SiteRole::Hub ? VrfRole::Hub : VrfRole::Spoke;
}

int roundUp(int n, int step)
{
    return (n + step - 1) / step * step;
}

// "ef=30,af31=30" read without judging it: the validator flags classes that
// are not in the model and shares that do not add up.
QList<SiteQos::Share> readShares(const QString &text)
{
    QList<SiteQos::Share> out;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = item.split(QLatin1Char('='));
        if (kv.size() == 2)
            out.append({kv[0].trimmed(), kv[1].trimmed().toInt()});
    }
    return out;
}

bool boolValue(const QString &text, bool fallback)
{
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    return fallback;
}

// Builds the import and export policy of each VRF from the RTs of its VPN.
class PolicyBuilder
{
public:
    explicit PolicyBuilder(const NetworkDesign &design) : m_design(design) {}

    VrfPolicy importPolicy(const VrfInstance &vrf, const VpnDesign &vpn) const
    {
        VrfPolicy p{vrf.name + QStringLiteral("-IMPORT"), vpn.vpnId, VrfPolicy::Direction::Import, {}};
        auto add = [&](const QString &description, const QList<RouteValue> &targets) {
            if (!targets.isEmpty())
                p.terms.append({(int(p.terms.size()) + 1) * 10, description, targets, {}});
        };
        const QList<RouteValue> spokes = vpn.spokeTarget ? QList<RouteValue>{*vpn.spokeTarget} : QList<RouteValue>{};
        switch (vrf.role) {
        case VrfRole::AnyToAny:
            add(QStringLiteral("routes of the sites of %1").arg(vpn.vpnId), vpn.serviceTargets());
            break;
        case VrfRole::Hub:
            add(QStringLiteral("routes of the spokes of %1").arg(vpn.vpnId), spokes);
            if (vpn.hubTarget)
                add(QStringLiteral("routes of the other hubs of %1").arg(vpn.vpnId), {*vpn.hubTarget});
            break;
        case VrfRole::Spoke:
            add(QStringLiteral("routes of the hubs of %1").arg(vpn.vpnId), vpn.serviceTargets());
            break;
        }
        // Extranet: consumers take the shared services; the services' hubs and
        // any-to-any sites take the consumers' routes.
        for (const VpnDesign &other : m_design.vpns) {
            if (other.extranetConsumers.contains(vpn.vpnId))
                add(QStringLiteral("shared services of %1 (extranet)").arg(other.vpnId), other.serviceTargets());
        }
        if (vrf.role != VrfRole::Spoke) {
            for (const QString &consumer : vpn.extranetConsumers) {
                if (const VpnDesign *c = m_design.findVpn(consumer))
                    add(QStringLiteral("routes of %1, which uses these services (extranet)").arg(consumer),
                        c->exportedTargets());
            }
        }
        return p;
    }

    VrfPolicy exportPolicy(const VrfInstance &vrf, const VpnDesign &vpn) const
    {
        VrfPolicy p{vrf.name + QStringLiteral("-EXPORT"), vpn.vpnId, VrfPolicy::Direction::Export, {}};
        std::optional<RouteValue> target;
        QString what;
        switch (vrf.role) {
        case VrfRole::AnyToAny:
            target = vpn.anyTarget;
            what = QStringLiteral("routes of the sites of %1").arg(vpn.vpnId);
            break;
        case VrfRole::Hub:
            if (vrf.hubSiteId.isEmpty())
                target = vpn.hubTarget;
            else if (vpn.hubTargets.contains(vrf.hubSiteId))
                target = vpn.hubTargets.value(vrf.hubSiteId);
            what = vrf.hubSiteId.isEmpty() ? QStringLiteral("routes of the hubs of %1").arg(vpn.vpnId)
                                          : QStringLiteral("routes of hub %1 of %2").arg(vrf.hubSiteId, vpn.vpnId);
            break;
        case VrfRole::Spoke:
            target = vpn.spokeTarget;
            what = QStringLiteral("routes of the spokes of %1").arg(vpn.vpnId);
            break;
        }
        if (target)
            p.terms.append({10, what, {}, {*target}});
        return p;
    }

private:
    const NetworkDesign &m_design;
};

QList<RouteValue> targetsOf(const VrfPolicy &p, bool matched)
{
    QList<RouteValue> out;
    for (const VrfPolicy::Term &t : p.terms) {
        for (const RouteValue &rt : matched ? t.matchTargets : t.setTargets) {
            if (!out.contains(rt))
                out.append(rt);
        }
    }
    return out;
}

} // namespace

DesignEngine::DesignEngine(const PopCatalog &catalog, ProviderSettings settings)
    : m_catalog(catalog), m_settings(std::move(settings)), m_inventory(catalog)
{
}

QString DesignEngine::vrfName(std::int64_t engagementId, const QString &vpnId, VrfRole role,
                              const QString &hubSiteId)
{
    const QString head = QLatin1Char('E') + QString::number(engagementId) + QLatin1Char('-') + vpnId;
    if (role == VrfRole::Hub && hubSiteId.isEmpty())
        return head + QLatin1String("-HUB");
    if (role == VrfRole::Hub)
        return head + QLatin1String("-HUB-") + hubSiteId;
    if (role == VrfRole::Spoke)
        return head + QLatin1String("-SPOKE");
    return head;
}

const ProviderEdge *DesignEngine::handoverPe(const Site &site) const
{
    const ProviderEdge *best = nullptr;
    double bestKm = 0.0;
    for (const Pop &pop : m_catalog.pops) {
        const double km = GreatCircle::distanceKm(site.latitude, site.longitude, pop.latitude, pop.longitude);
        if (best && km >= bestKm)
            continue;
        for (const ProviderEdge &pe : pop.pes) {
            if (pe.hasPortFor(site.bandwidthKbps)) {
                best = &pe;
                bestKm = km;
                break;
            }
        }
    }
    return best;
}

DesignDemand DesignEngine::decompose(const Engagement &e, const QList<SiteServiceability> &results) const
{
    DesignDemand demand;
    NetworkDesign &n = demand.skeleton;
    QList<ResourceRequest> &requests = demand.requests;
    n.engagementId = e.id;
    n.engagementName = e.name;
    n.customerName = e.customer.name;
    n.providerAs = m_settings.providerAs;
    n.efMaxPercent = m_settings.efMaxPercent;

    QHash<QString, const SiteServiceability *> resultOf;
    for (const SiteServiceability &r : results)
        resultOf.insert(r.siteId, &r);

    struct Membership
    {
        const VpnService *vpn;
        SiteRole role;
    };
    QHash<QString, QList<Membership>> memberships;
    for (const VpnService &v : e.vpns) {
        VpnDesign vd{v.vpnId, v.name, v.topology, v.extranetConsumers, {}, {}, {}, {}};
        if (v.topology == VpnTopology::AnyToAny)
            requests.append({vd.id(), QStringLiteral("rt"), ResourceKind::Rt});
        else
            requests.append({vd.id(), QStringLiteral("rt-spoke"), ResourceKind::Rt});
        if (v.topology == VpnTopology::HubAndSpoke)
            requests.append({vd.id(), QStringLiteral("rt-hub"), ResourceKind::Rt});
        for (const VpnMember &m : v.members) {
            memberships[m.siteId].append({&v, m.role});
            if (v.topology == VpnTopology::HubAndSpokeDisjoint && m.role == SiteRole::Hub)
                requests.append({vd.id(), rtField(VrfRole::Hub, m.siteId), ResourceKind::Rt});
        }
        n.vpns.append(vd);
    }

    QSet<QString> vrfs;
    QSet<QString> pes;
    // Room for a single-homed site in one VPN each; more grows as needed.
    n.sites.reserve(e.sites.size());
    n.circuits.reserve(e.sites.size());
    n.attachments.reserve(e.sites.size());
    requests.reserve(requests.size() + 6 * e.sites.size());
    for (const Site &site : e.sites) {
        DesignSite ds;
        ds.siteId = site.siteId;
        ds.name = site.name;
        ds.bandwidthKbps = site.bandwidthKbps;
        ds.resiliency = site.resiliency;
        ds.routing = site.routing;
        ds.customerAs = site.customerAs;
        for (const QString &text : site.lanPrefixes) {
            if (const auto p = Ipv4Prefix::parse(text))
                ds.lanPrefixes.append(*p);
        }

        const SiteServiceability *r = resultOf.value(site.siteId);
        QList<std::pair<Homing, QString>> homes;
        bool offNet = false;
        if (!r || r->isStaleFor(site)) {
            ds.inclusion = SiteInclusion::NotChecked;
            ds.reason = r ? QStringLiteral("the site changed after its serviceability was checked")
                          : QStringLiteral("its serviceability has not been checked");
        } else if (r->verdict == ServiceabilityVerdict::Unserviceable) {
            ds.inclusion = SiteInclusion::Unserviceable;
            ds.reason = QStringLiteral("unserviceable: %1").arg(r->reason);
        } else if (!memberships.contains(site.siteId)) {
            ds.inclusion = SiteInclusion::InNoVpn;
            ds.reason = QStringLiteral("the site is a member of no VPN");
        } else if (r->verdict == ServiceabilityVerdict::OnNet) {
            homes.append({Homing::Primary, r->primaryPe});
            if (site.resiliency == Resiliency::DualHomed)
                homes.append({Homing::Secondary, r->secondaryPe});
        } else if (const ProviderEdge *pe = handoverPe(site)) {
            offNet = true;
            homes.append({Homing::Primary, pe->name});
        } else {
            ds.inclusion = SiteInclusion::Unserviceable;
            ds.reason = QStringLiteral("no PE has a port of %1 kb/s to hand over the partner access of %2")
                            .arg(site.bandwidthKbps)
                            .arg(r->partner);
        }
        n.sites.append(ds);
        if (!ds.isIncluded())
            continue;

        requests.append({ds.id(), QStringLiteral("cpe-address"), ResourceKind::CpeAddress});
        if (site.resiliency == Resiliency::DualHomed && site.routing == CeRouting::Bgp)
            requests.append({ds.id(), QStringLiteral("soo"), ResourceKind::Soo});
        for (const auto &[homing, pe] : homes) {
            const AccessCircuit circuit{site.siteId, homing, pe, {}, 0, site.bandwidthKbps, offNet};
            const QString circuitId = circuit.id();
            n.circuits.append(circuit);
            pes.insert(pe);
            requests.append({circuitId, QStringLiteral("port"), ResourceKind::Port, pe,
                             (site.bandwidthKbps + 999) / 1000});
            for (const Membership &m : memberships[site.siteId]) {
                const VrfRole role = vrfRoleOf(m.vpn->topology, m.role);
                const QString hub =
                    role == VrfRole::Hub && m.vpn->topology == VpnTopology::HubAndSpokeDisjoint ? site.siteId : QString();
                const QString name = vrfName(e.id, m.vpn->vpnId, role, hub);
                VrfInstance vrf;
                vrf.vpnId = m.vpn->vpnId;
                vrf.pe = pe;
                vrf.name = name;
                vrf.role = role;
                vrf.hubSiteId = hub;
                if (!vrfs.contains(vrf.id())) {
                    vrfs.insert(vrf.id());
                    requests.append({vrf.id(), QStringLiteral("rd"), ResourceKind::Rd, pe});
                    requests.append({vrf.id(), QStringLiteral("loopback"), ResourceKind::Loopback});
                    n.vrfs.append(vrf);
                }
                SiteAttachment a;
                a.siteId = site.siteId;
                a.vpnId = m.vpn->vpnId;
                a.homing = homing;
                a.pe = pe;
                a.vrfName = name;
                a.routing = site.routing;
                a.customerAs = site.routing == CeRouting::Bgp ? site.customerAs : 0;
                const QString attachmentId = a.id();
                requests.append({attachmentId, QStringLiteral("vlan"), ResourceKind::Vlan, pe, 0, circuitId});
                requests.append({attachmentId, QStringLiteral("link"), ResourceKind::Link});
                n.attachments.append(a);
            }
        }
    }
    for (const PeInventory::Pe &pe : m_inventory.pes()) {
        if (pes.contains(pe.name))
            n.pes.append({pe.name, pe.popId, pe.vendor, pe.routerId});
    }
    return demand;
}

NetworkDesign DesignEngine::complete(const DesignDemand &demand, const QList<ResourceAllocation> &held,
                                     const DesignChoices &choices, const QList<PoolShortage> &shortages) const
{
    NetworkDesign n = demand.skeleton;
    n.shortages = shortages;
    // The values held by each object (a handful each), looked up without building keys.
    QHash<QString, QVarLengthArray<const ResourceAllocation *, 4>> byObject;
    byObject.reserve(held.size());
    for (const ResourceAllocation &a : held)
        byObject[a.object].append(&a);
    auto heldFor = [&](const QString &object, QStringView field) -> const ResourceAllocation * {
        const auto it = byObject.constFind(object);
        if (it == byObject.cend())
            return nullptr;
        for (const ResourceAllocation *a : *it) {
            if (a->field == field)
                return a;
        }
        return nullptr;
    };
    auto valueOf = [&](const QString &object, const char16_t *field) -> QString {
        const ResourceAllocation *a = heldFor(object, QStringView(field));
        return a ? a->value : QString();
    };
    auto routeValue = [](const QString &text) -> std::optional<RouteValue> {
        const auto v = RouteValue::parse(text);
        return v ? std::optional<RouteValue>(*v) : std::nullopt;
    };
    auto address = [](const QString &text) -> std::optional<std::uint32_t> {
        const auto a = Ipv4Prefix::parseAddress(text);
        return a ? std::optional<std::uint32_t>(*a) : std::nullopt;
    };

    // Route targets, by the field that names their role.
    for (VpnDesign &vpn : n.vpns) {
        for (const ResourceRequest &r : demand.requests) {
            if (r.kind != ResourceKind::Rt || r.object != vpn.id())
                continue;
            const ResourceAllocation *a = heldFor(r.object, r.field);
            const auto rt = a ? routeValue(a->value) : std::nullopt;
            if (!rt)
                continue;
            if (r.field == QLatin1String("rt"))
                vpn.anyTarget = rt;
            else if (r.field == QLatin1String("rt-hub"))
                vpn.hubTarget = rt;
            else if (r.field == QLatin1String("rt-spoke"))
                vpn.spokeTarget = rt;
            else
                vpn.hubTargets.insert(r.field.mid(QStringLiteral("rt-hub:").size()), *rt);
        }
    }

    // Sites: SoO, CPE; the LAN prefixes each VPN carries.
    QHash<QString, const DesignSite *> siteOf;
    for (DesignSite &s : n.sites) {
        s.siteOfOrigin = routeValue(valueOf(s.id(), u"soo"));
        s.cpeAddress = address(valueOf(s.id(), u"cpe-address"));
        siteOf.insert(s.siteId, &s);
    }
    // Each site of a VPN has exactly one primary attachment in it: counting
    // those counts the sites.
    QHash<QString, int> lansOfVpn;
    QHash<QString, int> attachmentsOfVpn;
    for (const SiteAttachment &a : n.attachments) {
        if (a.homing == Homing::Primary)
            lansOfVpn[a.vpnId] += int(siteOf.value(a.siteId)->lanPrefixes.size());
        ++attachmentsOfVpn[a.vpnId];
    }

    // VRFs: RD, loopback, RTs through their policies, maximum routes.
    const PolicyBuilder policies(n);
    QSet<QString> policyNames;
    QHash<QString, int> vrfsOfVpn;
    for (const VrfInstance &vrf : n.vrfs)
        ++vrfsOfVpn[vrf.vpnId];
    for (VrfInstance &vrf : n.vrfs) {
        vrf.rd = routeValue(valueOf(vrf.id(), u"rd"));
        vrf.loopback = address(valueOf(vrf.id(), u"loopback"));
        const VpnDesign *vpn = n.findVpn(vrf.vpnId);
        const VrfPolicy in = policies.importPolicy(vrf, *vpn);
        const VrfPolicy out = policies.exportPolicy(vrf, *vpn);
        vrf.importTargets = targetsOf(in, true);
        vrf.exportTargets = targetsOf(out, false);
        vrf.importPolicy = in.name;
        vrf.exportPolicy = out.name;
        if (!policyNames.contains(in.name)) {
            policyNames.insert(in.name);
            n.policies.append(in);
            n.policies.append(out);
        }
        int routes = lansOfVpn.value(vrf.vpnId) + attachmentsOfVpn.value(vrf.vpnId) + vrfsOfVpn.value(vrf.vpnId);
        for (const VpnDesign &other : n.vpns) {
            if (other.extranetConsumers.contains(vrf.vpnId) || vpn->extranetConsumers.contains(other.vpnId))
                routes += lansOfVpn.value(other.vpnId);
        }
        vrf.maxRoutes = std::max(kMinMaxRoutes, roundUp(2 * routes, 100));
    }

    // Circuits: the port held and its speed.
    QHash<QString, std::int64_t> primaryPortKbps; // by site
    for (AccessCircuit &c : n.circuits) {
        c.port = valueOf(c.id(), u"port");
        if (const PeInventory::Port *port = m_inventory.findPort(c.pe, c.port))
            c.portSpeedMbps = port->speedMbps;
        if (c.homing == Homing::Primary)
            primaryPortKbps.insert(c.siteId, c.portSpeedMbps * 1000);
    }

    // Attachments. One customer AS at several sites of a VPN needs as-override
    // on the PE (or allowas-in on the CE), or the sites drop each other's routes.
    QHash<QString, QHash<std::uint32_t, int>> sitesByAs; // VPN -> AS -> sites (their primary attachments)
    for (const SiteAttachment &a : n.attachments) {
        if (a.routing == CeRouting::Bgp && a.homing == Homing::Primary)
            ++sitesByAs[a.vpnId][a.customerAs];
    }
    QHash<QString, const VrfInstance *> vrfById;
    for (const VrfInstance &vrf : n.vrfs)
        vrfById.insert(vrf.id(), &vrf);
    for (SiteAttachment &a : n.attachments) {
        const DesignSite *site = siteOf.value(a.siteId);
        const PeInventory::Pe *pe = m_inventory.find(a.pe);
        const QString id = a.id();
        a.port = valueOf(a.circuitId(), u"port");
        a.vlan = valueOf(id, u"vlan").toInt();
        if (a.vlan > 0 && !a.port.isEmpty())
            a.subInterface = PeInventory::subInterface(pe ? pe->vendor : QString(), a.port, a.vlan);
        if (const auto link = Ipv4Prefix::parse(valueOf(id, u"link"))) {
            a.link = *link;
            // /31 (RFC 3021): both addresses are hosts; /30: the two between network and broadcast.
            a.peAddress = link->length() == 31 ? link->network() : link->network() + 1;
            a.ceAddress = a.peAddress + 1;
        }
        if (a.routing == CeRouting::Bgp) {
            const bool shared = sitesByAs.value(a.vpnId).value(a.customerAs) > 1;
            a.asOverride = shared && m_settings.sameAsRemedy == SameAsRemedy::AsOverride;
            a.allowAsIn = shared && m_settings.sameAsRemedy == SameAsRemedy::AllowAsIn;
            a.siteOfOrigin = site->siteOfOrigin;
            const VrfInstance *vrf = vrfById.value(QStringLiteral("vrf:") + a.pe + QLatin1Char('/') + a.vrfName);
            a.maxPrefix = vrf && vrf->role == VrfRole::Hub
                              ? std::max(kMinMaxPrefix, 2 * lansOfVpn.value(a.vpnId))
                              : std::max(kMinMaxPrefix, 4 * int(site->lanPrefixes.size()));
        }
        if (site->resiliency == Resiliency::DualHomed)
            a.localPreference = a.homing == Homing::Primary ? kPrimaryLocalPreference : kBackupLocalPreference;
        a.peMtu = m_settings.mtu;
        a.ceMtu = m_settings.mtu;
        a.asOverride = boolValue(choices.value(id, QStringLiteral("as-override")), a.asOverride);
        a.allowAsIn = boolValue(choices.value(id, QStringLiteral("allowas-in")), a.allowAsIn);
        if (choices.has(id, QStringLiteral("mtu-pe")))
            a.peMtu = choices.value(id, QStringLiteral("mtu-pe")).toInt();
        if (choices.has(id, QStringLiteral("mtu-ce")))
            a.ceMtu = choices.value(id, QStringLiteral("mtu-ce")).toInt();
        if (choices.has(id, QStringLiteral("max-prefix")))
            a.maxPrefix = choices.value(id, QStringLiteral("max-prefix")).toInt();
    }

    // QoS: the engagement's class model; shares of a site, else of the engagement, else the model's.
    const QosModel &model = QosModel::of(choices.qosModel());
    const QString engagementShares = choices.value(QStringLiteral("qos"), QStringLiteral("shares"));
    for (const DesignSite &s : n.sites) {
        if (!s.isIncluded())
            continue;
        SiteQos q;
        q.siteId = s.siteId;
        q.model = model.kind();
        q.accessKbps = s.bandwidthKbps;
        const QString siteShares = choices.value(q.id(), QStringLiteral("shares"));
        const QString text = !siteShares.isEmpty() ? siteShares : engagementShares;
        QList<SiteQos::Share> given = readShares(text);
        if (text.isEmpty()) {
            for (const ServiceClass &c : model.classes())
                given.append({c.id, c.defaultPercent});
        }
        for (const ServiceClass &c : model.classes()) {
            const auto it = std::find_if(given.cbegin(), given.cend(),
                                         [&](const SiteQos::Share &sh) { return sh.classId == c.id; });
            q.shares.append({c.id, it == given.cend() ? 0 : it->percent});
        }
        for (const SiteQos::Share &sh : given) {
            if (!model.find(sh.classId))
                q.shares.append(sh);
        }
        q.portSpeedKbps = primaryPortKbps.value(s.siteId);
        n.qos.append(q);
    }
    return n;
}

} // namespace vpnwb
