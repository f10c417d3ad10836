#include "rollbackcommands.h"

#include "clicontext.h"
#include "commandarguments.h"
#include "configdialect.h"
#include "configdiff.h"
#include "configredaction.h"
#include "configrestore.h"
#include "configtree.h"
#include "devicedryrun.h"
#include "devicejobqueue.h"
#include "engagementcommands.h"
#include "exitcode.h"
#include "netconfconfig.h"
#include "pushchanges.h"
#include "pushjobrecorder.h"
#include "pushjobrepository.h"
#include "pushsupport.h"
#include "pushtransaction.h"
#include "usageerror.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <memory>
#include <vector>

namespace vpnwb {
namespace {

constexpr const char *kRollbackSynopsis = "vpnwb rollback JOB [--parallel N] [--db PATH]";
constexpr const char *kDriftSynopsis = "vpnwb drift ENGAGEMENT [--parallel N] [--db PATH]";

// The command's positional arguments and its --parallel N.
Result<int> parallelOption(const QStringList &args, QStringList &positional)
{
    const CommandArguments a = CommandArguments::of(args, {QStringLiteral("--parallel")});
    positional = a.positional;
    return a.number("--parallel", 1, 64, 4);
}

} // namespace

int runRollback(CliContext &c)
{
    QStringList positional;
    auto parallel = parallelOption(c.args(), positional);
    if (!parallel)
        return usageError(c.err(), parallel.error().message, kRollbackSynopsis);
    if (positional.size() != 1)
        return usageError(c.err(), QStringLiteral("'rollback' takes one job id"), kRollbackSynopsis);
    const std::optional<qint64> jobId = jobIdArgument(positional.first());
    if (!jobId)
        return usageError(c.err(), QStringLiteral("JOB must be a push job id (see 'vpnwb jobs'), not '%1'").arg(positional.first()),
                          kRollbackSynopsis);
    auto found = findStoredJob(c, *jobId);
    if (!found)
        return failure(c.err(), found.error().message);
    const PushJobRecord &past = *found;
    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return failure(c.err(), db.error().message);
    if (past.kind == PushJobRecord::Kind::DryRun)
        return failure(c.err(), QStringLiteral("job %1 is a dry-run: it changed nothing, so there is nothing to roll back")
                                    .arg(*jobId));
    if (past.outcome == PushJobRecord::Outcome::Running)
        return failure(c.err(), QStringLiteral("job %1 has not finished (or was cut short); look at 'vpnwb job %1' and "
                                               "'vpnwb drift %2' first")
                                    .arg(*jobId)
                                    .arg(past.engagementId));

    // The devices the job changed and left changed, with what they ran before.
    QList<PushJobRecord::DeviceRecord> devices;
    for (const PushJobRecord::DeviceRecord &d : past.devices) {
        const bool leftChanged = d.outcome == PushJobRecord::DeviceRecord::Outcome::Changed ||
                                 d.outcome == PushJobRecord::DeviceRecord::Outcome::RollbackFailed;
        if (leftChanged && !d.preConfig.isEmpty())
            devices.append(d);
    }
    if (devices.isEmpty())
        return failure(c.err(), QStringLiteral("job %1 left no device changed (%2); there is nothing to roll back")
                                    .arg(*jobId)
                                    .arg(past.summary));
    auto secrets = openDeviceSecrets(c, PushChanges::credentialsNeeded(devices));
    if (!secrets)
        return failure(c.err(), secrets.error().message);
    QList<DeviceChange> changes;
    QStringList saved;
    for (const PushJobRecord::DeviceRecord &d : std::as_const(devices)) {
        changes.append(changeForRecord(c, d, *secrets));
        saved.append(d.preConfig);
    }
    secrets->clear();

    PushJobRecorder recorder(**db);
    const QList<PushJobRecord::DeviceRecord> planned = PushChanges::restorePlan(devices);
    auto job = recorder.begin(PushJobRecord::Kind::Rollback, PushJobRecord::Mode::BestEffort, past.engagementId,
                              past.engagementName, planned, past.id);
    if (!job)
        return failure(c.err(), job.error().message);
    if (!c.json())
        c.out() << "Job " << job->id << ": rolling back job " << past.id << " on " << devices.size()
                << " device(s); changes made on them since (drift, see 'vpnwb drift') are taken off too" << Qt::endl;
    PushTransaction::Options options;
    options.parallel = parallel.value();
    auto transaction = PushTransaction::restoring(changes, saved, options);
    runToEnd(c, *transaction);
    QList<PushJobRecord::DeviceRecord> records = transaction->deviceRecords();
    for (int i = 0; i < records.size(); ++i)
        records[i].intendedConfig = planned[i].intendedConfig;
    if (const Status s = recorder.finish(*job, transaction->outcome(), transaction->summary(), records); !s)
        c.err() << "vpnwb: warning: the job record was not updated: " << s.error().message << Qt::endl;
    return printJobOutcome(c, *job);
}

int runDrift(CliContext &c)
{
    QStringList positional;
    auto parallel = parallelOption(c.args(), positional);
    if (!parallel)
        return usageError(c.err(), parallel.error().message, kDriftSynopsis);
    if (positional.size() != 1)
        return usageError(c.err(), QStringLiteral("'drift' takes one engagement (id or name)"), kDriftSynopsis);
    auto engagement = findEngagement(c, positional.first());
    if (!engagement)
        return failure(c.err(), engagement.error().message);
    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return failure(c.err(), db.error().message);
    auto states = PushJobRepository(**db).lastStates(engagement->id);
    if (!states)
        return failure(c.err(), states.error().message);
    if (states->isEmpty())
        return failure(c.err(), QStringLiteral("no push of '%1' has changed a device yet; there is nothing to compare "
                                               "with (see 'vpnwb jobs %2')")
                                    .arg(engagement->name)
                                    .arg(engagement->id));
    QList<PushJobRecord::DeviceRecord> lastLeft;
    for (const auto &s : std::as_const(states.value()))
        lastLeft.append(s.device);
    auto secrets = openDeviceSecrets(c, PushChanges::credentialsNeeded(lastLeft));
    if (!secrets)
        return failure(c.err(), secrets.error().message);

    std::vector<std::unique_ptr<DeviceDryRun>> reads;
    QList<DeviceJobQueue::Entry> entries;
    for (const auto &s : std::as_const(states.value())) {
        const DeviceChange change = changeForRecord(c, s.device, *secrets);
        reads.push_back(std::make_unique<DeviceDryRun>(change.endpoint, change.credentials, s.device.vendor,
                                                       s.device.postConfig, change.transport));
        entries.append({s.device.name, reads.back()->work()});
    }
    secrets->clear();
    DeviceJobQueue queue(entries, parallel.value());
    QEventLoop loop;
    QObject::connect(&queue, &DeviceJobQueue::finished, &loop, &QEventLoop::quit);
    queue.start();
    if (!queue.isFinished())
        loop.exec();

    int drifted = 0;
    int failed = 0;
    QJsonArray devices;
    for (int i = 0; i < queue.size(); ++i) {
        const auto &state = states->at(i);
        const PushJobRecord::DeviceRecord &d = state.device;
        const std::optional<Status> status = queue.status(i);
        const auto outcome = reads[size_t(i)]->outcome();
        QJsonObject device{{QStringLiteral("name"), d.name}, {QStringLiteral("job"), qint64(state.jobId)}};
        const QString head = QStringLiteral("== %1 (%2, %3:%4), as left by job %5")
                                 .arg(d.name, d.vendor, d.address)
                                 .arg(d.port)
                                 .arg(state.jobId);
        const auto unread = [&](const QString &why) {
            ++failed;
            device.insert(QStringLiteral("outcome"), QStringLiteral("failed"));
            device.insert(QStringLiteral("error"), why);
            if (!c.json())
                c.out() << head << ": FAILED: " << why << '\n';
            devices.append(device);
        };
        if (!status || !status->ok() || !outcome) {
            unread(status && !status->ok() ? status->error().message : QStringLiteral("no outcome"));
            continue;
        }
        // Both sides as a job keeps them: without banner lines, secrets masked.
        const auto dialect = ConfigDialect::forVendor(d.vendor);
        const QString running =
            ConfigRedaction::redact(ConfigRestore::withoutBanner(outcome->runningConfig, d.vendor).trimmed());
        ConfigDiff diff = dialect ? ConfigDiff::compare(ConfigTree::parse(d.postConfig, *dialect),
                                                        ConfigTree::parse(running, *dialect))
                                  : ConfigDiff();
        if (d.transport == Device::toString(Device::Transport::Netconf)) {
            auto left = NetconfConfig::parse(d.postConfig, QStringLiteral("the configuration job %1 left on %2")
                                                               .arg(state.jobId)
                                                               .arg(d.name));
            auto now = NetconfConfig::parse(running, QStringLiteral("the running configuration of %1").arg(d.name));
            if (!left || !now) {
                unread((!left ? left.error() : now.error()).message);
                continue;
            }
            diff = NetconfConfig::diff(left.value(), now.value());
        }
        device.insert(QStringLiteral("outcome"), diff.isEmpty() ? QStringLiteral("in-sync") : QStringLiteral("drifted"));
        device.insert(QStringLiteral("changes"), diff.toText());
        devices.append(device);
        if (diff.isEmpty()) {
            if (!c.json())
                c.out() << head << ": in sync\n";
            continue;
        }
        ++drifted;
        if (!c.json()) {
            c.out() << head << ": DRIFTED: " << diff.count(ConfigDiff::Change::Added) << " added, "
                    << diff.count(ConfigDiff::Change::Removed) << " removed, "
                    << diff.count(ConfigDiff::Change::Changed) << " changed outside the workbench\n";
            for (const QString &line : diff.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                c.out() << "   " << line << '\n';
        }
    }
    if (c.json())
        c.out() << QJsonDocument(QJsonObject{{QStringLiteral("engagement"), engagement->name},
                                             {QStringLiteral("devices"), devices},
                                             {QStringLiteral("drifted"), drifted},
                                             {QStringLiteral("failed"), failed}})
                       .toJson(QJsonDocument::Indented);
    else
        c.out() << "Drift of '" << engagement->name << "': " << queue.size() << " device(s), " << drifted
                << " drifted, " << failed << " could not be read." << Qt::endl;
    c.out().flush();
    if (failed > 0)
        return failure(c.err(), QStringLiteral("%1 device(s) could not be read; see above").arg(failed));
    if (drifted > 0)
        return failure(c.err(), QStringLiteral("%1 device(s) run a configuration the workbench did not leave there")
                                    .arg(drifted));
    return ExitOk;
}

} // namespace vpnwb
