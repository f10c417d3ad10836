#pragma once

#include "domaintypes.h"

#include <cstdint>

namespace vpnwb {

// An access product a PoP sells: sites of this access type within reach of
// the PoP get up to `maxBandwidthKbps`.
struct AccessOffer
{
    AccessType type = AccessType::Fiber;
    double maxReachKm = 0.0; // great-circle distance from the PoP
    std::int64_t maxBandwidthKbps = 0;
    int leadTimeDays = 0; // calendar days

    bool operator==(const AccessOffer &) const = default;
};

} // namespace vpnwb
