#pragma once

#include "domaintypes.h"
#include "ipv4prefix.h"
#include "routevalue.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace vpnwb {

// A site's attachment to one VPN over one access circuit: a dot1q
// sub-interface of the circuit's port in the VPN's VRF, a link subnet, and
// the PE-CE routing.
struct SiteAttachment
{
    QString siteId;
    QString vpnId;
    Homing homing = Homing::Primary;
    QString pe;
    QString vrfName;
    QString port;
    int vlan = 0; // 0 until allocated
    QString subInterface;
    std::optional<Ipv4Prefix> link;
    std::uint32_t peAddress = 0; // in `link`
    std::uint32_t ceAddress = 0;
    CeRouting routing = CeRouting::Bgp;
    std::uint32_t customerAs = 0;     // BGP: the CE's AS
    bool asOverride = false;          // PE replaces the customer AS by its own towards the CE
    bool allowAsIn = false;           // the (managed) CE accepts routes with its own AS
    std::optional<RouteValue> siteOfOrigin;
    int localPreference = 100;        // 200 on the primary, 100 on the backup of a dual-homed site
    int maxPrefix = 0;                // BGP: prefixes accepted from the CE
    int peMtu = 0;
    int ceMtu = 0;

    QString id() const
    {
        return QStringLiteral("attachment:") + siteId + QLatin1Char('/') + vpnId + QLatin1Char('/') +
               toString(homing);
    }
    QString circuitId() const { return QStringLiteral("access:") + siteId + QLatin1Char('/') + toString(homing); }

    bool operator==(const SiteAttachment &) const = default;
};

} // namespace vpnwb
