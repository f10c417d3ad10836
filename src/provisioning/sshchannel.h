#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <stop_token>

struct ssh_channel_struct;

namespace vpnwb {

class SshSession;

// A channel of an SshSession: a shell or a subsystem. Reads wait in short
// slices, so that a stop request is seen within a fraction of a second and
// keepalives go out while the device is silent. It must not outlive its
// session and, like it, is used by one thread at a time.
class SshChannel
{
public:
    ~SshChannel();
    SshChannel(const SshChannel &) = delete;
    SshChannel &operator=(const SshChannel &) = delete;

    Status write(const QByteArray &bytes, std::stop_token stop = {});
    // What arrives next (never empty on success). Waits up to `timeoutMs`, or
    // the endpoint's read timeout when negative; the device closing the
    // channel is an error that quotes what it wrote to stderr.
    Result<QByteArray> read(std::stop_token stop = {}, int timeoutMs = -1);

    // "the CLI of pe1 (127.0.0.1:2201)", for messages.
    QString describe() const;
    SshSession &session() { return m_session; }

private:
    friend class SshSession;
    struct Deleter
    {
        void operator()(ssh_channel_struct *channel) const;
    };
    SshChannel(SshSession &session, ssh_channel_struct *channel, QString purpose);

    void drainStderr();

    SshSession &m_session;
    std::unique_ptr<ssh_channel_struct, Deleter> m_channel;
    QString m_purpose;
    QByteArray m_stderr;
};

} // namespace vpnwb
