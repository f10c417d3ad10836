#include "designrules.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace vpnwb::DesignRules {
void rdReused(const NetworkDesign &d, Findings &out)
{
    QHash<QString, QString> firstWith; // RD -> VRF id
    for (const VrfInstance &v : d.vrfs) {
        if (!v.rd)
            continue;
        const QString rd = v.rd->toString();
        const auto it = firstWith.constFind(rd);
        if (it == firstWith.cend()) {
            firstWith.insert(rd, v.id());
            continue;
        }
        out.append({{}, {}, v.id(), QStringLiteral("RD %1 is also the RD of %2").arg(rd, *it),
                    QStringLiteral("give each VRF on each PE its own RD, or BGP keeps only one of the two "
                                   "paths to a dual-homed site")});
    }
}

void rtTopology(const NetworkDesign &d, Findings &out)
{
    const QString hint = QStringLiteral("give the VRF the RTs of its role: any-to-any imports and exports the "
                                        "VPN RT; hubs export H and import S; spokes export S and import H only");
    // An RT that two VPNs export merges them, unless one serves the other as an extranet.
    QMap<QString, QString> exporter; // RT -> VPN
    for (const VpnDesign &vpn : d.vpns) {
        for (const RouteValue &rt : vpn.exportedTargets()) {
            const QString key = rt.toString();
            if (exporter.contains(key) && exporter[key] != vpn.vpnId)
                out.append({{}, {}, vpn.id(),
                            QStringLiteral("RT %1 is also an RT of VPN %2: the two VPNs would exchange routes")
                                .arg(key, exporter[key]),
                            QStringLiteral("give each VPN RTs of its own; share routes between VPNs as an "
                                           "extranet")});
            exporter.insert(key, vpn.vpnId);
        }
    }

    // VPN -> whether one of its VRFs is a hub; only VPNs with VRFs are keys.
    QHash<QString, bool> hasHub;
    for (const VrfInstance &v : d.vrfs)
        hasHub[v.vpnId] = hasHub.value(v.vpnId) || v.role == VrfRole::Hub;
    for (const VpnDesign &vpn : d.vpns) {
        if (vpn.topology != VpnTopology::AnyToAny && hasHub.contains(vpn.vpnId) && !hasHub.value(vpn.vpnId))
            out.append({{}, {}, vpn.id(),
                        QStringLiteral("VPN %1 is %2 but none of its sites in the design is a hub: its spokes "
                                       "reach nobody")
                            .arg(vpn.vpnId, toString(vpn.topology)),
                        QStringLiteral("make a site of the VPN its hub, or make the VPN any-to-any")});
    }

    for (const VrfInstance &v : d.vrfs) {
        const VpnDesign *vpn = d.findVpn(v.vpnId);
        if (!vpn)
            continue;
        auto problem = [&](const QString &message) { out.append({{}, {}, v.id(), message, hint}); };
        auto needsImport = [&](const std::optional<RouteValue> &rt, const char *what) {
            if (rt && !v.importTargets.contains(*rt))
                problem(QStringLiteral("does not import %1 (%2)").arg(rt->toString(), QLatin1String(what)));
        };
        auto needsExport = [&](const std::optional<RouteValue> &rt, const char *what) {
            if (rt && !v.exportTargets.contains(*rt))
                problem(QStringLiteral("does not export %1 (%2)").arg(rt->toString(), QLatin1String(what)));
        };
        auto mustNotImport = [&](const std::optional<RouteValue> &rt, const QString &why) {
            if (rt && v.importTargets.contains(*rt))
                problem(QStringLiteral("imports %1: %2").arg(rt->toString(), why));
        };
        auto mustNotExport = [&](const std::optional<RouteValue> &rt, const QString &why) {
            if (rt && v.exportTargets.contains(*rt))
                problem(QStringLiteral("exports %1: %2").arg(rt->toString(), why));
        };
        switch (v.role) {
        case VrfRole::AnyToAny:
            needsImport(vpn->anyTarget, "the RT of the VPN");
            needsExport(vpn->anyTarget, "the RT of the VPN");
            break;
        case VrfRole::Hub:
            needsImport(vpn->spokeTarget, "the spokes' RT");
            mustNotExport(vpn->spokeTarget, QStringLiteral("the spokes' RT, so spokes would import spokes"));
            if (v.hubSiteId.isEmpty()) {
                needsExport(vpn->hubTarget, "the hubs' RT");
            } else {
                const auto own = vpn->hubTargets.constFind(v.hubSiteId);
                needsExport(own == vpn->hubTargets.cend() ? std::nullopt : std::optional<RouteValue>(*own),
                            "the RT of this hub");
                for (auto it = vpn->hubTargets.cbegin(); it != vpn->hubTargets.cend(); ++it) {
                    if (it.key() != v.hubSiteId)
                        mustNotImport(*it, QStringLiteral("the RT of hub %1, but hubs of a disjoint VPN must "
                                                          "not reach each other")
                                               .arg(it.key()));
                }
            }
            break;
        case VrfRole::Spoke:
            needsExport(vpn->spokeTarget, "the spokes' RT");
            mustNotImport(vpn->spokeTarget, QStringLiteral("the spokes' RT, so this spoke reaches other spokes "
                                                           "without passing a hub"));
            needsImport(vpn->hubTarget, "the hubs' RT");
            for (auto it = vpn->hubTargets.cbegin(); it != vpn->hubTargets.cend(); ++it) {
                needsImport(*it, "the RT of a hub");
                mustNotExport(*it, QStringLiteral("the RT of hub %1").arg(it.key()));
            }
            mustNotExport(vpn->hubTarget, QStringLiteral("the hubs' RT, so other spokes would import this spoke"));
            break;
        }
    }
}

void sameCustomerAs(const NetworkDesign &d, Findings &out)
{
    QHash<QString, QMap<std::uint32_t, QStringList>> sitesByAs; // VPN -> AS -> sites
    for (const SiteAttachment &a : d.attachments) {
        QStringList &sites = sitesByAs[a.vpnId][a.customerAs];
        if (a.routing == CeRouting::Bgp && !sites.contains(a.siteId))
            sites.append(a.siteId);
    }
    for (const SiteAttachment &a : d.attachments) {
        if (a.routing != CeRouting::Bgp || a.asOverride || a.allowAsIn)
            continue;
        QStringList others = sitesByAs[a.vpnId][a.customerAs];
        others.removeAll(a.siteId);
        if (others.isEmpty())
            continue;
        out.append({{}, {}, a.id(),
                    QStringLiteral("AS %1 is also the AS of %2 in VPN %3; without as-override or allowas-in "
                                   "the CE drops their routes as a loop")
                        .arg(a.customerAs)
                        .arg(others.join(QStringLiteral(", ")), a.vpnId),
                    QStringLiteral("set as-override on the PE ('vpnwb override ENGAGEMENT %1 as-override true'), "
                                   "allowas-in on the CE, or give each site its own private AS")
                        .arg(a.id())});
    }
}

void dualHomedSoo(const NetworkDesign &d, Findings &out)
{
    QHash<QString, std::optional<RouteValue>> sooOfSiteVpn;
    QHash<QString, const DesignSite *> siteOf;
    siteOf.reserve(d.sites.size());
    for (const DesignSite &s : d.sites)
        siteOf.insert(s.siteId, &s);
    for (const SiteAttachment &a : d.attachments) {
        const DesignSite *site = siteOf.value(a.siteId);
        if (!site || site->resiliency != Resiliency::DualHomed || a.routing != CeRouting::Bgp)
            continue;
        const QString hint = QStringLiteral("give both attachments of the site the same site of origin, so that "
                                            "a PE does not send the site's routes back into it");
        if (!a.siteOfOrigin) {
            out.append({{}, {}, a.id(), QStringLiteral("dual-homed site %1 has no site of origin on this attachment").arg(a.siteId),
                        hint});
            continue;
        }
        const QString key = a.siteId + QLatin1Char('/') + a.vpnId;
        const auto it = sooOfSiteVpn.constFind(key);
        if (it != sooOfSiteVpn.cend() && *it && **it != *a.siteOfOrigin)
            out.append({{}, {}, a.id(),
                        QStringLiteral("site of origin %1 differs from %2 on the other attachment of site %3")
                            .arg(a.siteOfOrigin->toString(), (*it)->toString(), a.siteId),
                        hint});
        sooOfSiteVpn.insert(key, a.siteOfOrigin);
    }
}

} // namespace vpnwb::DesignRules
