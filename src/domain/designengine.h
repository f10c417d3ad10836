#pragma once

#include "allocationplan.h"
#include "designchoices.h"
#include "designdemand.h"
#include "engagement.h"
#include "peinventory.h"
#include "popcatalog.h"
#include "providersettings.h"
#include "siteserviceability.h"

#include <QList>

namespace vpnwb {

// Turns an engagement into its network design in two pure steps, so that
// storage can allocate the pool values in between (docs/DESIGN.md):
//  1. decompose: every site with a PE from its serviceability result gets an
//     access circuit per PE (two when dual-homed), and for each of its VPNs an
//     attachment in the VRF of that VPN and role on the PE; each object asks
//     for the pool values it needs.
//  2. complete: fills in the values held, and derives the rest: RT import and
//     export by topology, routing policies, link addresses, sub-interfaces,
//     PE-CE routing, maximum prefixes and routes, QoS per site.
// Unserviceable sites and sites in no VPN are left out (a warning finding
// says so); sites without a fresh serviceability result block the design.
class DesignEngine
{
public:
    DesignEngine(const PopCatalog &catalog, ProviderSettings settings);

    DesignDemand decompose(const Engagement &engagement, const QList<SiteServiceability> &results) const;
    NetworkDesign complete(const DesignDemand &demand, const QList<ResourceAllocation> &held,
                           const DesignChoices &choices, const QList<PoolShortage> &shortages = {}) const;

    const PeInventory &inventory() const { return m_inventory; }
    const ProviderSettings &settings() const { return m_settings; }

    // "E1-CORP" (any-to-any), "E1-CORP-HUB", "E1-CORP-SPOKE", "E1-CORP-HUB-DC-FRA" (disjoint hub).
    static QString vrfName(std::int64_t engagementId, const QString &vpnId, VrfRole role,
                           const QString &hubSiteId);

private:
    // The PE where a partner's access is handed over: the first PE, in catalog
    // order, with a port for the site at the PoP nearest to it.
    const ProviderEdge *handoverPe(const Site &site) const;

    PopCatalog m_catalog;
    ProviderSettings m_settings;
    PeInventory m_inventory;
};

} // namespace vpnwb
