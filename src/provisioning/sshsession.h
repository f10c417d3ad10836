#pragma once

#include "hostkeycheck.h"
#include "result.h"
#include "sshcredentials.h"
#include "sshendpoint.h"

#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <memory>
#include <stop_token>

struct ssh_session_struct;

namespace vpnwb {

class SshChannel;

// One SSH connection to a device over libssh. It verifies the server's host
// key against the endpoint's known_hosts file before anything else is sent:
// an unknown key is refused with its SHA-256 fingerprint unless the endpoint
// accepts new keys (then it is recorded), and a changed key or a key of
// another type is always refused. Blocking: use it on a worker thread, never
// the GUI thread; one thread at a time (a second concurrent use is refused).
class SshSession
{
public:
    explicit SshSession(SshEndpoint endpoint);
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connects (within the endpoint's connect timeout), checks the host key,
    // then authenticates with `credentials`.
    Status connect(const SshCredentials &credentials, std::stop_token stop = {});
    bool isConnected() const;
    void disconnect();

    const SshEndpoint &endpoint() const { return m_endpoint; }
    // What the host-key check found; filled as soon as the server's key is
    // known, also when the check refused it.
    const HostKeyCheck &hostKey() const { return m_hostKey; }

    // An interactive shell on a pseudo-terminal, as a device CLI needs it.
    Result<std::unique_ptr<SshChannel>> openShell(std::stop_token stop = {});
    // A subsystem such as "netconf".
    Result<std::unique_ptr<SshChannel>> openSubsystem(const QString &name, std::stop_token stop = {});

private:
    friend class SshChannel;
    struct Deleter
    {
        void operator()(ssh_session_struct *session) const;
    };

    Status checkHostKey();
    Status authenticate(const SshCredentials &credentials);
    Error inUseError() const;
    // Sends a keepalive when nothing went over the connection for the endpoint's interval.
    void keepAliveIfIdle();
    void noteTraffic() { m_lastTraffic.restart(); }

    SshEndpoint m_endpoint;
    std::unique_ptr<ssh_session_struct, Deleter> m_session;
    HostKeyCheck m_hostKey;
    bool m_connected = false;
    QElapsedTimer m_lastTraffic;
    std::atomic<bool> m_inUse{false};
};

} // namespace vpnwb
