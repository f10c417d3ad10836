#include "devicejobworker.h"

#include <QThread>

namespace vpnwb {

DeviceJobWorker::DeviceJobWorker(QString deviceName, DeviceJobWork work, std::stop_token stop)
    : m_deviceName(std::move(deviceName)), m_work(std::move(work)), m_stop(std::move(stop))
{}

void DeviceJobWorker::run()
{
    DeviceJobContext context(
        m_deviceName, m_stop, [this](const QString &line) { emit logged(line); },
        [this](int percent) { emit progressed(percent); });
    Status status;
    if (m_stop.stop_requested())
        status = Error{Error::Code::Cancelled, QStringLiteral("the job on %1 was cancelled before it started").arg(m_deviceName)};
    else
        status = m_work(context);
    if (status)
        emit progressed(100);
    emit finished(status);
    QThread::currentThread()->quit();
}

} // namespace vpnwb
