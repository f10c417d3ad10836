#include "pushjobrecorder.h"

#include "configredaction.h"
#include "pushjobrepository.h"
#include "pushtransaction.h"

#include <QDateTime>

#include <pwd.h>
#include <unistd.h>

namespace vpnwb {

QString PushJobRecorder::currentUser()
{
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("uid %1").arg(geteuid()) : user;
}

QList<PushJobRecord::DeviceRecord> PushJobRecorder::plannedDevices(const PushPlan &plan)
{
    QList<PushJobRecord::DeviceRecord> devices;
    for (const PlannedDevice &p : plan.devices) {
        PushJobRecord::DeviceRecord r;
        r.name = p.name;
        r.role = p.role == DeviceRole::Pe ? QStringLiteral("pe") : QStringLiteral("ce");
        r.vendor = p.device.vendor;
        r.address = p.device.managementAddress;
        r.port = p.device.port;
        r.username = p.device.username;
        r.credential = p.device.credential;
        r.intendedConfig = p.intendedConfig;
        devices.append(r);
    }
    return devices;
}

Result<PushJobRecord> PushJobRecorder::begin(PushJobRecord::Kind kind, PushJobRecord::Mode mode,
                                             std::int64_t engagementId, const QString &engagementName,
                                             QList<PushJobRecord::DeviceRecord> devices,
                                             std::optional<std::int64_t> rollbackOf)
{
    PushJobRecord job;
    job.engagementId = engagementId;
    job.engagementName = engagementName;
    job.kind = kind;
    job.mode = mode;
    job.rollbackOf = rollbackOf;
    job.user = currentUser();
    job.startedAt = QDateTime::currentDateTimeUtc();
    job.outcome = PushJobRecord::Outcome::Running;
    job.devices = std::move(devices);
    for (PushJobRecord::DeviceRecord &d : job.devices) {
        d.intendedConfig = ConfigRedaction::redact(d.intendedConfig);
        d.preConfig = ConfigRedaction::redact(d.preConfig);
        d.postConfig = ConfigRedaction::redact(d.postConfig);
    }
    auto id = PushJobRepository(m_db).create(job);
    if (!id)
        return id.error();
    job.id = id.value();
    return job;
}

Status PushJobRecorder::finish(PushJobRecord &job, PushJobRecord::Outcome outcome, const QString &summary,
                               QList<PushJobRecord::DeviceRecord> devices)
{
    job.outcome = outcome;
    job.summary = summary;
    job.finishedAt = QDateTime::currentDateTimeUtc();
    for (PushJobRecord::DeviceRecord &d : devices) {
        d.intendedConfig = ConfigRedaction::redact(d.intendedConfig);
        d.preConfig = ConfigRedaction::redact(d.preConfig);
        d.postConfig = ConfigRedaction::redact(d.postConfig);
    }
    job.devices = std::move(devices);
    return PushJobRepository(m_db).update(job);
}

Status PushJobRecorder::finish(PushJobRecord &job, const PushTransaction &transaction)
{
    return finish(job, transaction.outcome(), transaction.summary(), transaction.deviceRecords());
}

} // namespace vpnwb
