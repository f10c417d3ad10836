#pragma once

#include "domaintypes.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace vpnwb {

// A value an engagement holds from a provider-wide pool. (kind, scope, value)
// is unique across all engagements: no two hold the same RD, RT, SoO, port,
// or VLAN on one port. Addresses are unique each (see ResourceRepository).
struct ResourceAllocation
{
    std::int64_t engagementId = 0;
    QString object;
    QString field;
    ResourceKind kind = ResourceKind::Link;
    QString scope; // Port: the PE; Vlan: "PE PORT"; otherwise empty
    QString value; // Rd/Rt/Soo: RFC 8294 text; Link: a prefix; Loopback/CpeAddress: an address
    std::optional<std::int64_t> poolIndex; // its place in the pool, when it is in one
    AllocationOrigin origin = AllocationOrigin::Pool;

    QString key() const { return object + QLatin1Char('\n') + field; }

    bool operator==(const ResourceAllocation &) const = default;
};

} // namespace vpnwb
