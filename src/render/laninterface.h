#pragma once

#include <QString>

namespace vpnwb {

// A CE's interface towards the customer's LAN.
struct LanInterface
{
    QString name;        // vendor interface name
    int vlan = 0;        // dot1q sub-interface, 0: the interface itself
    QString vrf;         // VRF-lite instance; empty: the global table
    QString address;     // IPv4 gateway address
    int prefixLength = 24;
    QString description; // free text

    bool operator==(const LanInterface &) const = default;
};

} // namespace vpnwb
