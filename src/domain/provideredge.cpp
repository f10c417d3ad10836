#include "provideredge.h"

#include <algorithm>

namespace vpnwb {

std::int64_t ProviderEdge::fastestPortMbps() const
{
    std::int64_t fastest = 0;
    for (const PePort &p : ports)
        fastest = std::max(fastest, p.speedMbps);
    return fastest;
}

bool ProviderEdge::hasPortFor(std::int64_t bandwidthKbps) const
{
    return fastestPortMbps() * 1000 >= bandwidthKbps;
}

} // namespace vpnwb
