#pragma once

#include "accessoffer.h"
#include "provideredge.h"

#include <QList>
#include <QString>

namespace vpnwb {

// A point of presence of the provider: where its PE routers stand and the
// access products sold from there.
struct Pop
{
    QString popId; // unique in the catalog, e.g. "FRA1"
    QString name;
    QString city;
    QString countryCode;   // ISO 3166-1 alpha-2
    double latitude = 0.0; // WGS 84 degrees
    double longitude = 0.0;
    QList<ProviderEdge> pes;
    QList<AccessOffer> access; // at most one per access type

    // The offer for `type`, or nullptr when the PoP does not sell it.
    const AccessOffer *offer(AccessType type) const;

    bool operator==(const Pop &) const = default;
};

} // namespace vpnwb
