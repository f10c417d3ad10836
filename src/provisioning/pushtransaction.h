#pragma once

#include "devicecommit.h"
#include "pushjobrecord.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

namespace vpnwb {

class DeviceJobQueue;

// A push to many devices as one transaction, as a job for the GUI and the
// CLI (start, progress, per-device log and state, result, cancel):
//  1. apply the change set on every device, at most `parallel` at once, in
//     plan order (PEs before CEs), saving each device's running
//     configuration first and checking the running configuration afterwards;
//  2. wait until the PEs' VPNv4 sessions to each other are Established;
//  3. confirm the confirmed commits of the devices reached over NETCONF
//     (each restores itself if that confirmation never comes);
//  4. on any failure, on cancel, or when the whole change is not verified
//     within the confirm time, restore every device that was changed to its
//     saved configuration (all-or-nothing, the default), or only the devices
//     that failed (best effort).
// The confirm timer is the engine's own timed restore: FRR has no commit
// confirmed, so the engine holds the change until verification passes and
// restores it when the time runs out.
//
// A transaction made with restoring() is the rollback of a past job: it only
// restores each device to the configuration that job saved.
class PushTransaction : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        PushJobRecord::Mode mode = PushJobRecord::Mode::AllOrNothing;
        int parallel = 4;
        int confirmTimeoutMs = 300'000; // the change must be verified within this time, or it is restored
        int bgpTimeoutMs = 120'000;     // how long to wait for the VPNv4 sessions
    };

    PushTransaction(QList<DeviceChange> changes, Options options, QObject *parent = nullptr);
    static std::unique_ptr<PushTransaction> restoring(QList<DeviceChange> devices, QStringList savedConfigs,
                                                      Options options, QObject *parent = nullptr);
    ~PushTransaction() override;

    int size() const { return int(m_commits.size()); }
    const DeviceChange &change(int index) const { return m_commits[size_t(index)]->change(); }
    DeviceCommit::State state(int index) const { return m_commits[size_t(index)]->state(); }
    QStringList log(int index) const { return m_logs[size_t(index)]; }
    bool isFinished() const { return m_phase == Phase::Finished; }
    bool isRestoring() const { return m_restoreOnly; }

    // After finished(): the outcome, one line for a person, and per device
    // what a PushJobRecord keeps (configurations as read, not yet masked).
    PushJobRecord::Outcome outcome() const { return m_outcome; }
    QString summary() const { return m_summary; }
    QList<PushJobRecord::DeviceRecord> deviceRecords() const;

    void start();
    // Stops the push; every device already changed is restored (a restore
    // that has begun runs to its end).
    void cancel();

signals:
    void deviceStateChanged(int index, int state); // a DeviceCommit::State
    void deviceLogged(int index, const QString &line);
    void phaseChanged(const QString &description);
    void progressed(int percent);
    void finished();

private:
    enum class Phase { NotStarted, Applying, CheckingBgp, Confirming, Restoring, Finished };

    void startApply();
    void startBgpCheck();
    void startConfirm(const QString &summary);
    void startRestore(const QString &why);
    void finish(PushJobRecord::Outcome outcome, const QString &summary);
    // One log and one outcome per step for each device of m_commits.
    void sizeRecords();
    void runQueue(QList<int> devices, const std::function<DeviceJobWork(DeviceCommit &)> &work, int fromPercent,
                  int toPercent, std::function<void()> then);
    void onConfirmTimeout();
    void noteLog(int index, const QString &line);

    std::vector<std::unique_ptr<DeviceCommit>> m_commits;
    std::vector<QStringList> m_logs;
    std::vector<std::optional<Status>> m_applyStatus;
    std::vector<std::optional<Status>> m_bgpStatus;
    std::vector<std::optional<Status>> m_confirmStatus;
    std::vector<std::optional<Status>> m_restoreStatus;
    Options m_options;
    bool m_restoreOnly = false;
    Phase m_phase = Phase::NotStarted;
    bool m_cancelRequested = false;
    QString m_failureReason;
    std::unique_ptr<DeviceJobQueue> m_queue;
    QTimer m_confirmTimer;
    PushJobRecord::Outcome m_outcome = PushJobRecord::Outcome::Running;
    QString m_summary;
};

} // namespace vpnwb
