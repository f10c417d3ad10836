#pragma once

#include "designchoices.h"
#include "designfinding.h"
#include "result.h"
#include "storedfindings.h"

#include <QList>

#include <cstdint>

namespace vpnwb {

class Database;

// The design decisions of an engagement (QoS model and shares, overridden
// attributes) and the findings of its last validation.
class DesignRepository
{
public:
    explicit DesignRepository(Database &db) : m_db(db) {}

    Result<DesignChoices> choices(std::int64_t engagementId) const;
    Status setChoice(std::int64_t engagementId, const QString &object, const QString &field, const QString &value);

    // Replaces the stored findings; call inside Database::transaction.
    Status saveFindings(std::int64_t engagementId, const QList<DesignFinding> &findings);
    Result<StoredFindings> findings(std::int64_t engagementId) const;

private:
    Database &m_db;
};

} // namespace vpnwb
