#pragma once

#include "result.h"
#include "siteserviceability.h"

#include <QList>

#include <cstdint>

namespace vpnwb {

class Database;

// Keeps the serviceability results of engagements. The results of one
// engagement are replaced as a whole, in one transaction.
class ServiceabilityRepository
{
public:
    explicit ServiceabilityRepository(Database &db) : m_db(db) {}

    // Replaces all results of the engagement by `results`, stamped with the
    // current time, and returns them as stored. Nothing is written when one fails.
    Result<QList<SiteServiceability>> save(std::int64_t engagementId,
                                           const QList<SiteServiceability> &results);
    // The engagement's results, ordered by site id; empty when never computed.
    Result<QList<SiteServiceability>> load(std::int64_t engagementId) const;

private:
    Database &m_db;
};

} // namespace vpnwb
