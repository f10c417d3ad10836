#pragma once

#include "domaintypes.h"
#include "routevalue.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace vpnwb {

// One VPN of the design with the route targets that make its topology work:
//   any-to-any              one RT, imported and exported by every VRF
//   hub-and-spoke           hubs export H and import S and H; spokes export S and import H
//   hub-and-spoke-disjoint  hub h exports its own H(h) and imports S; spokes export S and import every H(h)
// An extranet adds the RTs of the VPNs it shares services with (see VpnService::extranetConsumers).
struct VpnDesign
{
    QString vpnId;
    QString name;
    VpnTopology topology = VpnTopology::AnyToAny;
    QStringList extranetConsumers;
    std::optional<RouteValue> anyTarget;   // any-to-any
    std::optional<RouteValue> hubTarget;   // hub-and-spoke
    std::optional<RouteValue> spokeTarget; // both hub-and-spoke topologies
    QMap<QString, RouteValue> hubTargets;  // hub-and-spoke-disjoint: hub site id -> H(h)

    QString id() const { return QStringLiteral("vpn:") + vpnId; }
    // Every RT the VPN's VRFs export.
    QList<RouteValue> exportedTargets() const;
    // The RTs that carry the routes of its service sites (any-to-any: all; hub variants: the hubs'),
    // which the VPNs it serves as an extranet import.
    QList<RouteValue> serviceTargets() const;

    bool operator==(const VpnDesign &) const = default;
};

} // namespace vpnwb
