#include "pushcommands.h"

#include "clicontext.h"
#include "credentialvault.h"
#include "designworkflow.h"
#include "devicedesignbuilder.h"
#include "devicedryrun.h"
#include "deviceinventoryjson.h"
#include "devicejobqueue.h"
#include "engagementcommands.h"
#include "popcatalog.h"
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
    "vpnwb push ENGAGEMENT --inventory FILE --dry-run [--parallel N] [--accept-new-host-keys] [--db PATH]";
constexpr int kDefaultParallel = 4;
constexpr int kMaxParallel = 64;

struct PushOptions
{
    QString engagement;
    QString inventoryFile;
    bool dryRun = false;
    int parallel = kDefaultParallel;
    bool acceptNewHostKeys = false;
};

Result<PushOptions> parse(const QStringList &args)
{
    PushOptions o;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--inventory") && i + 1 < args.size()) {
            o.inventoryFile = args[++i];
        } else if (a == QLatin1String("--parallel") && i + 1 < args.size()) {
            bool ok = false;
            o.parallel = args[++i].toInt(&ok);
            if (!ok || o.parallel < 1 || o.parallel > kMaxParallel)
                return Error::invalidInput(
                    QStringLiteral("--parallel must be a whole number from 1 to %1, not '%2'")
                        .arg(kMaxParallel)
                        .arg(args[i]));
        } else if (a == QLatin1String("--dry-run")) {
            o.dryRun = true;
        } else if (a == QLatin1String("--accept-new-host-keys")) {
            o.acceptNewHostKeys = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            return Error::invalidInput(QStringLiteral("unexpected option '%1'").arg(a));
        } else {
            positional.append(a);
        }
    }
    if (positional.size() != 1)
        return Error::invalidInput(QStringLiteral("'push' takes one engagement (id or name)"));
    o.engagement = positional.first();
    if (o.inventoryFile.isEmpty())
        return Error::invalidInput(
            QStringLiteral("'push' needs --inventory FILE (the devices and how to reach them)"));
    return o;
}

// One device of the plan: what the design wants on it and how to reach it.
struct PlannedDevice
{
    QString name;
    DeviceRole role = DeviceRole::Pe;
    Device device; // from the inventory
    QString intendedConfig;
};

struct Plan
{
    QList<PlannedDevice> devices; // PEs first, then CEs, each in the design's order
    QStringList notInInventory;   // devices of the design the inventory does not list
};

// The devices of the engagement's design that the inventory lists, with
// their rendered configuration; nothing is contacted.
Result<Plan> makePlan(CliContext &c, const Engagement &engagement, const DeviceInventory &inventory,
                      const QString &inventoryFile)
{
    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return db.error();
    auto catalog = PopCatalog::builtIn();
    if (!catalog)
        return catalog.error();
    auto run = DesignWorkflow(**db, *catalog).current(engagement);
    if (!run)
        return run.error();
    const QStringList missing = run->design.missingValues();
    if (!missing.isEmpty())
        return Error::invalidInput(
            QStringLiteral("the design of '%1' lacks %2 value(s) (e.g. %3); run 'vpnwb design %4' "
                           "first")
                .arg(engagement.name)
                .arg(missing.size())
                .arg(missing.first())
                .arg(engagement.id));
    if (run->hasBlocking())
        return Error::invalidInput(
            QStringLiteral("the design of '%1' has %2 blocking finding(s) (see 'vpnwb findings "
                           "%3'); nothing is pushed")
                .arg(engagement.name)
                .arg(run->blocking().size())
                .arg(engagement.id));
    const QList<DeviceDesign> designed = DeviceDesignBuilder::build(run->design);

    const RendererRegistry registry;
    Plan plan;
    QList<PlannedDevice> ces;
    for (const DeviceDesign &d : designed) {
        const Device *device = inventory.find(d.name);
        if (!device) {
            plan.notInInventory.append(d.name);
            continue;
        }
        if (device->vendor != d.vendor)
            return Error::invalidInput(
                QStringLiteral("%1: device %2 is '%3' there, but the design renders it for '%4'; "
                               "correct the inventory or the design")
                    .arg(inventoryFile, d.name, device->vendor, d.vendor));
        if (device->transport != Device::Transport::SshCli)
            return Error::invalidInput(
                QStringLiteral("%1: device %2 is reached over %3; the dry-run reads running "
                               "configurations over SSH CLI only")
                    .arg(inventoryFile, d.name, Device::toString(device->transport)));
        const RendererRegistry::Plugin *plugin = registry.find(d.vendor);
        if (!plugin)
            return Error::notFound(
                QStringLiteral("device %1: no renderer for its vendor '%2'").arg(d.name, d.vendor));
        auto rendering = plugin->renderer->render(d, plugin->styles.first());
        if (!rendering)
            return rendering.error();
        PlannedDevice p{d.name, d.role, *device, rendering->configuration};
        (d.role == DeviceRole::Pe ? plan.devices : ces).append(std::move(p));
    }
    plan.devices.append(ces);
    if (plan.devices.isEmpty())
        return Error::notFound(
            QStringLiteral("none of the %1 devices of the design of '%2' is in the inventory %3 "
                           "(it lists %4)")
                .arg(designed.size())
                .arg(engagement.name, inventoryFile,
                     inventory.names().isEmpty() ? QStringLiteral("no device")
                                                 : inventory.names().join(QStringLiteral(", "))));
    return plan;
}

// The vault's secrets for the plan's credentials, by credential name.
Result<std::map<QString, Secret>> credentialsFor(CliContext &c, const Plan &plan)
{
    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return db.error();
    VaultRepository repository(**db);
    const auto vault =
        unlockWorkspaceVault(repository, c.dbPath(), QStringLiteral("for the devices' passwords"));
    if (!vault)
        return vault.error();
    std::map<QString, Secret> secrets;
    for (const PlannedDevice &p : plan.devices) {
        if (secrets.count(p.device.credential))
            continue;
        const auto sealed = repository.secret(p.device.credential);
        if (!sealed)
            return sealed.error();
        if (!sealed.value())
            return Error::notFound(
                QStringLiteral("device %1: its credential '%2' is not in the vault (store it with "
                               "'vpnwb vault set %2')")
                    .arg(p.name, p.device.credential));
        auto secret = vault->open(*sealed.value());
        if (!secret)
            return secret.error();
        secrets.emplace(p.device.credential, std::move(secret.value()));
    }
    return secrets;
}

QString roleText(DeviceRole role)
{
    return role == DeviceRole::Pe ? QStringLiteral("pe") : QStringLiteral("ce");
}

// --json: the plan and each device's outcome, its diff entry by entry.
int printJson(CliContext &c, const Engagement &engagement, const Plan &plan, const DeviceJobQueue &queue,
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
                           {QStringLiteral("role"), roleText(p.role)},
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
            for (const ConfigDiff::Entry &e : outcome->diff.entries()) {
                QJsonObject entry{{QStringLiteral("change"), changeNames.at(e.change)},
                                  {QStringLiteral("path"), QJsonArray::fromStringList(e.path)},
                                  {QStringLiteral("text"), e.text}};
                if (e.change == ConfigDiff::Change::Changed)
                    entry.insert(QStringLiteral("oldText"), e.oldText);
                if (!e.block.isEmpty())
                    entry.insert(QStringLiteral("block"), QJsonArray::fromStringList(e.block));
                entries.append(entry);
            }
            device.insert(QStringLiteral("outcome"), outcome->diff.isEmpty() ? QStringLiteral("no-difference")
                                                                             : QStringLiteral("different"));
            device.insert(QStringLiteral("diff"), entries);
        }
        devices.append(device);
    }
    const QJsonObject document{
        {QStringLiteral("engagement"), engagement.name},
        {QStringLiteral("dryRun"), true},
        {QStringLiteral("devices"), devices},
        {QStringLiteral("notInInventory"), QJsonArray::fromStringList(plan.notInInventory)},
        {QStringLiteral("failed"), failed}};
    c.out() << QJsonDocument(document).toJson(QJsonDocument::Indented);
    c.out().flush();
    return failed > 0 ? ExitFailure : ExitOk;
}

} // namespace

int runPush(CliContext &c)
{
    auto options = parse(c.args());
    if (!options)
        return usageError(c.err(), options.error().message, kSynopsis);
    const PushOptions &o = options.value();
    if (!o.dryRun)
        return usageError(
            c.err(),
            QStringLiteral("committing a push to devices is not available yet; nothing was sent. Run "
                           "with --dry-run to see what would change on each device"),
            kSynopsis);

    auto inventory = DeviceInventoryJson::fromFile(o.inventoryFile);
    if (!inventory)
        return failure(c.err(), inventory.error().message);
    auto engagement = findEngagement(c, o.engagement);
    if (!engagement)
        return failure(c.err(), engagement.error().message);
    auto plan = makePlan(c, *engagement, *inventory, o.inventoryFile);
    if (!plan)
        return failure(c.err(), plan.error().message);
    auto secrets = credentialsFor(c, *plan);
    if (!secrets)
        return failure(c.err(), secrets.error().message);

    // Host keys are checked against the workspace's own known_hosts file.
    const QString knownHosts = QFileInfo(c.dbPath()).absoluteFilePath() + QStringLiteral(".known_hosts");
    if (!c.json()) {
        c.out() << "Dry-run of '" << engagement->name << "': " << plan->devices.size()
                << " device(s), at most " << o.parallel << " at once; host keys checked against "
                << knownHosts << '\n';
        int position = 0;
        for (const PlannedDevice &p : std::as_const(plan->devices))
            c.out() << "  " << ++position << ". " << p.name << "  " << roleText(p.role) << "  "
                    << p.device.vendor << "  " << p.device.managementAddress << ':' << p.device.port << '\n';
        if (!plan->notInInventory.isEmpty())
            c.out() << "  not in the inventory, left out: " << plan->notInInventory.size()
                    << " device(s) of the design\n";
        c.out().flush();
    }

    std::vector<std::unique_ptr<DeviceDryRun>> dryRuns;
    QList<DeviceJobQueue::Entry> entries;
    for (const PlannedDevice &p : std::as_const(plan->devices)) {
        SshEndpoint endpoint = SshEndpoint::forDevice(p.device, knownHosts);
        endpoint.hostKeyPolicy =
            o.acceptNewHostKeys ? SshEndpoint::HostKeyPolicy::AcceptNew : SshEndpoint::HostKeyPolicy::Strict;
        const SshCredentials credentials = SshCredentials::withPassword(
            secrets->at(p.device.credential), QStringLiteral("vault secret '%1'").arg(p.device.credential));
        dryRuns.push_back(
            std::make_unique<DeviceDryRun>(endpoint, credentials, p.device.vendor, p.intendedConfig));
        entries.append({p.name, dryRuns.back()->work()});
    }
    secrets->clear();

    // At most --parallel devices at once, started in plan order (PEs first).
    DeviceJobQueue queue(entries, o.parallel);
    QEventLoop loop;
    int done = 0;
    QObject::connect(&queue, &DeviceJobQueue::deviceFinished, &loop, [&](int index, const Status &s) {
        c.err() << "vpnwb: " << plan->devices[index].name << ": "
                << (s.ok() ? QStringLiteral("read and compared") : QStringLiteral("failed")) << " (" << ++done
                << '/' << queue.size() << ')' << Qt::endl;
    });
    QObject::connect(&queue, &DeviceJobQueue::finished, &loop, &QEventLoop::quit);
    queue.start();
    if (!queue.isFinished())
        loop.exec();

    if (c.json())
        return printJson(c, *engagement, *plan, queue, dryRuns);

    int failed = 0;
    int different = 0;
    for (int i = 0; i < queue.size(); ++i) {
        const PlannedDevice &p = plan->devices[i];
        const std::optional<Status> status = queue.status(i);
        const QString head = QStringLiteral("== %1 (%2, %3, %4:%5)")
                                 .arg(p.name, roleText(p.role), p.device.vendor, p.device.managementAddress)
                                 .arg(p.device.port);
        const auto outcome = dryRuns[size_t(i)]->outcome();
        if (!status || !status->ok() || !outcome) {
            ++failed;
            c.out() << head << ": FAILED: "
                    << (status && !status->ok() ? status->error().message : QStringLiteral("no outcome"))
                    << '\n';
            continue;
        }
        const ConfigDiff &diff = outcome->diff;
        if (diff.isEmpty()) {
            c.out() << head << ": no difference\n";
            continue;
        }
        ++different;
        c.out() << head << ": " << diff.count(ConfigDiff::Change::Added) << " to add, "
                << diff.count(ConfigDiff::Change::Removed) << " to remove, "
                << diff.count(ConfigDiff::Change::Changed) << " to change\n";
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

} // namespace vpnwb
