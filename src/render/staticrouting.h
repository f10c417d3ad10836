#pragma once

#include <QStringList>

namespace vpnwb {

// PE-CE routing by static routes. On a PE: the site's LAN prefixes, routed to
// the CE address; on a CE: a default route to the PE address.
struct StaticRouting
{
    QStringList lanPrefixes;

    bool operator==(const StaticRouting &) const = default;
};

} // namespace vpnwb
