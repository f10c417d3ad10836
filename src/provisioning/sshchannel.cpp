#include "sshchannel.h"

#include "exclusiveuse.h"
#include "sshsession.h"
#include "ssherror.h"

#include <libssh/libssh.h>

#include <QElapsedTimer>

#include <algorithm>

namespace vpnwb {
namespace {

// How long one wait for data lasts, so that stop requests and keepalives are timely.
constexpr int kSliceMs = 100;
constexpr int kReadChunk = 16 * 1024;

} // namespace

void SshChannel::Deleter::operator()(ssh_channel_struct *channel) const
{
    if (ssh_channel_is_open(channel))
        ssh_channel_close(channel);
    ssh_channel_free(channel);
}

SshChannel::SshChannel(SshSession &session, ssh_channel_struct *channel, QString purpose)
    : m_session(session), m_channel(channel), m_purpose(std::move(purpose))
{}

SshChannel::~SshChannel() = default;

QString SshChannel::describe() const
{
    return m_purpose;
}

Status SshChannel::write(const QByteArray &bytes, std::stop_token stop)
{
    const ExclusiveUse use(m_session.m_inUse);
    if (!use.acquired())
        return m_session.inUseError();
    qsizetype done = 0;
    while (done < bytes.size()) {
        if (stop.stop_requested())
            return Error{Error::Code::Cancelled, QStringLiteral("writing to %1 was cancelled").arg(m_purpose)};
        const auto chunk = static_cast<uint32_t>(std::min<qsizetype>(bytes.size() - done, kReadChunk));
        const int n = ssh_channel_write(m_channel.get(), bytes.constData() + done, chunk);
        if (n == SSH_ERROR)
            return sshError(m_session.m_session.get(), QStringLiteral("cannot write to %1").arg(m_purpose));
        done += n;
        m_session.noteTraffic();
    }
    return Status::success();
}

void SshChannel::drainStderr()
{
    char buffer[1024];
    for (;;) {
        const int n = ssh_channel_read_nonblocking(m_channel.get(), buffer, sizeof buffer, 1);
        if (n <= 0)
            return;
        // Kept only to explain a closed channel; bounded.
        if (m_stderr.size() < 4096)
            m_stderr.append(buffer, n);
    }
}

Result<QByteArray> SshChannel::read(std::stop_token stop, int timeoutMs)
{
    const ExclusiveUse use(m_session.m_inUse);
    if (!use.acquired())
        return m_session.inUseError();
    const int limitMs = timeoutMs >= 0 ? timeoutMs : m_session.endpoint().readTimeoutMs;
    QElapsedTimer waited;
    waited.start();
    QByteArray buffer(kReadChunk, Qt::Uninitialized);
    for (;;) {
        const int n = ssh_channel_read_timeout(m_channel.get(), buffer.data(), kReadChunk, 0, kSliceMs);
        if (n == SSH_ERROR)
            return sshError(m_session.m_session.get(), QStringLiteral("cannot read from %1").arg(m_purpose));
        if (n > 0) {
            m_session.noteTraffic();
            buffer.truncate(n);
            return buffer;
        }
        drainStderr();
        if (ssh_channel_is_eof(m_channel.get()) || !ssh_channel_is_open(m_channel.get())) {
            const QString said = QString::fromUtf8(m_stderr).trimmed();
            return Error::io(said.isEmpty()
                                 ? QStringLiteral("%1 closed the channel").arg(m_purpose)
                                 : QStringLiteral("%1 closed the channel, saying: %2").arg(m_purpose, said));
        }
        if (stop.stop_requested())
            return Error{Error::Code::Cancelled, QStringLiteral("reading from %1 was cancelled").arg(m_purpose)};
        if (waited.elapsed() >= limitMs)
            return Error::io(QStringLiteral("%1 sent nothing for %2 s").arg(m_purpose).arg(limitMs / 1000.0));
        m_session.keepAliveIfIdle();
    }
}

} // namespace vpnwb
