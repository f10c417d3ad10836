#include "sshsession.h"

#include "exclusiveuse.h"
#include "sshchannel.h"
#include "ssherror.h"

#include <libssh/libssh.h>
#include <libssh/server.h> // ssh_send_keepalive, which clients use too

#include <QFileInfo>

namespace vpnwb {
namespace {

// The terminal a CLI session gets: wide, so that no command line wraps, and
// "dumb", so that the device sends no colours or cursor movements.
constexpr int kPtyColumns = 511;
constexpr int kPtyRows = 200;

struct KeyDeleter
{
    void operator()(ssh_key_struct *key) const { ssh_key_free(key); }
};
using KeyPtr = std::unique_ptr<ssh_key_struct, KeyDeleter>;

QString fingerprintOf(ssh_key_struct *key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    ssh_clean_pubkey_hash(&hash);
    const QString out = QString::fromLatin1(text);
    ssh_string_free_char(text);
    return out;
}

} // namespace

void SshSession::Deleter::operator()(ssh_session_struct *session) const
{
    if (ssh_is_connected(session))
        ssh_disconnect(session);
    ssh_free(session);
}

SshSession::SshSession(SshEndpoint endpoint) : m_endpoint(std::move(endpoint))
{
    m_lastTraffic.start();
}

SshSession::~SshSession() = default;

bool SshSession::isConnected() const
{
    return m_connected && m_session && ssh_is_connected(m_session.get());
}

void SshSession::disconnect()
{
    m_session.reset();
    m_connected = false;
}

Error SshSession::inUseError() const
{
    return Error{Error::Code::Internal,
                 QStringLiteral("the SSH session of %1 is already in use by another thread; a session "
                                "belongs to one worker at a time")
                     .arg(m_endpoint.describe())};
}

Status SshSession::connect(const SshCredentials &credentials, std::stop_token stop)
{
    const ExclusiveUse use(m_inUse);
    if (!use.acquired())
        return inUseError();
    disconnect();
    m_hostKey = HostKeyCheck();
    const QString where = m_endpoint.describe();
    if (m_endpoint.knownHostsFile.isEmpty())
        return Error::invalidInput(
            QStringLiteral("no known_hosts file is set for %1: host keys cannot be verified").arg(where));

    m_session.reset(ssh_new());
    if (!m_session)
        return Error{Error::Code::Internal, QStringLiteral("libssh cannot create a session for %1").arg(where)};
    ssh_session_struct *s = m_session.get();
    const QByteArray host = m_endpoint.host.toUtf8();
    const QByteArray user = m_endpoint.username.toUtf8();
    const QByteArray knownHosts = QFile::encodeName(m_endpoint.knownHostsFile);
    const unsigned int port = static_cast<unsigned int>(m_endpoint.port);
    const long timeoutS = m_endpoint.connectTimeoutMs / 1000;
    const long timeoutUs = (m_endpoint.connectTimeoutMs % 1000) * 1000L;
    const int noDelay = 1;
    const int verbosity = SSH_LOG_NOLOG;
    const bool processConfig = false; // ~/.ssh/config must not change what the workbench connects to
    // Only the endpoint's known_hosts file vouches for keys, not the system-wide one.
    const char *noGlobalKnownHosts = "/dev/null";
    if (ssh_options_set(s, SSH_OPTIONS_HOST, host.constData()) < 0 ||
        ssh_options_set(s, SSH_OPTIONS_PORT, &port) < 0 || ssh_options_set(s, SSH_OPTIONS_USER, user.constData()) < 0 ||
        ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData()) < 0 ||
        ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, noGlobalKnownHosts) < 0 ||
        ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &processConfig) < 0 ||
        ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeoutS) < 0 ||
        ssh_options_set(s, SSH_OPTIONS_TIMEOUT_USEC, &timeoutUs) < 0 ||
        ssh_options_set(s, SSH_OPTIONS_NODELAY, &noDelay) < 0 ||
        ssh_options_set(s, SSH_OPTIONS_LOG_VERBOSITY, &verbosity) < 0)
        return sshError(s, QStringLiteral("cannot set up the SSH session for %1").arg(where));
    if (credentials.method == SshCredentials::Method::Agent && !credentials.agentSocket.isEmpty()) {
        const QByteArray agent = QFile::encodeName(credentials.agentSocket);
        if (ssh_options_set(s, SSH_OPTIONS_IDENTITY_AGENT, agent.constData()) < 0)
            return sshError(s, QStringLiteral("cannot use the ssh-agent for %1").arg(where));
    }

    if (stop.stop_requested())
        return Error{Error::Code::Cancelled, QStringLiteral("connecting to %1 was cancelled").arg(where)};
    if (ssh_connect(s) != SSH_OK) {
        const Error e = sshError(s, QStringLiteral("cannot connect to %1").arg(where));
        disconnect();
        return e;
    }
    noteTraffic();
    if (const Status checked = checkHostKey(); !checked) {
        disconnect(); // nothing was sent: the refusal comes before authentication
        return checked;
    }
    if (stop.stop_requested()) {
        disconnect();
        return Error{Error::Code::Cancelled, QStringLiteral("connecting to %1 was cancelled").arg(where)};
    }
    if (const Status authenticated = authenticate(credentials); !authenticated) {
        disconnect();
        return authenticated;
    }
    // From now on the timeout bounds each blocking call (channel requests).
    const long readS = m_endpoint.readTimeoutMs / 1000;
    const long readUs = (m_endpoint.readTimeoutMs % 1000) * 1000L;
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &readS);
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT_USEC, &readUs);
    m_connected = true;
    noteTraffic();
    return Status::success();
}

Status SshSession::checkHostKey()
{
    ssh_session_struct *s = m_session.get();
    const QString where = m_endpoint.describe();
    ssh_key_struct *rawKey = nullptr;
    if (ssh_get_server_publickey(s, &rawKey) != SSH_OK)
        return sshError(s, QStringLiteral("%1 sent no host key").arg(where));
    const KeyPtr key(rawKey);
    m_hostKey.keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));
    m_hostKey.fingerprintSha256 = fingerprintOf(key.get());
    const QString offered = QStringLiteral("%1 %2").arg(m_hostKey.keyType, m_hostKey.fingerprintSha256);
    const QString file = m_endpoint.knownHostsFile;

    switch (ssh_session_is_known_server(s)) {
    case SSH_KNOWN_HOSTS_OK:
        m_hostKey.verdict = HostKeyCheck::Verdict::Trusted;
        return Status::success();
    case SSH_KNOWN_HOSTS_CHANGED:
        m_hostKey.verdict = HostKeyCheck::Verdict::Changed;
        return Error::conflict(
            QStringLiteral("refused %1: its host key has CHANGED. It offered %2, but %3 records another %4 "
                           "key for it. Someone may be intercepting the connection; nothing was sent. If the "
                           "device's key was replaced on purpose, confirm the new fingerprint with its "
                           "administrator and replace its line in %3.")
                .arg(where, offered, file, m_hostKey.keyType));
    case SSH_KNOWN_HOSTS_OTHER:
        m_hostKey.verdict = HostKeyCheck::Verdict::OtherType;
        return Error::conflict(
            QStringLiteral("refused %1: it offered a host key of another type (%2) than %3 records for it. "
                           "Someone may be intercepting the connection; nothing was sent. Confirm the key with "
                           "the device's administrator before changing %3.")
                .arg(where, offered, file));
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        if (m_endpoint.hostKeyPolicy == SshEndpoint::HostKeyPolicy::AcceptNew) {
            if (ssh_session_update_known_hosts(s) != SSH_OK)
                return sshError(s, QStringLiteral("cannot record the host key of %1 in %2").arg(where, file));
            m_hostKey.verdict = HostKeyCheck::Verdict::AcceptedNew;
            return Status::success();
        }
        m_hostKey.verdict = HostKeyCheck::Verdict::Unknown;
        return Error::notFound(
            QStringLiteral("the host key of %1 is not known: it offered %2, which %3 does not hold. Compare "
                           "this fingerprint with the one the device's administrator gives you, then accept "
                           "the key (vpnwb: --accept-new-host-keys) to record it; nothing was sent.")
                .arg(where, offered, file));
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    return sshError(s, QStringLiteral("cannot check the host key of %1 against %2").arg(where, file));
}

Status SshSession::authenticate(const SshCredentials &credentials)
{
    ssh_session_struct *s = m_session.get();
    const QString where = m_endpoint.describe();
    const QString who = QStringLiteral("user '%1' on %2").arg(m_endpoint.username, where);
    int rc = SSH_AUTH_ERROR;
    switch (credentials.method) {
    case SshCredentials::Method::Password:
        if (credentials.password.isEmpty())
            return Error::invalidInput(QStringLiteral("no password for %1 (%2 is empty)").arg(who, credentials.origin));
        rc = ssh_userauth_password(s, nullptr, credentials.password.constData());
        break;
    case SshCredentials::Method::PublicKey: {
        if (!QFileInfo(credentials.identityFile).isReadable())
            return Error::notFound(QStringLiteral("cannot read the key file '%1' for %2")
                                       .arg(credentials.identityFile, who));
        ssh_key_struct *rawKey = nullptr;
        const QByteArray path = QFile::encodeName(credentials.identityFile);
        const char *passphrase =
            credentials.identityPassphrase.isEmpty() ? nullptr : credentials.identityPassphrase.constData();
        if (ssh_pki_import_privkey_file(path.constData(), passphrase, nullptr, nullptr, &rawKey) != SSH_OK)
            return Error::invalidInput(
                QStringLiteral("the key file '%1' for %2 is not a private key libssh reads (ed25519, RSA, "
                               "ECDSA), or %3")
                    .arg(credentials.identityFile, who,
                         passphrase ? QStringLiteral("its passphrase is wrong")
                                    : QStringLiteral("it is protected by a passphrase: name the vault secret that "
                                                     "holds it as the device's credential")));
        const KeyPtr key(rawKey);
        rc = ssh_userauth_publickey(s, nullptr, key.get());
        break;
    }
    case SshCredentials::Method::Agent:
        if (credentials.agentSocket.isEmpty() && qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
            return Error::notFound(QStringLiteral("no ssh-agent to log in %1 with: SSH_AUTH_SOCK is not set (start "
                                                  "an agent and add the key with ssh-add)")
                                       .arg(who));
        rc = ssh_userauth_agent(s, nullptr);
        break;
    }
    switch (rc) {
    case SSH_AUTH_SUCCESS:
        return Status::success();
    case SSH_AUTH_DENIED:
        return Error::invalidInput(
            QStringLiteral("%1 refused the login of user '%2' with %3: authentication failed. %4")
                .arg(where, m_endpoint.username, credentials.origin,
                     credentials.method == SshCredentials::Method::Agent
                         ? QStringLiteral("Check that the agent holds a key the device accepts (ssh-add -l) and "
                                          "the user name.")
                     : credentials.method == SshCredentials::Method::PublicKey
                         ? QStringLiteral("Check that the device authorises this key for the user.")
                         : QStringLiteral("Check the credential and the user name.")));
    case SSH_AUTH_PARTIAL:
        return Error::invalidInput(
            QStringLiteral("%1 asks user '%2' for a further authentication method after %3; the workbench "
                           "logs in with one method only")
                .arg(where, m_endpoint.username, credentials.origin));
    default:
        return sshError(s, QStringLiteral("cannot log in %1 with %2").arg(who, credentials.origin));
    }
}

void SshSession::keepAliveIfIdle()
{
    if (m_endpoint.keepaliveIntervalMs <= 0 || !m_session || m_lastTraffic.elapsed() < m_endpoint.keepaliveIntervalMs)
        return;
    // keepalive@openssh.com with want-reply: the server must answer, so a dead
    // peer turns into a read error instead of endless silence.
    ssh_send_keepalive(m_session.get());
    noteTraffic();
}

Result<std::unique_ptr<SshChannel>> SshSession::openShell(std::stop_token stop)
{
    const ExclusiveUse use(m_inUse);
    if (!use.acquired())
        return inUseError();
    const QString purpose = QStringLiteral("the CLI of %1").arg(m_endpoint.describe());
    if (!isConnected())
        return Error::io(QStringLiteral("cannot open %1: not connected").arg(purpose));
    if (stop.stop_requested())
        return Error{Error::Code::Cancelled, QStringLiteral("opening %1 was cancelled").arg(purpose)};
    ssh_session_struct *s = m_session.get();
    ssh_channel_struct *raw = ssh_channel_new(s);
    if (!raw)
        return sshError(s, QStringLiteral("cannot open %1").arg(purpose));
    std::unique_ptr<SshChannel> channel(new SshChannel(*this, raw, purpose));
    if (ssh_channel_open_session(raw) != SSH_OK ||
        ssh_channel_request_pty_size(raw, "dumb", kPtyColumns, kPtyRows) != SSH_OK ||
        ssh_channel_request_shell(raw) != SSH_OK)
        return sshError(s, QStringLiteral("cannot open %1").arg(purpose));
    noteTraffic();
    return channel;
}

Result<std::unique_ptr<SshChannel>> SshSession::openSubsystem(const QString &name, std::stop_token stop)
{
    const ExclusiveUse use(m_inUse);
    if (!use.acquired())
        return inUseError();
    const QString purpose = QStringLiteral("the %1 subsystem of %2").arg(name, m_endpoint.describe());
    if (!isConnected())
        return Error::io(QStringLiteral("cannot open %1: not connected").arg(purpose));
    if (stop.stop_requested())
        return Error{Error::Code::Cancelled, QStringLiteral("opening %1 was cancelled").arg(purpose)};
    ssh_session_struct *s = m_session.get();
    ssh_channel_struct *raw = ssh_channel_new(s);
    if (!raw)
        return sshError(s, QStringLiteral("cannot open %1").arg(purpose));
    std::unique_ptr<SshChannel> channel(new SshChannel(*this, raw, purpose));
    const QByteArray subsystem = name.toUtf8();
    if (ssh_channel_open_session(raw) != SSH_OK || ssh_channel_request_subsystem(raw, subsystem.constData()) != SSH_OK)
        return sshError(s, QStringLiteral("cannot open %1").arg(purpose));
    noteTraffic();
    return channel;
}

} // namespace vpnwb
