#include "pushtransaction.h"

#include "devicejobqueue.h"

#include <QMetaObject>

#include <algorithm>

namespace vpnwb {

PushTransaction::PushTransaction(QList<DeviceChange> changes, Options options, QObject *parent)
    : QObject(parent), m_options(options)
{
    for (DeviceChange &c : changes)
        m_commits.push_back(std::make_unique<DeviceCommit>(std::move(c)));
    sizeRecords();
    // A NETCONF device waits a minute longer than the engine: the engine
    // restores it in order first; the device's own timer is for a workbench
    // that is gone.
    const int deviceConfirmSeconds = std::max(1, m_options.confirmTimeoutMs / 1000) + 60;
    for (size_t i = 0; i < m_commits.size(); ++i) {
        m_commits[i]->setConfirmTimeout(deviceConfirmSeconds);
        m_commits[i]->setStateSink([this, i](DeviceCommit::State state) {
            QMetaObject::invokeMethod(
                this, [this, i, state] { emit deviceStateChanged(int(i), int(state)); }, Qt::QueuedConnection);
        });
    }
    m_confirmTimer.setSingleShot(true);
    connect(&m_confirmTimer, &QTimer::timeout, this, &PushTransaction::onConfirmTimeout);
}

std::unique_ptr<PushTransaction> PushTransaction::restoring(QList<DeviceChange> devices, QStringList savedConfigs,
                                                            Options options, QObject *parent)
{
    auto t = std::make_unique<PushTransaction>(QList<DeviceChange>{}, options, parent);
    t->m_restoreOnly = true;
    for (qsizetype i = 0; i < devices.size(); ++i) {
        t->m_commits.push_back(std::make_unique<DeviceCommit>(
            std::move(devices[i]), i < savedConfigs.size() ? savedConfigs[i] : QString()));
        const size_t index = t->m_commits.size() - 1;
        PushTransaction *self = t.get();
        t->m_commits.back()->setStateSink([self, index](DeviceCommit::State state) {
            QMetaObject::invokeMethod(
                self, [self, index, state] { emit self->deviceStateChanged(int(index), int(state)); },
                Qt::QueuedConnection);
        });
    }
    t->sizeRecords();
    return t;
}

void PushTransaction::sizeRecords()
{
    m_logs.resize(m_commits.size());
    m_applyStatus.resize(m_commits.size());
    m_bgpStatus.resize(m_commits.size());
    m_confirmStatus.resize(m_commits.size());
    m_restoreStatus.resize(m_commits.size());
}

PushTransaction::~PushTransaction()
{
    // The queue cancels its jobs and waits for their threads; restores then
    // stop at their next step, as the process is going away.
    m_queue.reset();
}

void PushTransaction::noteLog(int index, const QString &line)
{
    const QString stamped = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz ")) + line;
    m_logs[size_t(index)].append(stamped);
    emit deviceLogged(index, line);
}

void PushTransaction::runQueue(QList<int> devices, const std::function<DeviceJobWork(DeviceCommit &)> &work,
                               int fromPercent, int toPercent, std::function<void()> then)
{
    // Which step's outcomes this queue fills.
    std::vector<std::optional<Status>> *into = m_phase == Phase::Applying      ? &m_applyStatus
                                               : m_phase == Phase::CheckingBgp ? &m_bgpStatus
                                               : m_phase == Phase::Confirming  ? &m_confirmStatus
                                                                               : &m_restoreStatus;
    QList<DeviceJobQueue::Entry> entries;
    for (int index : std::as_const(devices))
        entries.append({m_commits[size_t(index)]->change().name, work(*m_commits[size_t(index)])});
    if (m_queue)
        m_queue.release()->deleteLater();
    m_queue = std::make_unique<DeviceJobQueue>(entries, m_options.parallel);
    connect(m_queue.get(), &DeviceJobQueue::deviceLogged, this,
            [this, devices](int i, const QString &line) { noteLog(devices[i], line); });
    connect(m_queue.get(), &DeviceJobQueue::deviceFinished, this, [this, devices, into](int i, const Status &s) {
        (*into)[size_t(devices[i])] = s;
        if (!s)
            noteLog(devices[i], s.error().message);
    });
    connect(m_queue.get(), &DeviceJobQueue::progressed, this, [this, fromPercent, toPercent](int p) {
        emit progressed(fromPercent + (toPercent - fromPercent) * p / 100);
    });
    // Continue outside the queue's own signal, so that the next step may replace it.
    connect(m_queue.get(), &DeviceJobQueue::finished, this, [this, then] {
        QMetaObject::invokeMethod(this, then, Qt::QueuedConnection);
    });
    m_queue->start();
}

void PushTransaction::start()
{
    if (m_phase != Phase::NotStarted)
        return;
    emit progressed(0);
    if (m_restoreOnly) {
        QList<int> all;
        for (int i = 0; i < size(); ++i)
            all.append(i);
        m_phase = Phase::Restoring;
        emit phaseChanged(tr("restoring %n device(s) to the configuration the job saved", nullptr, size()));
        runQueue(all, [](DeviceCommit &c) { return DeviceJobWork([&c](DeviceJobContext &x) { return c.restore(x); }); },
                 0, 100, [this] {
                     int failed = 0;
                     for (const auto &s : m_restoreStatus)
                         failed += (s && !s->ok()) ? 1 : 0;
                     if (failed == 0)
                         finish(PushJobRecord::Outcome::Succeeded,
                                tr("%n device(s) restored to the configuration the job saved", nullptr, size()));
                     else
                         finish(PushJobRecord::Outcome::Partial,
                                tr("%1 of %2 device(s) could not be restored; see their logs").arg(failed).arg(size()));
                 });
        return;
    }
    if (m_cancelRequested) {
        finish(PushJobRecord::Outcome::Cancelled, tr("cancelled before it started; nothing was sent"));
        return;
    }
    m_confirmTimer.start(m_options.confirmTimeoutMs);
    startApply();
}

void PushTransaction::startApply()
{
    m_phase = Phase::Applying;
    emit phaseChanged(tr("applying the change on %n device(s)", nullptr, size()));
    QList<int> all;
    for (int i = 0; i < size(); ++i)
        all.append(i);
    runQueue(all, [](DeviceCommit &c) { return DeviceJobWork([&c](DeviceJobContext &x) { return c.apply(x); }); }, 0,
             60, [this] {
                 QStringList failed;
                 for (int i = 0; i < size(); ++i) {
                     if (!m_applyStatus[size_t(i)] || !m_applyStatus[size_t(i)]->ok())
                         failed.append(change(i).name);
                 }
                 if (m_cancelRequested)
                     startRestore(m_failureReason.isEmpty() ? tr("cancelled") : m_failureReason);
                 else if (!failed.isEmpty())
                     startRestore(tr("the change failed on %1").arg(failed.join(QStringLiteral(", "))));
                 else
                     startBgpCheck();
             });
}

void PushTransaction::startBgpCheck()
{
    m_phase = Phase::CheckingBgp;
    QList<int> withPeers;
    for (int i = 0; i < size(); ++i) {
        if (!change(i).bgpPeers.isEmpty())
            withPeers.append(i);
    }
    if (withPeers.isEmpty()) {
        startConfirm(tr("%n device(s) changed and verified", nullptr, size()));
        return;
    }
    emit phaseChanged(tr("waiting for the BGP sessions of %n PE(s)", nullptr, int(withPeers.size())));
    const int timeout = m_options.bgpTimeoutMs;
    runQueue(
        withPeers,
        [timeout](DeviceCommit &c) {
            return DeviceJobWork([&c, timeout](DeviceJobContext &x) { return c.checkBgp(x, timeout); });
        },
        60, 85, [this] {
            QStringList failed;
            for (int i = 0; i < size(); ++i) {
                if (m_bgpStatus[size_t(i)] && !m_bgpStatus[size_t(i)]->ok())
                    failed.append(change(i).name);
            }
            if (m_cancelRequested)
                startRestore(m_failureReason.isEmpty() ? tr("cancelled") : m_failureReason);
            else if (!failed.isEmpty())
                startRestore(tr("the BGP sessions of %1 did not come up").arg(failed.join(QStringLiteral(", "))));
            else {
                int unchanged = 0;
                for (const auto &c : m_commits)
                    unchanged += c->unchanged() ? 1 : 0;
                startConfirm(unchanged == 0
                           ? tr("%n device(s) changed and verified, BGP sessions Established", nullptr, size())
                           : tr("%1 device(s) changed and verified, %2 already up to date, BGP sessions Established")
                                 .arg(size() - unchanged)
                                 .arg(unchanged));
            }
        });
}

void PushTransaction::startConfirm(const QString &summary)
{
    m_confirmTimer.stop();
    QList<int> awaiting;
    for (int i = 0; i < size(); ++i) {
        if (m_commits[size_t(i)]->awaitsConfirmation())
            awaiting.append(i);
    }
    if (awaiting.isEmpty()) {
        finish(PushJobRecord::Outcome::Succeeded, summary);
        return;
    }
    m_phase = Phase::Confirming;
    emit phaseChanged(tr("confirming the commit on %n device(s)", nullptr, int(awaiting.size())));
    runQueue(awaiting, [](DeviceCommit &c) { return DeviceJobWork([&c](DeviceJobContext &x) { return c.confirm(x); }); },
             85, 90, [this, summary] {
                 QStringList failed;
                 for (int i = 0; i < size(); ++i) {
                     if (m_confirmStatus[size_t(i)] && !m_confirmStatus[size_t(i)]->ok())
                         failed.append(change(i).name);
                 }
                 if (!failed.isEmpty())
                     startRestore(tr("the commit could not be confirmed on %1").arg(failed.join(QStringLiteral(", "))));
                 else if (m_cancelRequested)
                     startRestore(m_failureReason.isEmpty() ? tr("cancelled") : m_failureReason);
                 else
                     finish(PushJobRecord::Outcome::Succeeded, summary);
             });
}

void PushTransaction::startRestore(const QString &why)
{
    m_confirmTimer.stop();
    m_failureReason = why;
    const bool bestEffort = m_options.mode == PushJobRecord::Mode::BestEffort && !m_cancelRequested;
    QList<int> toRestore;
    for (int i = 0; i < size(); ++i) {
        if (!m_commits[size_t(i)]->touched())
            continue;
        const bool failedHere = (m_applyStatus[size_t(i)] && !m_applyStatus[size_t(i)]->ok()) ||
                                (m_bgpStatus[size_t(i)] && !m_bgpStatus[size_t(i)]->ok()) ||
                                (m_confirmStatus[size_t(i)] && !m_confirmStatus[size_t(i)]->ok()) ||
                                !m_applyStatus[size_t(i)];
        if (!bestEffort || failedHere)
            toRestore.append(i);
    }
    m_phase = Phase::Restoring;
    emit phaseChanged(tr("%1: restoring %n changed device(s)", nullptr, int(toRestore.size())).arg(why));
    runQueue(toRestore, [](DeviceCommit &c) { return DeviceJobWork([&c](DeviceJobContext &x) { return c.restore(x); }); },
             85, 100, [this, toRestore, bestEffort] {
                 QStringList notRestored;
                 for (int i : toRestore) {
                     if (!m_restoreStatus[size_t(i)] || !m_restoreStatus[size_t(i)]->ok())
                         notRestored.append(change(i).name);
                 }
                 int kept = 0;
                 for (int i = 0; i < size(); ++i)
                     kept += (m_commits[size_t(i)]->touched() && !toRestore.contains(i)) ? 1 : 0;
                 if (!notRestored.isEmpty())
                     finish(PushJobRecord::Outcome::Partial,
                            tr("%1; %2 could not be restored to its saved configuration (see its log)")
                                .arg(m_failureReason, notRestored.join(QStringLiteral(", "))));
                 else if (m_cancelRequested)
                     finish(PushJobRecord::Outcome::Cancelled,
                            tr("%1; %n changed device(s) restored, nothing is left changed", nullptr,
                               int(toRestore.size()))
                                .arg(m_failureReason));
                 else if (bestEffort && kept > 0)
                     finish(PushJobRecord::Outcome::Partial,
                            tr("%1; best effort: %2 device(s) keep the change, %3 restored")
                                .arg(m_failureReason)
                                .arg(kept)
                                .arg(toRestore.size()));
                 else
                     finish(PushJobRecord::Outcome::Failed,
                            tr("%1; %n changed device(s) restored, nothing is left changed", nullptr,
                               int(toRestore.size()))
                                .arg(m_failureReason));
             });
}

void PushTransaction::cancel()
{
    if (m_phase == Phase::Finished || m_phase == Phase::Restoring)
        return; // a restore runs to its end
    m_cancelRequested = true;
    if (m_phase == Phase::NotStarted)
        return; // start() finishes it as cancelled
    if (m_queue)
        m_queue->cancel();
}

void PushTransaction::onConfirmTimeout()
{
    if (m_phase != Phase::Applying && m_phase != Phase::CheckingBgp)
        return;
    m_failureReason = tr("the change was not verified within %1 s").arg(m_options.confirmTimeoutMs / 1000);
    m_cancelRequested = true;
    if (m_queue)
        m_queue->cancel();
}

void PushTransaction::finish(PushJobRecord::Outcome outcome, const QString &summary)
{
    m_phase = Phase::Finished;
    m_outcome = outcome;
    m_summary = summary;
    emit progressed(100);
    emit phaseChanged(summary);
    emit finished();
}

QList<PushJobRecord::DeviceRecord> PushTransaction::deviceRecords() const
{
    using O = PushJobRecord::DeviceRecord::Outcome;
    QList<PushJobRecord::DeviceRecord> records;
    for (int i = 0; i < size(); ++i) {
        const DeviceCommit &c = *m_commits[size_t(i)];
        const DeviceChange &d = c.change();
        PushJobRecord::DeviceRecord r;
        r.name = d.name;
        r.role = d.role;
        r.vendor = d.vendor;
        r.transport = Device::toString(d.transport);
        r.address = d.endpoint.host;
        r.port = d.endpoint.port;
        r.username = d.endpoint.username;
        r.credential = d.credentialName;
        r.auth = Device::toString(d.credentials.method == SshCredentials::Method::PublicKey ? Device::Auth::PublicKey
                                  : d.credentials.method == SshCredentials::Method::Agent  ? Device::Auth::Agent
                                                                                           : Device::Auth::Password);
        r.identityFile = d.credentials.identityFile;
        r.intendedConfig = d.intendedConfig;
        r.preConfig = c.preConfig();
        r.postConfig = c.postConfig();
        r.log = m_logs[size_t(i)].join(QLatin1Char('\n'));
        const auto &apply = m_applyStatus[size_t(i)];
        const auto &bgp = m_bgpStatus[size_t(i)];
        const auto &confirmed = m_confirmStatus[size_t(i)];
        const auto &restore = m_restoreStatus[size_t(i)];
        if (restore && c.touched())
            r.outcome = restore->ok() ? O::RolledBack : O::RollbackFailed;
        else if (apply && apply->ok() && (!bgp || bgp->ok()) && (!confirmed || confirmed->ok()))
            r.outcome = c.unchanged() ? O::Unchanged : O::Changed;
        else if (apply && !apply->ok() && apply->error().code == Error::Code::Cancelled && !c.touched()
                 && !bgp)
            r.outcome = O::Pending; // cancelled before anything was sent to it: not reached, not failed
        else if (apply || bgp)
            r.outcome = O::Failed;
        else
            r.outcome = O::Pending;
        for (const auto *s : {&apply, &bgp, &confirmed, &restore}) {
            if (*s && !(*s)->ok()) {
                r.error = (*s)->error().message;
                break;
            }
        }
        records.append(r);
    }
    return records;
}

} // namespace vpnwb
