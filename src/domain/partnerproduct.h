#pragma once

#include "domaintypes.h"

#include <QString>

#include <cstdint>

namespace vpnwb {

// Off-net access bought from a wholesale partner for sites of one country.
struct PartnerProduct
{
    QString partner;
    QString countryCode; // ISO 3166-1 alpha-2
    AccessType accessType = AccessType::Fiber;
    std::int64_t maxBandwidthKbps = 0;
    std::int64_t monthlyCostMinor = 0; // monthly recurring cost in minor units of `currency`
    QString currency;                  // ISO 4217
    int leadTimeDays = 0;

    bool operator==(const PartnerProduct &) const = default;
};

} // namespace vpnwb
