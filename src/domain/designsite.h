#pragma once

#include "domaintypes.h"
#include "ipv4prefix.h"
#include "routevalue.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace vpnwb {

// Whether a site is part of the network design, and if not why.
enum class SiteInclusion {
    Included,
    Unserviceable, // no PE can take it: left out, with a warning
    NotChecked,    // serviceability missing or stale: blocks the design
    InNoVpn,       // a member of no VPN: nothing to attach, with a warning
};

// A customer site as the network design sees it.
struct DesignSite
{
    QString siteId;
    QString name;
    std::int64_t bandwidthKbps = 0;
    Resiliency resiliency = Resiliency::Single;
    CeRouting routing = CeRouting::Bgp;
    std::uint32_t customerAs = 0;
    QList<Ipv4Prefix> lanPrefixes;
    SiteInclusion inclusion = SiteInclusion::Included;
    QString reason;                         // why it is not included
    std::optional<RouteValue> siteOfOrigin; // BGP dual-homed sites
    std::optional<std::uint32_t> cpeAddress; // management address of its CPE

    QString id() const { return QStringLiteral("site:") + siteId; }
    bool isIncluded() const { return inclusion == SiteInclusion::Included; }

    bool operator==(const DesignSite &) const = default;
};

} // namespace vpnwb
