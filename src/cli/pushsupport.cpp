#include "pushsupport.h"

#include "clicontext.h"
#include "devicesecrets.h"
#include "exitcode.h"
#include "pushchanges.h"
#include "pushjobrepository.h"
#include "pushtransaction.h"
#include "usageerror.h"
#include "vaultcommands.h"
#include "vaultrepository.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace vpnwb {
namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

} // namespace

QString workspaceKnownHosts(CliContext &c)
{
    return QFileInfo(c.dbPath()).absoluteFilePath() + QStringLiteral(".known_hosts");
}

Result<std::map<QString, Secret>> openDeviceSecrets(CliContext &c, const std::map<QString, QString> &deviceOf)
{
    if (deviceOf.empty())
        return std::map<QString, Secret>(); // every device logs in without a vault secret: no passphrase asked
    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return db.error();
    VaultRepository repository(**db);
    const auto vault = unlockWorkspaceVault(repository, c.dbPath(), QStringLiteral("for the devices' passwords"));
    if (!vault)
        return vault.error();
    const auto sealed = DeviceSecrets::sealed(repository, deviceOf);
    if (!sealed)
        return sealed.error();
    return DeviceSecrets::open(*vault, *sealed);
}

std::optional<qint64> jobIdArgument(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1)
        return std::nullopt;
    return id;
}

Result<PushJobRecord> findStoredJob(CliContext &c, qint64 id)
{
    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return db.error();
    auto found = PushJobRepository(**db).find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("no push job %1 in %2 (see 'vpnwb jobs')").arg(id).arg(c.dbPath()));
    return std::move(**found);
}

DeviceChange changeForRecord(CliContext &c, const PushJobRecord::DeviceRecord &device,
                             const std::map<QString, Secret> &secrets)
{
    return PushChanges::forRecord(device, secrets, workspaceKnownHosts(c));
}

void runToEnd(CliContext &c, PushTransaction &transaction)
{
    QEventLoop loop;
    QObject::connect(&transaction, &PushTransaction::deviceStateChanged, &loop, [&](int index, int state) {
        c.err() << "vpnwb: " << transaction.change(index).name << ": "
                << DeviceCommit::toString(DeviceCommit::State(state)) << Qt::endl;
    });
    QObject::connect(&transaction, &PushTransaction::phaseChanged, &loop,
                     [&](const QString &phase) { c.err() << "vpnwb: " << phase << Qt::endl; });
    QObject::connect(&transaction, &PushTransaction::finished, &loop, &QEventLoop::quit);
    g_interrupted.store(false);
    // Ctrl-C, a kill (SIGTERM) or a closed terminal (SIGHUP) cancel the job the
    // same way: the devices it changed are restored before vpnwb ends.
    const int stopSignals[] = {SIGINT, SIGTERM, SIGHUP};
    void (*previous[3])(int);
    for (int i = 0; i < 3; ++i)
        previous[i] = std::signal(stopSignals[i], onInterrupt);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (g_interrupted.exchange(false)) {
            c.err() << "vpnwb: interrupted: cancelling; devices already changed are restored" << Qt::endl;
            transaction.cancel();
        }
    });
    poll.start(100);
    transaction.start();
    if (!transaction.isFinished())
        loop.exec();
    for (int i = 0; i < 3; ++i)
        std::signal(stopSignals[i], previous[i]);
}

int printJobOutcome(CliContext &c, const PushJobRecord &job)
{
    if (c.json()) {
        QJsonArray devices;
        for (const PushJobRecord::DeviceRecord &d : job.devices)
            devices.append(QJsonObject{{QStringLiteral("name"), d.name},
                                       {QStringLiteral("role"), d.role},
                                       {QStringLiteral("vendor"), d.vendor},
                                       {QStringLiteral("outcome"), PushJobRecord::toString(d.outcome)},
                                       {QStringLiteral("error"), d.error}});
        const QJsonObject document{{QStringLiteral("job"), qint64(job.id)},
                                   {QStringLiteral("kind"), PushJobRecord::toString(job.kind)},
                                   {QStringLiteral("engagement"), job.engagementName},
                                   {QStringLiteral("outcome"), PushJobRecord::toString(job.outcome)},
                                   {QStringLiteral("summary"), job.summary},
                                   {QStringLiteral("devices"), devices}};
        c.out() << QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else {
        for (const PushJobRecord::DeviceRecord &d : job.devices) {
            c.out() << "  " << d.name << "  " << PushJobRecord::toString(d.outcome);
            if (!d.error.isEmpty())
                c.out() << ": " << d.error;
            c.out() << '\n';
        }
        c.out() << "Job " << job.id << " (" << PushJobRecord::toString(job.kind) << "): "
                << PushJobRecord::toString(job.outcome) << ": " << job.summary << '\n'
                << "Its logs and configurations: vpnwb job " << job.id << Qt::endl;
    }
    c.out().flush();
    if (job.outcome == PushJobRecord::Outcome::Succeeded)
        return ExitOk;
    return failure(c.err(), QStringLiteral("job %1 %2: %3")
                                .arg(job.id)
                                .arg(PushJobRecord::toString(job.outcome), job.summary));
}

} // namespace vpnwb
