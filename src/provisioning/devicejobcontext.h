#pragma once

#include "result.h"

#include <QString>

#include <functional>
#include <stop_token>

namespace vpnwb {

class DeviceJobContext;

// The work of a DeviceJob: runs on the job's worker thread, where it may
// block on the network; it reports through the context and sees cancel
// requests through the context's stop token.
using DeviceJobWork = std::function<Status(DeviceJobContext &context)>;

// What a job's work gets: the device it works on, a stop token, and the way
// to report progress and per-device log lines (sent to the GUI as queued signals).
class DeviceJobContext
{
public:
    DeviceJobContext(QString deviceName, std::stop_token stop, std::function<void(const QString &)> log,
                     std::function<void(int)> progress)
        : m_deviceName(std::move(deviceName)), m_stop(std::move(stop)), m_log(std::move(log)),
          m_progress(std::move(progress))
    {}

    const QString &deviceName() const { return m_deviceName; }
    std::stop_token stopToken() const { return m_stop; }
    bool cancelled() const { return m_stop.stop_requested(); }
    void log(const QString &line) const { m_log(line); }
    void setProgress(int percent) const { m_progress(percent); }

    // The same device, log and progress without the stop token: for work
    // that must run to its end once begun (a restore, a confirmation).
    DeviceJobContext uncancellable() const { return DeviceJobContext(m_deviceName, std::stop_token(), m_log, m_progress); }

private:
    QString m_deviceName;
    std::stop_token m_stop;
    std::function<void(const QString &)> m_log;
    std::function<void(int)> m_progress;
};

} // namespace vpnwb
