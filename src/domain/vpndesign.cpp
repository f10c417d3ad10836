#include "vpndesign.h"

namespace vpnwb {

QList<RouteValue> VpnDesign::serviceTargets() const
{
    QList<RouteValue> out;
    if (anyTarget)
        out.append(*anyTarget);
    if (hubTarget)
        out.append(*hubTarget);
    for (const RouteValue &rt : hubTargets)
        out.append(rt);
    return out;
}

QList<RouteValue> VpnDesign::exportedTargets() const
{
    QList<RouteValue> out = serviceTargets();
    if (spokeTarget)
        out.append(*spokeTarget);
    return out;
}

} // namespace vpnwb
