#pragma once

#include "allocationplan.h"
#include "resourceallocation.h"
#include "resourceholder.h"
#include "result.h"

#include <QList>

#include <cstdint>
#include <optional>

namespace vpnwb {

class Database;

// The values engagements hold from the provider-wide pools. The UNIQUE
// constraints of the tables back the allocator: a value is never held
// twice, and no IPv4 address is covered by two links, loopbacks or CPEs.
class ResourceRepository
{
public:
    explicit ResourceRepository(Database &db) : m_db(db) {}

    // Everything allocated in the workspace, ordered by engagement, object and field.
    Result<QList<ResourceAllocation>> all() const;
    Result<QList<ResourceAllocation>> of(std::int64_t engagementId) const;
    // Releases and adds what the plan says. Call inside Database::transaction.
    Status apply(std::int64_t engagementId, const AllocationPlan &plan);
    // Holds `allocation` in place of what its object and field held before.
    Status replace(const ResourceAllocation &allocation);
    // Who else holds the value of `allocation` (the same value, or an address it covers).
    Result<std::optional<ResourceHolder>> otherHolder(const ResourceAllocation &allocation) const;

private:
    Database &m_db;
};

} // namespace vpnwb
