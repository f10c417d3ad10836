#pragma once

#include "peinventory.h"
#include "providersettings.h"
#include "resourceallocation.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace vpnwb {

// How full one provider-wide pool is, for the pages and the CLI.
struct PoolUtilisation
{
    QString pool;                       // e.g. "link pool 100.64.0.0/16 (/30 links)"
    std::int64_t size = 0;              // values the pool holds
    std::int64_t used = 0;              // held by all engagements
    std::int64_t usedByEngagement = 0;  // held by the engagement asked about

    double percentUsed() const { return size > 0 ? 100.0 * double(used) / double(size) : 0.0; }

    // The number pools, the address pools and the ports of each PE the
    // engagement uses, from everything allocated in the workspace.
    static QList<PoolUtilisation> of(const ProviderSettings &settings, const PeInventory &inventory,
                                     const QList<ResourceAllocation> &all, std::int64_t engagementId);

    bool operator==(const PoolUtilisation &) const = default;
};

} // namespace vpnwb
