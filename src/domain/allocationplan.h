#pragma once

#include "poolshortage.h"
#include "resourceallocation.h"

#include <QList>

namespace vpnwb {

// What an allocation run does to an engagement's resources. Storage applies
// it whole, or not at all when a pool fell short.
struct AllocationPlan
{
    QList<ResourceAllocation> held;     // the engagement's resources afterwards: kept and added
    QList<ResourceAllocation> added;    // new from the pools
    QList<ResourceAllocation> released; // given back: no longer needed, or replaced
    QList<PoolShortage> shortages;      // requests a pool could not meet

    bool isNoOp() const { return added.isEmpty() && released.isEmpty(); }
};

} // namespace vpnwb
