#pragma once

#include "domaintypes.h"
#include "postaladdress.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace vpnwb {

// One customer location to be connected to the VPN.
struct Site
{
    QString siteId; // the customer's own identifier, unique in the engagement
    QString name;
    PostalAddress address;
    QString countryCode;   // ISO 3166-1 alpha-2, upper case
    double latitude = 0.0; // WGS 84 degrees
    double longitude = 0.0;
    SiteRole role = SiteRole::Spoke;
    std::int64_t bandwidthKbps = 0;
    AccessType accessType = AccessType::Fiber;
    Resiliency resiliency = Resiliency::Single;
    QStringList lanPrefixes; // IPv4 CIDR, canonical form
    CeRouting routing = CeRouting::Bgp;
    std::uint32_t customerAs = 0; // 0 for static routing

    bool operator==(const Site &) const = default;
};

} // namespace vpnwb
