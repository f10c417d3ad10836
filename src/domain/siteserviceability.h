#pragma once

#include "site.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace vpnwb {

enum class ServiceabilityVerdict {
    OnNet,        // reached from the provider's own PoP(s)
    OffNet,       // reached through a wholesale partner's access product
    Unserviceable // cannot be served as requested
};

QString toString(ServiceabilityVerdict v);
std::optional<ServiceabilityVerdict> serviceabilityVerdictFromString(const QString &s);

// How one site can be connected, and why: the outcome of the serviceability
// check for that site.
struct SiteServiceability
{
    QString siteId;
    // Fingerprint of the site fields the verdict was computed from (see inputsHashOf).
    QString inputsHash;
    ServiceabilityVerdict verdict = ServiceabilityVerdict::Unserviceable;
    // On-net: the PoP and PE of the access circuit; the secondary pair only for dual-homed sites.
    QString primaryPopId;
    QString primaryPe;
    QString secondaryPopId;
    QString secondaryPe;
    // On-net: distance to the primary PoP. Otherwise: distance to the nearest
    // PoP that sells the site's access type; none when no PoP sells it.
    std::optional<double> distanceKm;
    QString partner;                   // off-net only
    std::int64_t monthlyCostMinor = 0; // off-net only: the partner's price, in the catalog currency
    int leadTimeDays = 0;              // until the access is delivered; 0 when unserviceable
    QString reason;                    // always set: why this verdict, in words a user can act on
    QDateTime computedAt;              // UTC; set when stored

    // Whether `site` changed, since this result was computed, in a field the verdict depends on.
    bool isStaleFor(const Site &site) const { return inputsHash != inputsHashOf(site); }

    // A fingerprint of the fields of `site` the verdict depends on: country,
    // position, bandwidth, access type and resiliency.
    static QString inputsHashOf(const Site &site);

    bool operator==(const SiteServiceability &) const = default;
};

} // namespace vpnwb
