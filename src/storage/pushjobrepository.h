#pragma once

#include "pushjobrecord.h"
#include "result.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace vpnwb {

class Database;

// Keeps push jobs (PushJobRecord): a job is stored when it starts, so that
// one cut short by a crash still shows, and updated as it ends. Every write
// is one transaction. Configurations are stored as given: callers mask
// secrets first (ConfigRedaction).
class PushJobRepository
{
public:
    explicit PushJobRepository(Database &db) : m_db(db) {}

    // Stores a new job with its devices; returns its id. NotFound when the
    // engagement does not exist.
    Result<std::int64_t> create(const PushJobRecord &job);
    // Writes the job's outcome, end, summary and every device record.
    // NotFound when the job does not exist.
    Status update(const PushJobRecord &job);

    // The jobs, newest first, of one engagement (or of all when 0): with
    // their devices' names and outcomes, without logs and configurations.
    Result<QList<PushJobRecord>> list(std::int64_t engagementId = 0) const;
    // One job with everything.
    Result<std::optional<PushJobRecord>> find(std::int64_t id) const;
    // For drift: per device of the engagement, its record in the newest
    // finished commit or rollback that left a configuration on it (device
    // outcome Changed, RolledBack or Unchanged with a post-configuration),
    // with the id of that job. Ordered by device name.
    struct LastState
    {
        std::int64_t jobId = 0;
        PushJobRecord::DeviceRecord device;
    };
    Result<QList<LastState>> lastStates(std::int64_t engagementId) const;

private:
    Database &m_db;
};

} // namespace vpnwb
