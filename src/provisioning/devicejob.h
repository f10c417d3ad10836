#pragma once

#include "devicejobcontext.h"
#include "result.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <stop_token>

class QThread;

namespace vpnwb {

class DeviceJobWorker;

// Long work on one device as a job, for the GUI: start() runs the work on a
// thread of its own (where it may block on SSH or NETCONF), progress and log
// lines arrive as queued signals, finished() carries the outcome, and
// cancel() asks the work to stop (it sees the request within a fraction of a
// second, except inside a connection attempt, which its timeout bounds).
// The job object itself lives on the thread that created it.
class DeviceJob : public QObject
{
    Q_OBJECT
public:
    DeviceJob(QString deviceName, DeviceJobWork work, QObject *parent = nullptr);
    // Cancels a running job and waits for its thread.
    ~DeviceJob() override;

    QString deviceName() const { return m_deviceName; }
    bool isRunning() const;

    void start();
    void cancel();

signals:
    void logged(const QString &line);
    void progressed(int percent);
    void finished(const vpnwb::Status &status);

private:
    QString m_deviceName;
    DeviceJobWork m_work;
    std::stop_source m_stop;
    QThread *m_thread = nullptr;
};

} // namespace vpnwb

Q_DECLARE_METATYPE(vpnwb::Status)
