#pragma once

#include "domaintypes.h"
#include "routevalue.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace vpnwb {

// A VRF on one PE: one per VPN and role on each PE that serves the VPN, so
// that a hub and a spoke on the same PE keep their different RT policies. In
// a hub-and-spoke-disjoint VPN each hub has a VRF of its own.
struct VrfInstance
{
    QString vpnId;
    QString pe;
    QString name; // unique on the PE, e.g. "E1-CORP-HUB"
    VrfRole role = VrfRole::AnyToAny;
    QString hubSiteId; // hub-and-spoke-disjoint hubs only
    std::optional<RouteValue> rd;
    QList<RouteValue> importTargets;
    QList<RouteValue> exportTargets;
    QString importPolicy;
    QString exportPolicy;
    std::optional<std::uint32_t> loopback; // /32 in the VRF: the source of service probes
    int maxRoutes = 0;                     // routes the VRF accepts before it refuses more

    QString id() const { return QStringLiteral("vrf:") + pe + QLatin1Char('/') + name; }

    bool operator==(const VrfInstance &) const = default;
};

} // namespace vpnwb
