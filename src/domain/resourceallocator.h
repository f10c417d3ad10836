#pragma once

#include "allocationplan.h"
#include "peinventory.h"
#include "providersettings.h"
#include "resourcerequest.h"

#include <QList>

namespace vpnwb {

// Decides which pool values an engagement gets, next-free from the
// provider-wide pools. Idempotent: a request that already holds a value
// keeps it, so planning again with nothing changed adds and releases
// nothing. Values no request needs any more are released; a request whose
// value no longer fits (its site moved to another PE) gets a new one.
// Pure: storage reads the allocations and applies the plan.
class ResourceAllocator
{
public:
    ResourceAllocator(const ProviderSettings &settings, const PeInventory &inventory)
        : m_settings(settings), m_inventory(inventory)
    {}

    // `mine`: what the engagement holds now; `others`: what every other
    // engagement holds. Allocations of origin Import are never released.
    AllocationPlan plan(std::int64_t engagementId, const QList<ResourceRequest> &requests,
                        const QList<ResourceAllocation> &mine, const QList<ResourceAllocation> &others) const;

    // The pool a kind of resource comes from, in words ("link pool 100.64.0.0/16 (/30 links)").
    QString poolName(ResourceKind kind) const;

private:
    class Pools;

    const ProviderSettings &m_settings;
    const PeInventory &m_inventory;
};

} // namespace vpnwb
