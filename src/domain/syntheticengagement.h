#pragma once

#include "engagement.h"

#include <cstdint>

namespace vpnwb {

// A made-up retail engagement of any size, for benchmarks, tests and
// screenshots: two dual-homed data-centre hubs (Frankfurt, Amsterdam) and
// stores, offices and warehouses around some sixty European cities, with a
// mix of access types and bandwidths, one hub-and-spoke VPN of every site
// and an any-to-any guest VPN of about one site in seven. The same size and
// seed always give the same engagement; it passes EngagementRules.
class SyntheticEngagement
{
public:
    static Engagement generate(int siteCount, std::uint32_t seed = 1);

    static constexpr int maxSites = 65000; // one /24 LAN each under 10.0.0.0/8
};

} // namespace vpnwb
