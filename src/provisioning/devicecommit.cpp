#include "devicecommit.h"

#include "clisession.h"
#include "devicecommitconnection.h"
#include "clivendorprofile.h"
#include "configredaction.h"
#include "configrestore.h"
#include "configverification.h"
#include "netconfsession.h"
#include "sshsession.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QThread>

namespace vpnwb {

namespace {

QStringList configurationLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    return lines;
}

// Groups that name a masked secret cannot be sent: the secret is not known.
bool namesMaskedSecret(const ConfigRestore::Group &group)
{
    for (const QString &line : group) {
        if (ConfigRedaction::isRedacted(line))
            return true;
    }
    return false;
}

} // namespace

QString DeviceCommit::toString(State state)
{
    switch (state) {
    case State::Queued: return QStringLiteral("queued");
    case State::Connecting: return QStringLiteral("connecting");
    case State::Reading: return QStringLiteral("diffing");
    case State::Pushing: return QStringLiteral("pushing");
    case State::Verifying: return QStringLiteral("verifying");
    case State::Done: return QStringLiteral("done");
    case State::Failed: return QStringLiteral("failed");
    case State::RollingBack: return QStringLiteral("rolling back");
    case State::RolledBack: return QStringLiteral("rolled back");
    case State::RollbackFailed: return QStringLiteral("rollback failed");
    }
    return {};
}

DeviceCommit::DeviceCommit(DeviceChange change) : m_change(std::move(change)) {}

DeviceCommit::DeviceCommit(DeviceChange change, QString savedConfig)
    : m_change(std::move(change)), m_touched(true), m_restoreOnly(true), m_pre(std::move(savedConfig))
{}

bool DeviceCommit::touched() const
{
    const QMutexLocker lock(&m_mutex);
    return m_touched;
}

bool DeviceCommit::awaitsConfirmation() const
{
    const QMutexLocker lock(&m_mutex);
    return m_awaitingConfirm;
}

bool DeviceCommit::unchanged() const
{
    const QMutexLocker lock(&m_mutex);
    return m_unchanged;
}

QString DeviceCommit::preConfig() const
{
    const QMutexLocker lock(&m_mutex);
    return m_pre;
}

QString DeviceCommit::postConfig() const
{
    const QMutexLocker lock(&m_mutex);
    return m_post;
}

DeviceCommit::State DeviceCommit::state() const
{
    const QMutexLocker lock(&m_mutex);
    return m_state;
}

void DeviceCommit::enter(State state)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_state = state;
    }
    if (m_stateSink)
        m_stateSink(state);
}

Error DeviceCommit::cancelled(const QString &what) const
{
    return Error{Error::Code::Cancelled, QStringLiteral("%1: cancelled %2").arg(m_change.endpoint.describe(), what)};
}

Result<std::unique_ptr<DeviceCommit::Connection>> DeviceCommit::connect(DeviceJobContext &context)
{
    const bool netconf = m_change.transport == Device::Transport::Netconf;
    const CliVendorProfile *profile = CliVendorProfile::forVendor(m_change.vendor);
    if (!profile && !netconf)
        return Error::invalidInput(QStringLiteral("%1: the vendor '%2' has no CLI profile; it cannot be configured over SSH")
                                       .arg(m_change.endpoint.describe(), m_change.vendor));
    enter(State::Connecting);
    context.log(QStringLiteral("connecting to %1").arg(m_change.endpoint.describe()));
    auto connection = std::make_unique<Connection>(m_change.endpoint);
    const std::stop_token stop = context.stopToken();
    if (const Status s = connection->ssh.connect(m_change.credentials, stop); !s)
        return context.cancelled() ? cancelled(QStringLiteral("while connecting")) : s.error();
    const HostKeyCheck &key = connection->ssh.hostKey();
    context.log(key.verdict == HostKeyCheck::Verdict::AcceptedNew
                    ? QStringLiteral("host key %1 %2 was unknown: accepted and recorded").arg(key.keyType, key.fingerprintSha256)
                    : QStringLiteral("host key %1 %2 verified").arg(key.keyType, key.fingerprintSha256));
    if (netconf) {
        auto session = NetconfSession::start(connection->ssh, true, stop);
        if (!session)
            return context.cancelled() ? cancelled(QStringLiteral("while connecting")) : session.error();
        connection->netconf = std::move(session.value());
        return connection;
    }
    auto cli = CliSession::start(connection->ssh, *profile, stop);
    if (!cli)
        return context.cancelled() ? cancelled(QStringLiteral("while connecting")) : cli.error();
    connection->cli = std::move(cli.value());
    return connection;
}

Result<QString> DeviceCommit::readRunning(CliSession &cli, DeviceJobContext &context)
{
    auto running = cli.run(QStringLiteral("show running-config"), context.stopToken());
    if (!running)
        return context.cancelled() ? cancelled(QStringLiteral("while reading the running configuration"))
                                   : running.error();
    return QString(ConfigRestore::withoutBanner(running.value(), m_change.vendor).trimmed() + QLatin1Char('\n'));
}

Status DeviceCommit::apply(DeviceJobContext &context)
{
    if (m_restoreOnly)
        return Error{Error::Code::Internal, QStringLiteral("a restoring DeviceCommit applies nothing")};
    if (m_change.transport == Device::Transport::Netconf)
        return applyNetconf(context);
    context.setProgress(0);
    auto connection = connect(context);
    if (!connection) {
        enter(State::Failed);
        return connection.error();
    }
    CliSession &cli = *connection.value()->cli;

    enter(State::Reading);
    context.log(QStringLiteral("saving the running configuration"));
    context.setProgress(20);
    auto pre = readRunning(cli, context);
    if (!pre) {
        enter(State::Failed);
        return pre.error();
    }
    {
        const QMutexLocker lock(&m_mutex);
        m_pre = pre.value();
    }
    const QStringList missingBefore = ConfigVerification::missing(pre.value(), m_change.intendedConfig, m_change.vendor);
    if (missingBefore.isEmpty()) {
        context.log(QStringLiteral("the device runs every statement of the change set already; nothing to send"));
        const QMutexLocker lock(&m_mutex);
        m_unchanged = true;
        m_post = m_pre;
    } else {
        context.log(QStringLiteral("%1 statement(s) of the change set are not on the device yet")
                        .arg(missingBefore.size()));
        if (context.cancelled()) {
            enter(State::Failed);
            return cancelled(QStringLiteral("before anything was sent"));
        }
        enter(State::Pushing);
        context.setProgress(40);
        const QStringList lines = configurationLines(m_change.intendedConfig);
        context.log(QStringLiteral("sending %1 configuration line(s)").arg(lines.size()));
        {
            const QMutexLocker lock(&m_mutex);
            m_touched = true;
        }
        if (const Status s = cli.configure(lines, context.stopToken()); !s) {
            enter(State::Failed);
            return s;
        }
        enter(State::Verifying);
        context.setProgress(70);
        context.log(QStringLiteral("reading the running configuration back"));
        auto post = readRunning(cli, context);
        if (!post) {
            enter(State::Failed);
            return post.error();
        }
        {
            const QMutexLocker lock(&m_mutex);
            m_post = post.value();
        }
        const QStringList missing = ConfigVerification::missing(post.value(), m_change.intendedConfig, m_change.vendor);
        if (!missing.isEmpty()) {
            enter(State::Failed);
            for (const QString &m : missing)
                context.log(QStringLiteral("missing after the change: %1").arg(m));
            return Error::io(QStringLiteral("%1: after the change, %2 statement(s) of the change set are not in the "
                                            "running configuration (first: %3)")
                                 .arg(m_change.endpoint.describe())
                                 .arg(missing.size())
                                 .arg(missing.first()));
        }
        context.log(QStringLiteral("verified: every statement of the change set is in the running configuration"));
    }
    context.setProgress(100);
    enter(State::Done);
    return Status::success();
}

Status DeviceCommit::checkBgp(DeviceJobContext &context, int timeoutMs)
{
    if (m_change.bgpPeers.isEmpty())
        return Status::success();
    if (m_change.transport != Device::Transport::SshCli) {
        context.log(QStringLiteral("BGP session state is not read over NETCONF; not checked"));
        return Status::success();
    }
    if (m_change.vendor != QLatin1String("frr")) {
        context.log(QStringLiteral("BGP session state is not checked on vendor '%1'").arg(m_change.vendor));
        return Status::success();
    }
    const State before = state();
    enter(State::Verifying);
    auto connection = connect(context);
    if (!connection) {
        enter(State::Failed);
        return connection.error();
    }
    CliSession &cli = *connection.value()->cli;
    context.log(QStringLiteral("waiting for the VPNv4 sessions to %1").arg(m_change.bgpPeers.join(QStringLiteral(", "))));
    QElapsedTimer clock;
    clock.start();
    QStringList notUp = m_change.bgpPeers;
    QStringList lastStates;
    while (true) {
        QStringList stillDown;
        lastStates.clear();
        for (const QString &peer : std::as_const(notUp)) {
            auto out = cli.run(QStringLiteral("show bgp neighbors %1 json").arg(peer), context.stopToken());
            if (!out) {
                enter(State::Failed);
                return context.cancelled() ? cancelled(QStringLiteral("while checking BGP")) : out.error();
            }
            const QJsonObject neighbor = QJsonDocument::fromJson(out.value().toUtf8()).object().value(peer).toObject();
            const QString bgpState = neighbor.value(QStringLiteral("bgpState")).toString(QStringLiteral("not configured"));
            if (bgpState == QLatin1String("Established"))
                context.log(QStringLiteral("BGP session to %1 is Established").arg(peer));
            else {
                stillDown.append(peer);
                lastStates.append(QStringLiteral("%1 %2").arg(peer, bgpState));
            }
        }
        notUp = stillDown;
        if (notUp.isEmpty())
            break;
        if (clock.elapsed() > timeoutMs) {
            enter(State::Failed);
            return Error::io(QStringLiteral("%1: the BGP sessions did not come up within %2 s: %3")
                                 .arg(m_change.endpoint.describe())
                                 .arg(timeoutMs / 1000)
                                 .arg(lastStates.join(QStringLiteral(", "))));
        }
        for (int i = 0; i < 10; ++i) {
            if (context.cancelled()) {
                enter(State::Failed);
                return cancelled(QStringLiteral("while waiting for BGP"));
            }
            QThread::msleep(100);
        }
    }
    enter(before == State::Verifying ? State::Done : before);
    return Status::success();
}

Status DeviceCommit::restore(DeviceJobContext &context)
{
    if (!touched()) {
        context.log(QStringLiteral("nothing was sent to this device; nothing to restore"));
        return Status::success();
    }
    if (m_change.transport == Device::Transport::Netconf)
        return restoreNetconf(context);
    enter(State::RollingBack);
    context.setProgress(0);
    // A restore runs to its end: cancelling it would leave the device half way.
    DeviceJobContext uncancellable = context.uncancellable();
    auto connection = connect(uncancellable);
    if (!connection) {
        enter(State::RollbackFailed);
        return Error::io(QStringLiteral("%1; the device could not be restored").arg(connection.error().message));
    }
    CliSession &cli = *connection.value()->cli;
    enter(State::RollingBack);
    auto current = readRunning(cli, uncancellable);
    if (!current) {
        enter(State::RollbackFailed);
        return current.error();
    }
    const QString saved = preConfig();
    const QString comparable = m_restoreOnly ? ConfigRedaction::redact(current.value()) : current.value();
    auto groups = ConfigRestore::commands(comparable, saved, m_change.vendor);
    if (!groups) {
        enter(State::RollbackFailed);
        return Error::invalidInput(QStringLiteral("%1: %2").arg(m_change.endpoint.describe(), groups.error().message));
    }
    QList<ConfigRestore::Group> sendable;
    for (const ConfigRestore::Group &g : std::as_const(groups.value())) {
        if (namesMaskedSecret(g)) {
            context.log(QStringLiteral("not restored (it names a secret the job did not keep): %1")
                            .arg(g.join(QStringLiteral(" / ")).simplified()));
            continue;
        }
        sendable.append(g);
    }
    context.log(QStringLiteral("restoring the saved configuration: %1 change(s)").arg(sendable.size()));
    context.setProgress(30);
    // One change at a time, so that one the device refuses does not stop the others.
    int refused = 0;
    for (const ConfigRestore::Group &g : std::as_const(sendable)) {
        if (const Status one = cli.configure(g); !one) {
            ++refused;
            context.log(QStringLiteral("refused: %1").arg(one.error().message));
        }
    }
    if (refused > 0)
        context.log(QStringLiteral("%1 of %2 change(s) were refused").arg(refused).arg(sendable.size()));
    context.setProgress(70);
    auto after = readRunning(cli, uncancellable);
    if (!after) {
        enter(State::RollbackFailed);
        return after.error();
    }
    {
        const QMutexLocker lock(&m_mutex);
        m_post = after.value();
    }
    const QString afterComparable = m_restoreOnly ? ConfigRedaction::redact(after.value()) : after.value();
    auto left = ConfigRestore::commands(afterComparable, saved, m_change.vendor);
    QStringList differences;
    if (!left) {
        enter(State::RollbackFailed);
        return left.error();
    }
    for (const ConfigRestore::Group &g : std::as_const(left.value())) {
        if (!namesMaskedSecret(g))
            differences.append(g.join(QStringLiteral(" / ")).simplified());
    }
    context.setProgress(100);
    if (!differences.isEmpty()) {
        enter(State::RollbackFailed);
        for (const QString &d : std::as_const(differences))
            context.log(QStringLiteral("still different from the saved configuration: %1").arg(d));
        return Error::io(QStringLiteral("%1: after the restore, %2 statement(s) still differ from the saved "
                                        "configuration (first: %3)")
                             .arg(m_change.endpoint.describe())
                             .arg(differences.size())
                             .arg(differences.first()));
    }
    context.log(QStringLiteral("restored: the device runs its saved configuration again"));
    enter(State::RolledBack);
    return Status::success();
}

} // namespace vpnwb
