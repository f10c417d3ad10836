#pragma once

#include "engagement.h"
#include "popcatalog.h"
#include "popspatialindex.h"
#include "siteserviceability.h"

#include <QHash>
#include <QList>
#include <QString>

#include <map>

namespace vpnwb {

// Decides for each site whether the provider can serve it on-net from a PoP
// in reach, off-net through a partner, or not at all, and says why. The
// rules are in docs/SERVICEABILITY.md. The same catalog and site always give
// the same result.
class ServiceabilityEngine
{
public:
    // How the PoPs near a site are found. Both give the same results; the
    // scan measures every PoP and is there as the reference to compare with.
    enum class NearestSearch { SpatialIndex, LinearScan };

    explicit ServiceabilityEngine(PopCatalog catalog, NearestSearch search = NearestSearch::SpatialIndex);

    SiteServiceability evaluate(const Site &site) const;
    // One result per site, in the engagement's order of sites.
    QList<SiteServiceability> evaluate(const Engagement &engagement) const;

private:
    // The PoPs that sell one access type.
    struct AccessIndex
    {
        PopSpatialIndex pops;
        double maxReachKm = 0.0; // the longest reach of the type in the catalog
    };
    struct OnNet;
    struct OffNet;

    QList<PopDistance> nearest(const AccessIndex &index, const Site &site, qsizetype k, double maxKm) const;
    OnNet findOnNet(const Site &site) const;
    OffNet findOffNet(const Site &site) const;

    PopCatalog m_catalog;
    NearestSearch m_search;
    std::map<AccessType, AccessIndex> m_byAccess;
    QHash<QString, QList<qsizetype>> m_partnersByCountry; // indexes into m_catalog.partners
};

} // namespace vpnwb
