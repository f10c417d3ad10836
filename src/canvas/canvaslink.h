#pragma once

#include "domaintypes.h"

#include <QStringList>

#include <cstdint>

namespace vpnwb {

// A line between two canvas nodes (indexes into CanvasGraph::nodes).
struct CanvasLink
{
    enum class Kind {
        Access, // a site's access circuit to its PE
        Spoke,  // a spoke's path to a hub of a hub-and-spoke VPN
        Cloud,  // a member (or the PE serving members) of an any-to-any VPN to its cloud
    };

    Kind kind = Kind::Access;
    int from = -1; // the site, or the PE for a cloud link
    int to = -1;   // the PE, hub or cloud

    // Access links
    AccessType accessType = AccessType::Fiber;
    std::int64_t bandwidthKbps = 0;
    bool partner = false;   // off-net: bought from a wholesale partner (drawn dashed)
    bool dualHomed = false; // the site has two accesses (drawn doubled)
    bool secondary = false; // the second access of a dual-homed site

    QStringList vpnIds; // Spoke and Cloud links: the VPNs the line stands for

    bool operator==(const CanvasLink &) const = default;
};

} // namespace vpnwb
