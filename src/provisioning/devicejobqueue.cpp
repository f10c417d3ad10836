#include "devicejobqueue.h"

#include <algorithm>

namespace vpnwb {

DeviceJobQueue::DeviceJobQueue(QList<Entry> entries, int maxParallel, QObject *parent)
    : QObject(parent), m_entries(std::move(entries)), m_maxParallel(std::max(1, maxParallel))
{
    m_jobs.resize(m_entries.size());
    m_statuses.resize(m_entries.size());
}

DeviceJobQueue::~DeviceJobQueue()
{
    // Each job cancels and waits for its thread as it is destroyed.
    for (auto &job : m_jobs) {
        if (job)
            job->cancel();
    }
}

std::optional<Status> DeviceJobQueue::status(int index) const
{
    if (index < 0 || index >= size())
        return std::nullopt;
    return m_statuses[size_t(index)];
}

void DeviceJobQueue::start()
{
    if (m_started)
        return; // a queue runs once
    m_started = true;
    emit progressed(0);
    if (m_entries.isEmpty()) {
        emit progressed(100);
        emit finished();
        return;
    }
    if (m_cancelled) {
        cancel(); // cancelled before it started: every device finishes as cancelled
        return;
    }
    startMore();
}

void DeviceJobQueue::cancel()
{
    m_cancelled = true;
    for (auto &job : m_jobs) {
        if (job)
            job->cancel();
    }
    // Those not started yet never will be.
    while (m_started && m_next < size()) {
        const int index = m_next++;
        finish(index, Error{Error::Code::Cancelled,
                            QStringLiteral("%1: cancelled before it started; nothing was sent")
                                .arg(m_entries[index].deviceName)});
    }
}

void DeviceJobQueue::startMore()
{
    while (!m_cancelled && m_running < m_maxParallel && m_next < size()) {
        const int index = m_next++;
        auto job = std::make_unique<DeviceJob>(m_entries[index].deviceName, m_entries[index].work);
        connect(job.get(), &DeviceJob::logged, this,
                [this, index](const QString &line) { emit deviceLogged(index, line); });
        connect(job.get(), &DeviceJob::finished, this, [this, index](const Status &s) {
            --m_running;
            finish(index, s);
            startMore();
        });
        ++m_running;
        m_jobs[size_t(index)] = std::move(job);
        emit deviceStarted(index);
        m_jobs[size_t(index)]->start();
    }
}

void DeviceJobQueue::finish(int index, const Status &status)
{
    m_statuses[size_t(index)] = status;
    ++m_finished;
    emit deviceFinished(index, status);
    emit progressed(m_finished * 100 / size());
    if (isFinished())
        emit finished();
}

} // namespace vpnwb
