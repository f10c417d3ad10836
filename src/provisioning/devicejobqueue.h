#pragma once

#include "devicejob.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace vpnwb {

// Work on many devices as one job: DeviceJobs started in the given order
// (a plan puts PEs before CEs), at most maxParallel at once; each device's
// log and outcome arrive as queued signals, and the whole job's progress is
// the share of devices finished. cancel() stops the running jobs and starts
// no other; those never started finish as cancelled.
class DeviceJobQueue : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString deviceName;
        DeviceJobWork work;
    };

    DeviceJobQueue(QList<Entry> entries, int maxParallel, QObject *parent = nullptr);
    // Cancels what still runs and waits for it.
    ~DeviceJobQueue() override;

    int size() const { return int(m_entries.size()); }
    int maxParallel() const { return m_maxParallel; }
    bool isFinished() const { return m_finished == size(); }
    // The outcome of entry `index`, once it has finished.
    std::optional<Status> status(int index) const;

    void start();
    void cancel();

signals:
    void deviceStarted(int index);
    void deviceLogged(int index, const QString &line);
    void deviceFinished(int index, const vpnwb::Status &status);
    void progressed(int percent);
    void finished();

private:
    void startMore();
    void finish(int index, const Status &status);

    QList<Entry> m_entries;
    int m_maxParallel = 1;
    std::vector<std::unique_ptr<DeviceJob>> m_jobs;
    std::vector<std::optional<Status>> m_statuses;
    int m_next = 0;
    int m_running = 0;
    int m_finished = 0;
    bool m_started = false;
    bool m_cancelled = false;
};

} // namespace vpnwb
