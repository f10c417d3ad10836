#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace vpnwb {

// PE-CE routing by eBGP, seen from the device being rendered: on a PE the
// peer is the CE, on a CE the peer is the PE.
struct EbgpPeering
{
    std::uint32_t peerAs = 0;
    bool asOverride = false; // PE: replace the customer AS by the provider's towards the CE
    int allowAsIn = 0;       // accept routes that carry the own AS up to this many times; 0: off
    QString siteOfOrigin;    // PE: SoO extended community "ASN:n" of a dual-homed site; empty: none
    int maxPrefix = 0;       // PE: most prefixes accepted from the CE; 0: no limit
    int localPreference = 0; // PE: set on the routes from the CE (primary/backup of a dual-homed site); 0: unchanged
    // PE: what the CE may announce (the site's LAN prefixes and longer ones;
    // empty: anything); CE: what the CE announces.
    QStringList lanPrefixes;

    bool operator==(const EbgpPeering &) const = default;
};

} // namespace vpnwb
