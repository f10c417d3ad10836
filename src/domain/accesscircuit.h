#pragma once

#include "domaintypes.h"

#include <QString>

#include <cstdint>

namespace vpnwb {

// The access line of a site to one PE: a physical port of the PE that the
// site's VPN attachments share as dot1q sub-interfaces. Dual-homed sites have
// a primary and a secondary circuit, on two different PEs.
struct AccessCircuit
{
    QString siteId;
    Homing homing = Homing::Primary;
    QString pe;
    QString port;                    // empty until allocated
    std::int64_t portSpeedMbps = 0;  // the port's line rate
    std::int64_t accessKbps = 0;     // the rate sold to the site
    bool offNet = false;             // a partner's access handed over at this PE

    QString id() const { return QStringLiteral("access:") + siteId + QLatin1Char('/') + toString(homing); }
    // Sub-rate access (a 1 Gb/s port sold as 100 Mb/s) is shaped to the rate sold.
    bool isSubRate() const { return portSpeedMbps * 1000 > accessKbps; }

    bool operator==(const AccessCircuit &) const = default;
};

} // namespace vpnwb
