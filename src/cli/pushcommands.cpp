#include "pushcommands.h"

#include "clicontext.h"
#include "commandarguments.h"
#include "credentialvault.h"
#include "designworkflow.h"
#include "devicedesignbuilder.h"
#include "devicedryrun.h"
#include "deviceinventoryjson.h"
#include "devicejobqueue.h"
#include "engagementcommands.h"
#include "openengagement.h"
#include "popcatalog.h"
#include "pushchanges.h"
#include "pushjobrecorder.h"
#include "pushplanner.h"
#include "pushsupport.h"
#include "pushtransaction.h"
#include "rendererregistry.h"
#include "usageerror.h"
#include "vaultcommands.h"
#include "vaultrepository.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace vpnwb {
namespace {

constexpr const char *kSynopsis =
    "vpnwb push ENGAGEMENT --inventory FILE [--dry-run] [--best-effort] [--parallel N] [--accept-new-host-keys] "
    "[--confirm-timeout S] [--bgp-timeout S] [--db PATH]";
constexpr int kDefaultParallel = 4;
constexpr int kMaxParallel = 64;

struct PushOptions
{
    QString engagement;
    QString inventoryFile;
    bool dryRun = false;
    int parallel = kDefaultParallel;
    bool acceptNewHostKeys = false;
    bool bestEffort = false;
    int confirmTimeoutS = 300;
    int bgpTimeoutS = 120;
};


Result<PushOptions> parse(const QStringList &args)
{
    const CommandArguments a = CommandArguments::of(
        args, {QStringLiteral("--inventory"), QStringLiteral("--parallel"), QStringLiteral("--confirm-timeout"),
               QStringLiteral("--bgp-timeout")});
    PushOptions o;
    if (a.positional.size() != 1)
        return Error::invalidInput(QStringLiteral("'push' takes one engagement (id or name)"));
    o.engagement = a.positional.first();
    o.inventoryFile = a.value("--inventory");
    if (o.inventoryFile.isEmpty())
        return Error::invalidInput(QStringLiteral("'push' needs --inventory FILE (the devices and how to reach them)"));
    o.dryRun = a.has("--dry-run");
    o.bestEffort = a.has("--best-effort");
    o.acceptNewHostKeys = a.has("--accept-new-host-keys");
    const auto parallel = a.number("--parallel", 1, kMaxParallel, kDefaultParallel);
    const auto confirm = a.number("--confirm-timeout", 1, 3600, o.confirmTimeoutS);
    const auto bgp = a.number("--bgp-timeout", 1, 3600, o.bgpTimeoutS);
    for (const Result<int> *r : {&parallel, &confirm, &bgp}) {
        if (!*r)
            return r->error();
    }
    o.parallel = *parallel;
    o.confirmTimeoutS = *confirm;
    o.bgpTimeoutS = *bgp;
    return o;
}

SshEndpoint::HostKeyPolicy hostKeyPolicy(const PushOptions &o)
{
    return o.acceptNewHostKeys ? SshEndpoint::HostKeyPolicy::AcceptNew : SshEndpoint::HostKeyPolicy::Strict;
}

// --json: the plan and each device's outcome, its diff entry by entry.
int printJson(CliContext &c, const Engagement &engagement, const PushPlan &plan, const DeviceJobQueue &queue,
              const std::vector<std::unique_ptr<DeviceDryRun>> &dryRuns)
{
    static const std::map<ConfigDiff::Change, QString> changeNames{
        {ConfigDiff::Change::Added, QStringLiteral("added")},
        {ConfigDiff::Change::Removed, QStringLiteral("removed")},
        {ConfigDiff::Change::Changed, QStringLiteral("changed")}};
    QJsonArray devices;
    int failed = 0;
    for (int i = 0; i < queue.size(); ++i) {
        const PlannedDevice &p = plan.devices[i];
        const std::optional<Status> status = queue.status(i);
        const auto outcome = dryRuns[size_t(i)]->outcome();
        QJsonObject device{{QStringLiteral("name"), p.name},
                           {QStringLiteral("role"), PushChanges::roleName(p.role)},
                           {QStringLiteral("vendor"), p.device.vendor},
                           {QStringLiteral("address"), p.device.managementAddress},
                           {QStringLiteral("port"), p.device.port}};
        if (!status || !status->ok() || !outcome) {
            ++failed;
            device.insert(QStringLiteral("outcome"), QStringLiteral("failed"));
            device.insert(QStringLiteral("error"),
                          status && !status->ok() ? status->error().message : QStringLiteral("no outcome"));
        } else {
            QJsonArray entries;
            // A push merges: statements only on the device are left as they are.
            const ConfigDiff changes = outcome->diff.without(ConfigDiff::Change::Removed);
            for (const ConfigDiff::Entry &e : changes.entries()) {
                QJsonObject entry{{QStringLiteral("change"), changeNames.at(e.change)},
                                  {QStringLiteral("path"), QJsonArray::fromStringList(e.path)},
                                  {QStringLiteral("text"), e.text}};
                if (e.change == ConfigDiff::Change::Changed)
                    entry.insert(QStringLiteral("oldText"), e.oldText);
                if (!e.block.isEmpty())
                    entry.insert(QStringLiteral("block"), QJsonArray::fromStringList(e.block));
                entries.append(entry);
            }
            device.insert(QStringLiteral("outcome"),
                          changes.isEmpty() ? QStringLiteral("no-difference") : QStringLiteral("different"));
            device.insert(QStringLiteral("diff"), entries);
            device.insert(QStringLiteral("leftAsIs"), outcome->diff.count(ConfigDiff::Change::Removed));
        }
        devices.append(device);
    }
    const QJsonObject document{
        {QStringLiteral("engagement"), engagement.name},
        {QStringLiteral("dryRun"), true},
        {QStringLiteral("devices"), devices},
        {QStringLiteral("notInInventory"), QJsonArray::fromStringList(plan.notInInventory)},
        {QStringLiteral("notInDesign"), QJsonArray::fromStringList(plan.notInDesign)},
        {QStringLiteral("failed"), failed}};
    c.out() << QJsonDocument(document).toJson(QJsonDocument::Indented);
    c.out().flush();
    return failed > 0 ? ExitFailure : ExitOk;
}

} // namespace

namespace {

// The dry-run: reads every device and prints its diff from the rendering; stored as a job.
int runDryRun(CliContext &c, const PushOptions &o, const Engagement &engagement, const PushPlan &planned,
              std::map<QString, Secret> &secrets)
{
    const PushPlan *plan = &planned;
    const QList<DeviceChange> changes = PushChanges::forPlan(*plan, secrets, workspaceKnownHosts(c), hostKeyPolicy(o));
    std::vector<std::unique_ptr<DeviceDryRun>> dryRuns;
    QList<DeviceJobQueue::Entry> entries;
    for (const DeviceChange &change : changes) {
        dryRuns.push_back(
            std::make_unique<DeviceDryRun>(change.endpoint, change.credentials, change.vendor, change.intendedConfig,
                                           change.transport));
        entries.append({change.name, dryRuns.back()->work()});
    }
    secrets.clear();

    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return failure(c.err(), db.error().message);
    PushJobRecorder recorder(**db);
    auto job = recorder.begin(PushJobRecord::Kind::DryRun, PushJobRecord::Mode::AllOrNothing, engagement.id,
                              engagement.name, PushJobRecorder::plannedDevices(*plan));
    if (!job)
        return failure(c.err(), job.error().message);

    // At most --parallel devices at once, started in plan order (PEs first).
    DeviceJobQueue queue(entries, o.parallel);
    QEventLoop loop;
    int done = 0;
    std::vector<QStringList> logs(size_t(queue.size()));
    QObject::connect(&queue, &DeviceJobQueue::deviceLogged, &loop,
                     [&](int index, const QString &line) { logs[size_t(index)].append(line); });
    QObject::connect(&queue, &DeviceJobQueue::deviceFinished, &loop, [&](int index, const Status &s) {
        c.err() << "vpnwb: " << plan->devices[index].name << ": "
                << (s.ok() ? QStringLiteral("read and compared") : QStringLiteral("failed")) << " (" << ++done
                << '/' << queue.size() << ')' << Qt::endl;
    });
    QObject::connect(&queue, &DeviceJobQueue::finished, &loop, &QEventLoop::quit);
    queue.start();
    if (!queue.isFinished())
        loop.exec();

    // The job's record: what was read from each device.
    QList<PushJobRecord::DeviceRecord> records = job->devices;
    int failedDevices = 0;
    for (int i = 0; i < queue.size(); ++i) {
        PushJobRecord::DeviceRecord &r = records[i];
        const std::optional<Status> status = queue.status(i);
        const auto outcome = dryRuns[size_t(i)]->outcome();
        r.log = logs[size_t(i)].join(QLatin1Char('\n'));
        if (status && status->ok() && outcome) {
            r.outcome = PushJobRecord::DeviceRecord::Outcome::Unchanged;
            r.preConfig = outcome->runningConfig;
            r.postConfig = outcome->runningConfig;
        } else {
            ++failedDevices;
            r.outcome = PushJobRecord::DeviceRecord::Outcome::Failed;
            r.error = status && !status->ok() ? status->error().message : QStringLiteral("no outcome");
        }
    }
    const QString summary = QStringLiteral("dry-run: %1 device(s) read, %2 failed; nothing was changed")
                                .arg(queue.size() - failedDevices)
                                .arg(failedDevices);
    if (const Status s = recorder.finish(*job,
                                         failedDevices ? PushJobRecord::Outcome::Failed
                                                       : PushJobRecord::Outcome::Succeeded,
                                         summary, records);
        !s)
        c.err() << "vpnwb: warning: the dry-run's job record was not kept: " << s.error().message << Qt::endl;

    if (c.json())
        return printJson(c, engagement, *plan, queue, dryRuns);

    int failed = 0;
    int different = 0;
    for (int i = 0; i < queue.size(); ++i) {
        const PlannedDevice &p = plan->devices[i];
        const std::optional<Status> status = queue.status(i);
        const QString head = QStringLiteral("== %1 (%2, %3, %4, %5:%6)")
                                 .arg(p.name, PushChanges::roleName(p.role), p.device.vendor,
                                      Device::toString(p.device.transport), p.device.managementAddress)
                                 .arg(p.device.port);
        const auto outcome = dryRuns[size_t(i)]->outcome();
        if (!status || !status->ok() || !outcome) {
            ++failed;
            c.out() << head << ": FAILED: "
                    << (status && !status->ok() ? status->error().message : QStringLiteral("no outcome"))
                    << '\n';
            continue;
        }
        // A push merges: statements only on the device are left as they are.
        const ConfigDiff diff = outcome->diff.without(ConfigDiff::Change::Removed);
        const int leftAsIs = outcome->diff.count(ConfigDiff::Change::Removed);
        if (diff.isEmpty()) {
            c.out() << head << ": no difference (" << leftAsIs << " statement(s) only on the device, left as they are)\n";
            continue;
        }
        ++different;
        c.out() << head << ": " << diff.count(ConfigDiff::Change::Added) << " to add, "
                << diff.count(ConfigDiff::Change::Changed) << " to change; " << leftAsIs
                << " statement(s) only on the device are left as they are\n";
        const QStringList lines = diff.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            c.out() << "   " << line << '\n';
    }
    c.out() << "Dry-run: " << queue.size() << " device(s), " << different << " with differences, " << failed
            << " failed; nothing was changed on any device." << Qt::endl;
    if (failed > 0)
        return failure(c.err(), QStringLiteral("the dry-run failed on %1 of %2 device(s); see above")
                                    .arg(failed)
                                    .arg(queue.size()));
    return ExitOk;
}

// The commit: one transaction over every device of the plan; stored as a job.
int runCommit(CliContext &c, const PushOptions &o, const Engagement &engagement, const PushPlan &plan,
              std::map<QString, Secret> &secrets)
{
    QList<DeviceChange> changes = PushChanges::forPlan(plan, secrets, workspaceKnownHosts(c), hostKeyPolicy(o));
    secrets.clear();

    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return failure(c.err(), db.error().message);
    PushJobRecorder recorder(**db);
    const PushJobRecord::Mode mode =
        o.bestEffort ? PushJobRecord::Mode::BestEffort : PushJobRecord::Mode::AllOrNothing;
    auto job = recorder.begin(PushJobRecord::Kind::Commit, mode, engagement.id, engagement.name,
                              PushJobRecorder::plannedDevices(plan));
    if (!job)
        return failure(c.err(), job.error().message);
    if (!c.json())
        c.out() << "Job " << job->id << ": committing, " << PushJobRecord::toString(mode)
                << "; the change must be verified within " << o.confirmTimeoutS << " s or it is restored"
                << Qt::endl;

    PushTransaction::Options options;
    options.mode = mode;
    options.parallel = o.parallel;
    options.confirmTimeoutMs = o.confirmTimeoutS * 1000;
    options.bgpTimeoutMs = o.bgpTimeoutS * 1000;
    PushTransaction transaction(changes, options);
    runToEnd(c, transaction);
    if (const Status s = recorder.finish(*job, transaction); !s)
        c.err() << "vpnwb: warning: the job record was not updated: " << s.error().message << Qt::endl;
    return printJobOutcome(c, *job);
}

} // namespace

int runPush(CliContext &c)
{
    auto options = parse(c.args());
    if (!options)
        return usageError(c.err(), options.error().message, kSynopsis);
    const PushOptions &o = options.value();

    auto inventory = DeviceInventoryJson::fromFile(o.inventoryFile);
    if (!inventory)
        return failure(c.err(), inventory.error().message);
    auto ctx = OpenEngagement::open(c, o.engagement);
    if (!ctx)
        return failure(c.err(), ctx.error().message);
    auto plan = PushPlanner::make(*ctx->db, ctx->catalog, ctx->engagement, *inventory, o.inventoryFile);
    if (!plan)
        return failure(c.err(), plan.error().message);
    if (!o.dryRun) {
        if (const Status s = PushPlanner::restorable(*plan); !s)
            return failure(c.err(), s.error().message);
    }
    auto secrets = openDeviceSecrets(c, PushChanges::credentialsNeeded(*plan));
    if (!secrets)
        return failure(c.err(), secrets.error().message);

    if (!c.json()) {
        c.out() << (o.dryRun ? "Dry-run" : "Push") << " of '" << ctx->engagement.name << "': " << plan->devices.size()
                << " device(s), at most " << o.parallel << " at once; host keys checked against "
                << workspaceKnownHosts(c) << '\n';
        int position = 0;
        for (const PlannedDevice &p : std::as_const(plan->devices))
            c.out() << "  " << ++position << ". " << p.name << "  " << PushChanges::roleName(p.role) << "  " << p.device.vendor
                    << "  " << p.device.managementAddress << ':' << p.device.port << '\n';
        if (!plan->notInInventory.isEmpty()) {
            // Named when few (a misspelt name shows here); counted when most of the design is left out.
            constexpr qsizetype shown = 6;
            QStringList names = plan->notInInventory.mid(0, shown);
            if (plan->notInInventory.size() > shown)
                names.append(QStringLiteral("and %1 more").arg(plan->notInInventory.size() - shown));
            c.out() << "  not in the inventory, left out: " << plan->notInInventory.size() << " device(s) of the design ("
                    << names.join(QStringLiteral(", ")) << ")\n";
        }
        if (!plan->notInDesign.isEmpty())
            c.out() << "  in the inventory but not in the design, left alone: "
                    << plan->notInDesign.join(QStringLiteral(", ")) << '\n';
        c.out().flush();
    }
    return o.dryRun ? runDryRun(c, o, ctx->engagement, *plan, *secrets) : runCommit(c, o, ctx->engagement, *plan, *secrets);
}

} // namespace vpnwb
