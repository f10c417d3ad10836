#include "pushjobrepository.h"

#include "database.h"
#include "sqlerrors.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace vpnwb {
namespace {

using DeviceOutcome = PushJobRecord::DeviceRecord::Outcome;

QVariant id(std::int64_t v)
{
    return QVariant::fromValue<qlonglong>(v);
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QDateTime timestamp(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate); // stored with 'Z': UTC
}

const QString kJobColumns = QStringLiteral(
    "j.id, j.engagement_id, j.engagement_name, j.kind, j.mode, j.rollback_of, j.username, j.started_at,"
    " j.finished_at, j.outcome, j.summary");

// Reads the columns of kJobColumns from `q`; an unknown stored word is
// reported as a damaged workspace, naming the job and the column.
Result<PushJobRecord> jobFrom(const QSqlQuery &q, const QString &location)
{
    PushJobRecord job;
    job.id = q.value(0).toLongLong();
    job.engagementId = q.value(1).toLongLong();
    job.engagementName = q.value(2).toString();
    const auto damaged = [&](const char *column, const QString &value) {
        return Error::storage(QStringLiteral("push job %1 in '%2' is damaged: %3 '%4' is not known")
                                  .arg(job.id)
                                  .arg(location, QLatin1String(column), value));
    };
    const auto kind = PushJobRecord::kindFromString(q.value(3).toString());
    if (!kind)
        return damaged("kind", q.value(3).toString());
    job.kind = *kind;
    const auto mode = PushJobRecord::modeFromString(q.value(4).toString());
    if (!mode)
        return damaged("mode", q.value(4).toString());
    job.mode = *mode;
    if (!q.value(5).isNull())
        job.rollbackOf = q.value(5).toLongLong();
    job.user = q.value(6).toString();
    job.startedAt = timestamp(q.value(7));
    if (!q.value(8).isNull() && !q.value(8).toString().isEmpty())
        job.finishedAt = timestamp(q.value(8));
    const auto outcome = PushJobRecord::outcomeFromString(q.value(9).toString());
    if (!outcome)
        return damaged("outcome", q.value(9).toString());
    job.outcome = *outcome;
    job.summary = q.value(10).toString();
    return job;
}

const QString kDeviceColumns = QStringLiteral(
    "d.job_id, d.name, d.role, d.vendor, d.address, d.port, d.username, d.credential, d.outcome, d.error,"
    " d.transport, d.auth, d.identity_file");
const QString kDeviceDetailColumns =
    QStringLiteral(", d.log, d.intended_config, d.pre_config, d.post_config");

Result<PushJobRecord::DeviceRecord> deviceFrom(const QSqlQuery &q, bool withDetail, const QString &location)
{
    PushJobRecord::DeviceRecord d;
    d.name = q.value(1).toString();
    d.role = q.value(2).toString();
    d.vendor = q.value(3).toString();
    d.address = q.value(4).toString();
    d.port = q.value(5).toInt();
    d.username = q.value(6).toString();
    d.credential = q.value(7).toString();
    const auto outcome = PushJobRecord::deviceOutcomeFromString(q.value(8).toString());
    if (!outcome)
        return Error::storage(
            QStringLiteral("push job %1 in '%2' is damaged: the outcome '%3' of device %4 is not known")
                .arg(q.value(0).toLongLong())
                .arg(location, q.value(8).toString(), d.name));
    d.outcome = *outcome;
    d.error = q.value(9).toString();
    d.transport = q.value(10).toString();
    d.auth = q.value(11).toString();
    d.identityFile = q.value(12).toString();
    if (withDetail) {
        d.log = q.value(13).toString();
        d.intendedConfig = q.value(14).toString();
        d.preConfig = q.value(15).toString();
        d.postConfig = q.value(16).toString();
    }
    return d;
}

Status insertDevices(QSqlQuery &q, std::int64_t jobId, const QList<PushJobRecord::DeviceRecord> &devices,
                     const QString &what)
{
    q.prepare(
        QStringLiteral("INSERT INTO push_job_devices (job_id, position, name, role, vendor, address, port,"
                       " username, credential, outcome, error, log, intended_config, pre_config, post_config, transport,"
                       " auth, identity_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const PushJobRecord::DeviceRecord &d = devices[i];
        for (const QVariant &v :
             {id(jobId), QVariant(int(i)), QVariant(text(d.name)), QVariant(text(d.role)),
              QVariant(text(d.vendor)), QVariant(text(d.address)), QVariant(d.port),
              QVariant(text(d.username)), QVariant(text(d.credential)),
              QVariant(PushJobRecord::toString(d.outcome)), QVariant(text(d.error)), QVariant(text(d.log)),
              QVariant(text(d.intendedConfig)), QVariant(text(d.preConfig)), QVariant(text(d.postConfig)),
              QVariant(text(d.transport)), QVariant(text(d.auth)), QVariant(text(d.identityFile))})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, QStringLiteral("%1 (device %2)").arg(what, d.name));
    }
    return Status::success();
}

} // namespace

Result<std::int64_t> PushJobRepository::create(const PushJobRecord &job)
{
    std::int64_t newId = 0;
    const QString what = QStringLiteral("cannot store the push job of engagement %1").arg(job.engagementId);
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (const Status exists = requireEngagement(q, job.engagementId, what); !exists)
            return exists;
        q.prepare(
            QStringLiteral("INSERT INTO push_jobs (engagement_id, engagement_name, kind, mode, rollback_of,"
                           " username, started_at, finished_at, outcome, summary)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(id(job.engagementId));
        q.addBindValue(text(job.engagementName));
        q.addBindValue(PushJobRecord::toString(job.kind));
        q.addBindValue(PushJobRecord::toString(job.mode));
        q.addBindValue(job.rollbackOf ? id(*job.rollbackOf) : QVariant(QMetaType::fromType<qlonglong>()));
        q.addBindValue(text(job.user));
        q.addBindValue(stamp(job.startedAt));
        q.addBindValue(job.finishedAt ? QVariant(stamp(*job.finishedAt))
                                      : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(PushJobRecord::toString(job.outcome));
        q.addBindValue(text(job.summary));
        if (!q.exec() || !q.next())
            return sqlError(q, what);
        newId = q.value(0).toLongLong();
        q.finish();
        return insertDevices(q, newId, job.devices, what);
    });
    if (!s)
        return s.error();
    return newId;
}

Status PushJobRepository::update(const PushJobRecord &job)
{
    const QString what = QStringLiteral("cannot update push job %1").arg(job.id);
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("UPDATE push_jobs SET outcome = ?, finished_at = ?, summary = ? WHERE id = ?"));
        q.addBindValue(PushJobRecord::toString(job.outcome));
        q.addBindValue(job.finishedAt ? QVariant(stamp(*job.finishedAt))
                                      : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(text(job.summary));
        q.addBindValue(id(job.id));
        if (!q.exec())
            return sqlError(q, what);
        if (q.numRowsAffected() != 1)
            return Error::notFound(QStringLiteral("no push job %1 in '%2'").arg(job.id).arg(m_db.location()));
        q.prepare(QStringLiteral("DELETE FROM push_job_devices WHERE job_id = ?"));
        q.addBindValue(id(job.id));
        if (!q.exec())
            return sqlError(q, what);
        return insertDevices(q, job.id, job.devices, what);
    });
}

Result<QList<PushJobRecord>> PushJobRepository::list(std::int64_t engagementId) const
{
    const QString what = engagementId
                             ? QStringLiteral("cannot list the push jobs of engagement %1").arg(engagementId)
                             : QStringLiteral("cannot list the push jobs in '%1'").arg(m_db.location());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString filter = engagementId ? QStringLiteral(" WHERE j.engagement_id = ?") : QString();
    q.prepare(QStringLiteral("SELECT %1 FROM push_jobs j%2 ORDER BY j.id DESC").arg(kJobColumns, filter));
    if (engagementId)
        q.addBindValue(id(engagementId));
    if (!q.exec())
        return sqlError(q, what);
    QList<PushJobRecord> jobs;
    QHash<std::int64_t, qsizetype> indexOf;
    while (q.next()) {
        auto job = jobFrom(q, m_db.location());
        if (!job)
            return job.error();
        indexOf.insert(job->id, jobs.size());
        jobs.append(std::move(job.value()));
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT %1 FROM push_job_devices d JOIN push_jobs j ON j.id = d.job_id%2"
                             " ORDER BY d.job_id, d.position")
                  .arg(kDeviceColumns, filter));
    if (engagementId)
        q.addBindValue(id(engagementId));
    if (!q.exec())
        return sqlError(q, what);
    while (q.next()) {
        auto device = deviceFrom(q, false, m_db.location());
        if (!device)
            return device.error();
        const auto at = indexOf.constFind(q.value(0).toLongLong());
        if (at != indexOf.constEnd())
            jobs[*at].devices.append(std::move(device.value()));
    }
    return jobs;
}

Result<std::optional<PushJobRecord>> PushJobRepository::find(std::int64_t jobId) const
{
    const QString what = QStringLiteral("cannot read push job %1").arg(jobId);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM push_jobs j WHERE j.id = ?").arg(kJobColumns));
    q.addBindValue(id(jobId));
    if (!q.exec())
        return sqlError(q, what);
    if (!q.next())
        return std::optional<PushJobRecord>();
    auto job = jobFrom(q, m_db.location());
    if (!job)
        return job.error();
    q.finish();
    q.prepare(QStringLiteral("SELECT %1%2 FROM push_job_devices d WHERE d.job_id = ? ORDER BY d.position")
                  .arg(kDeviceColumns, kDeviceDetailColumns));
    q.addBindValue(id(jobId));
    if (!q.exec())
        return sqlError(q, what);
    while (q.next()) {
        auto device = deviceFrom(q, true, m_db.location());
        if (!device)
            return device.error();
        job->devices.append(std::move(device.value()));
    }
    return std::optional<PushJobRecord>(std::move(job.value()));
}

Result<QList<PushJobRepository::LastState>> PushJobRepository::lastStates(std::int64_t engagementId) const
{
    // Per device name, the newest finished commit or rollback that left a
    // configuration on it: changed, restored, or found already as intended.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT %1%2 FROM push_job_devices d JOIN push_jobs j ON j.id = d.job_id"
                  " WHERE j.engagement_id = ? AND j.kind IN ('commit', 'rollback') AND j.outcome <> 'running'"
                  " AND j.finished_at IS NOT NULL AND j.finished_at <> ''"
                  " AND (d.outcome IN ('changed', 'rolled-back') OR (d.outcome = 'unchanged' AND "
                  "d.post_config <> ''))"
                  " ORDER BY d.name, j.id DESC")
                  .arg(kDeviceColumns, kDeviceDetailColumns));
    q.addBindValue(id(engagementId));
    if (!q.exec())
        return sqlError(
            q, QStringLiteral("cannot read the last push of each device of engagement %1").arg(engagementId));
    QList<LastState> states;
    while (q.next()) {
        auto device = deviceFrom(q, true, m_db.location());
        if (!device)
            return device.error();
        if (!states.isEmpty() && states.constLast().device.name == device->name)
            continue; // an older job on the same device
        states.append({q.value(0).toLongLong(), std::move(device.value())});
    }
    return states;
}

} // namespace vpnwb
