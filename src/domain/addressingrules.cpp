#include "designrules.h"
#include "prefixoverlap.h"

#include <QHash>
#include <QSet>

namespace vpnwb::DesignRules {

void poolExhausted(const NetworkDesign &d, Findings &out)
{
    for (const PoolShortage &s : d.shortages)
        out.append({{}, {}, s.objectId,
                    QStringLiteral("the %1 has no free value left (%2 in all), so %3 gets no %4; nothing "
                                   "was allocated")
                        .arg(s.pool)
                        .arg(s.size)
                        .arg(s.objectId, s.field),
                    s.field == QLatin1String("port")
                        ? QStringLiteral("add ports to the PE, move sites to another PE, or free ports held by "
                                         "engagements that ended")
                        : QStringLiteral("enlarge the pool with 'vpnwb provider-settings', or free values held "
                                         "by engagements that ended")});
}

void lanOverlap(const NetworkDesign &d, Findings &out)
{
    // What each VPN routes: the LANs of its sites, the links of its
    // attachments and the loopbacks of its VRFs.
    struct Owned
    {
        QList<Ipv4Prefix> prefixes;
        QStringList owners;
        void add(const Ipv4Prefix &p, const QString &owner)
        {
            prefixes.append(p);
            owners.append(owner);
        }
    };
    QHash<QString, Owned> routed;
    QHash<QString, QSet<QString>> sitesOf;
    QHash<QString, const DesignSite *> siteOf;
    siteOf.reserve(d.sites.size());
    for (const DesignSite &s : d.sites)
        siteOf.insert(s.siteId, &s);
    for (const SiteAttachment &a : d.attachments) {
        if (!sitesOf[a.vpnId].contains(a.siteId)) {
            sitesOf[a.vpnId].insert(a.siteId);
            if (const DesignSite *s = siteOf.value(a.siteId)) {
                for (const Ipv4Prefix &p : s->lanPrefixes)
                    routed[a.vpnId].add(p, s->id());
            }
        }
        if (a.link)
            routed[a.vpnId].add(*a.link, a.id());
    }
    for (const VrfInstance &v : d.vrfs) {
        if (v.loopback)
            routed[v.vpnId].add(Ipv4Prefix::parse(Ipv4Prefix::addressToString(*v.loopback) + QStringLiteral("/32")).value(),
                                v.id());
    }

    QSet<QString> reported;
    for (const VpnDesign &vpn : d.vpns) {
        // An extranet joins the routing of the VPNs that share services.
        // A site that is a member of both VPNs brings its LANs once: the same
        // route reached through two VPNs is one route, not an overlap.
        Owned all = routed.value(vpn.vpnId);
        QSet<QString> present;
        for (const VpnDesign &other : d.vpns) {
            if (other.extranetConsumers.contains(vpn.vpnId) || vpn.extranetConsumers.contains(other.vpnId)) {
                if (present.isEmpty()) {
                    for (qsizetype i = 0; i < all.prefixes.size(); ++i)
                        present.insert(all.owners[i] + QLatin1Char(' ') + all.prefixes[i].toString());
                }
                const Owned &o = routed[other.vpnId];
                for (qsizetype i = 0; i < o.prefixes.size(); ++i) {
                    const QString key = o.owners[i] + QLatin1Char(' ') + o.prefixes[i].toString();
                    if (o.owners[i].startsWith(QLatin1String("site:")) && !present.contains(key)) {
                        present.insert(key);
                        all.add(o.prefixes[i], o.owners[i]);
                    }
                }
            }
        }
        for (const PrefixOverlap::Overlap &o : PrefixOverlap::findBySweep(all.prefixes)) {
            const QString inner = all.prefixes[o.inner].toString();
            const QString outer = all.prefixes[o.outer].toString();
            const QString key = all.owners[o.inner] + inner + all.owners[o.outer] + outer;
            if (reported.contains(key))
                continue;
            reported.insert(key);
            out.append({{}, {}, all.owners[o.inner],
                        QStringLiteral("%1 overlaps %2 of %3 in the routing of VPN %4")
                            .arg(inner, outer, all.owners[o.outer], vpn.vpnId),
                        QStringLiteral("a VRF holds one route per prefix: renumber one of them, or take one "
                                       "site out of the VPN")});
        }
    }
}

} // namespace vpnwb::DesignRules
