#pragma once

#include "devicejobcontext.h"
#include "result.h"

#include <QObject>
#include <QString>

#include <stop_token>

namespace vpnwb {

// Runs a DeviceJob's work on the job's thread and reports through signals,
// which reach the job (on the GUI thread) queued.
class DeviceJobWorker : public QObject
{
    Q_OBJECT
public:
    DeviceJobWorker(QString deviceName, DeviceJobWork work, std::stop_token stop);

public slots:
    void run();

signals:
    void logged(const QString &line);
    void progressed(int percent);
    void finished(const vpnwb::Status &status);

private:
    QString m_deviceName;
    DeviceJobWork m_work;
    std::stop_token m_stop;
};

} // namespace vpnwb
