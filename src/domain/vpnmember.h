#pragma once

#include "domaintypes.h"

#include <QString>

namespace vpnwb {

// A site's membership in one VPN service, with its role in that VPN.
struct VpnMember
{
    QString siteId;
    SiteRole role = SiteRole::Spoke;

    bool operator==(const VpnMember &) const = default;
};

} // namespace vpnwb
