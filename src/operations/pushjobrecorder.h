#pragma once

#include "pushjobrecord.h"
#include "pushplan.h"
#include "result.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace vpnwb {

class Database;
class PushTransaction;

// Keeps a push job in the workspace as it runs: stored as "running" with its
// plan before anything is sent, so that a job cut short still shows, then
// updated with each device's outcome, log and configurations when it ends.
// Configurations are masked (ConfigRedaction) before they are stored.
class PushJobRecorder
{
public:
    explicit PushJobRecorder(Database &db) : m_db(db) {}

    // The operating-system user running the workbench.
    static QString currentUser();
    // The device records of a plan, before anything ran.
    static QList<PushJobRecord::DeviceRecord> plannedDevices(const PushPlan &plan);

    // Stores the job as started; returns it with its id.
    Result<PushJobRecord> begin(PushJobRecord::Kind kind, PushJobRecord::Mode mode, std::int64_t engagementId,
                                const QString &engagementName, QList<PushJobRecord::DeviceRecord> devices,
                                std::optional<std::int64_t> rollbackOf = std::nullopt);
    // Stores the end of a job: its outcome, summary and devices (masked here).
    Status finish(PushJobRecord &job, PushJobRecord::Outcome outcome, const QString &summary,
                  QList<PushJobRecord::DeviceRecord> devices);
    // The same, from a finished transaction.
    Status finish(PushJobRecord &job, const PushTransaction &transaction);

private:
    Database &m_db;
};

} // namespace vpnwb
