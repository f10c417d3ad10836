#pragma once

#include "ebgppeering.h"
#include "qospolicy.h"
#include "staticrouting.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace vpnwb {

// One PE-CE link of a site in one VPN, seen from the device being rendered:
// a dot1q sub-interface of `parentInterface` on both ends.
struct Attachment
{
    QString name;            // identifier, unique on the device, e.g. CORP-ST-BER01
    QString vrf;             // the VrfDefinition it belongs to; on a CE empty for the global table
    QString parentInterface; // vendor interface name, e.g. TenGigE0/0/0/3
    int vlan = 0;            // dot1q, 1..4094
    QString peAddress;       // IPv4, the PE end of the link
    QString ceAddress;       // IPv4, the CE end
    int prefixLength = 30;   // 30 or 31
    std::int64_t bandwidthKbps = 0; // contracted rate
    QString siteName;        // free text
    QString description;     // free text
    std::optional<EbgpPeering> bgp;        // exactly one of bgp
    std::optional<StaticRouting> staticRouting; // and staticRouting
    QosPolicy qos;           // empty: no QoS

    bool operator==(const Attachment &) const = default;
};

} // namespace vpnwb
