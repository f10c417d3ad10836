#pragma once

#include "engagement.h"
#include "engagementsummary.h"
#include "result.h"

#include <QList>

namespace vpnwb {

class Database;

// Keeps engagements in a workspace database. Every call is one transaction:
// an engagement is saved whole or not at all.
class EngagementRepository
{
public:
    explicit EngagementRepository(Database &db) : m_db(db) {}

    Result<QList<EngagementSummary>> list() const;
    Result<Engagement> load(std::int64_t id) const;
    // Finds an engagement by its numeric id or by its exact name.
    Result<Engagement> find(const QString &idOrName) const;
    // Inserts (id 0) or replaces (id set) the whole engagement and returns
    // it with its id and timestamps. Refused, with nothing written, when the
    // engagement breaks a rule of EngagementRules.
    Result<Engagement> save(const Engagement &engagement);
    Status setStepStatus(std::int64_t engagementId, const StepStatus &status);
    Status remove(std::int64_t id);

private:
    Status writeChildren(const Engagement &e);

    Database &m_db;
};

} // namespace vpnwb
