#include "designdemand.h"

#include <algorithm>

namespace vpnwb {

bool DesignDemand::isAllocatable() const
{
    return std::none_of(skeleton.sites.cbegin(), skeleton.sites.cend(),
                        [](const DesignSite &s) { return s.inclusion == SiteInclusion::NotChecked; });
}

} // namespace vpnwb
