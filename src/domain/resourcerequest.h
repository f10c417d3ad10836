#pragma once

#include "domaintypes.h"

#include <QString>

#include <cstdint>

namespace vpnwb {

// One value a design needs from a pool: the field of a design object.
struct ResourceRequest
{
    QString object; // e.g. "attachment:DC-FRA/CORP/primary"
    QString field;  // e.g. "link"
    ResourceKind kind = ResourceKind::Link;
    QString pe;                    // Port: the PE; Rd: the PE whose router id a type-1 RD carries
    std::int64_t minSpeedMbps = 0; // Port: the slowest port that carries the access rate
    QString circuit;               // Vlan: the access circuit whose port the VLAN is on

    bool operator==(const ResourceRequest &) const = default;
};

} // namespace vpnwb
