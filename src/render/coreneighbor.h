#pragma once

#include <QString>

namespace vpnwb {

// A PE's iBGP VPNv4 peer in the provider core (another PE or a route reflector).
struct CoreNeighbor
{
    QString name;    // identifier: the peer's device name
    QString address; // IPv4 loopback of the peer

    bool operator==(const CoreNeighbor &) const = default;
};

} // namespace vpnwb
