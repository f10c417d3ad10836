#pragma once

#include <cstdint>

namespace vpnwb {

// A group of equal customer-facing ports on a PE router.
struct PePort
{
    std::int64_t speedMbps = 0;
    int count = 0;

    bool operator==(const PePort &) const = default;
};

} // namespace vpnwb
