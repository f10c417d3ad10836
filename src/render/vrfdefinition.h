#pragma once

#include "routingpolicy.h"

#include <QString>
#include <QStringList>

#include <cstdint>

namespace vpnwb {

// One VRF on a device. On a PE: a VPN routing instance. A VPN route enters
// the VRF when it carries one of `importRouteTargets` and the import policy
// (if any) accepts it; a route leaves with `exportRouteTargets`, plus what
// the export policy adds, when the export policy (if any) accepts it.
// On a CE the VRF separates the site's VPNs (VRF-lite) and only the name,
// description and route distinguisher are used; a CE VRF has no loopback.
struct VrfDefinition
{
    QString name;    // identifier
    QString vpnName; // free text: the customer's name for the VPN
    QString routeDistinguisher;   // "ASN:n" or "a.b.c.d:n"
    QStringList importRouteTargets;
    QStringList exportRouteTargets;
    int maxRoutes = 0;           // 0: no limit
    std::uint32_t serviceId = 0; // the VPN's service number (SR OS service-id); 0 on a CE
    RoutingPolicy importPolicy;  // empty name: none
    RoutingPolicy exportPolicy;
    QString loopback; // PE only: IPv4 of the VRF's /32 loopback (service probes); empty: none

    // The number of the VRF's loopback interface (IOS XR and EOS LoopbackN,
    // Junos lo0 unit N, the FRR host's device loN): the service id. It is
    // unique on the PE, across every service there, and never 0, which the
    // device's own loopback uses.
    std::uint32_t loopbackNumber() const { return serviceId; }

    bool operator==(const VrfDefinition &) const = default;
};

} // namespace vpnwb
