#include "devicejob.h"

#include "devicejobworker.h"

#include <QThread>

namespace vpnwb {

DeviceJob::DeviceJob(QString deviceName, DeviceJobWork work, QObject *parent)
    : QObject(parent), m_deviceName(std::move(deviceName)), m_work(std::move(work))
{
    qRegisterMetaType<vpnwb::Status>();
}

DeviceJob::~DeviceJob()
{
    if (!m_thread)
        return;
    m_stop.request_stop();
    m_thread->quit();
    m_thread->wait();
}

bool DeviceJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DeviceJob::start()
{
    if (m_thread)
        return; // a job runs once
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("job:") + m_deviceName);
    auto *worker = new DeviceJobWorker(m_deviceName, m_work, m_stop.get_token());
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &DeviceJobWorker::logged, this, &DeviceJob::logged);
    connect(worker, &DeviceJobWorker::progressed, this, &DeviceJob::progressed);
    connect(worker, &DeviceJobWorker::finished, this, &DeviceJob::finished);
    m_thread->start();
    QMetaObject::invokeMethod(worker, &DeviceJobWorker::run, Qt::QueuedConnection);
}

void DeviceJob::cancel()
{
    m_stop.request_stop();
}

} // namespace vpnwb
