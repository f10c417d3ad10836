#include "devicedryrun.h"

#include "clisession.h"
#include "clivendorprofile.h"
#include "configdialect.h"
#include "configtree.h"
#include "netconfconfig.h"
#include "netconfsession.h"
#include "sshsession.h"

#include <QMutexLocker>

namespace vpnwb {
namespace {

Error cancelled(const SshEndpoint &endpoint)
{
    return Error{Error::Code::Cancelled,
                 QStringLiteral("the dry-run on %1 was cancelled; nothing was changed").arg(endpoint.describe())};
}

} // namespace

DeviceDryRun::DeviceDryRun(SshEndpoint endpoint, SshCredentials credentials, QString vendor, QString intendedConfig,
                           Device::Transport transport)
    : m_endpoint(std::move(endpoint)), m_credentials(std::move(credentials)), m_vendor(std::move(vendor)),
      m_intendedConfig(std::move(intendedConfig)), m_transport(transport)
{}

Result<DeviceDryRun::Outcome> DeviceDryRun::readCli(SshSession &ssh, const CliVendorProfile &profile,
                                                    const ConfigDialect &dialect, DeviceJobContext &context)
{
    const std::stop_token stop = context.stopToken();
    auto cli = CliSession::start(ssh, profile, stop);
    if (!cli)
        return context.cancelled() ? Error(cancelled(m_endpoint)) : cli.error();
    context.log(QStringLiteral("reading the running configuration"));
    context.setProgress(50);
    auto running = cli.value()->run(QStringLiteral("show running-config"), stop);
    if (!running)
        return context.cancelled() ? Error(cancelled(m_endpoint)) : running.error();
    if (context.cancelled())
        return cancelled(m_endpoint);
    context.log(QStringLiteral("comparing with the intended configuration"));
    Outcome outcome;
    outcome.runningConfig = running.value();
    outcome.diff = ConfigDiff::compare(ConfigTree::parse(outcome.runningConfig, dialect),
                                       ConfigTree::parse(m_intendedConfig, dialect));
    return outcome;
}

Result<DeviceDryRun::Outcome> DeviceDryRun::readNetconf(SshSession &ssh, DeviceJobContext &context)
{
    const std::stop_token stop = context.stopToken();
    auto wanted = NetconfConfig::parse(m_intendedConfig, QStringLiteral("%1: the intended configuration")
                                                             .arg(m_endpoint.describe()));
    if (!wanted)
        return wanted.error();
    auto netconf = NetconfSession::start(ssh, true, stop);
    if (!netconf)
        return context.cancelled() ? Error(cancelled(m_endpoint)) : netconf.error();
    context.log(QStringLiteral("reading the running configuration"));
    context.setProgress(50);
    auto running = netconf.value()->getConfig(NetconfSession::Datastore::Running, {}, stop);
    if (!running)
        return context.cancelled() ? Error(cancelled(m_endpoint)) : running.error();
    if (const Status closed = netconf.value()->close(stop); !closed)
        context.log(QStringLiteral("clean-up: %1").arg(closed.error().message));
    context.log(QStringLiteral("comparing with the intended configuration"));
    auto held = NetconfConfig::parse(running.value(), QStringLiteral("%1: the running configuration")
                                                          .arg(m_endpoint.describe()));
    if (!held)
        return held.error();
    Outcome outcome;
    outcome.runningConfig = running.value().trimmed() + QLatin1Char('\n');
    outcome.diff = NetconfConfig::diff(held.value(), wanted.value());
    return outcome;
}

std::optional<DeviceDryRun::Outcome> DeviceDryRun::outcome() const
{
    const QMutexLocker lock(&m_mutex);
    return m_outcome;
}

DeviceJobWork DeviceDryRun::work()
{
    return [this](DeviceJobContext &context) { return run(context); };
}

Status DeviceDryRun::run(DeviceJobContext &context)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_outcome.reset();
    }
    const bool netconf = m_transport == Device::Transport::Netconf;
    const CliVendorProfile *profile = CliVendorProfile::forVendor(m_vendor);
    const std::optional<ConfigDialect> dialect = ConfigDialect::forVendor(m_vendor);
    if (!netconf && (!profile || !dialect))
        return Error::invalidInput(QStringLiteral("%1: the vendor '%2' has no CLI profile or configuration dialect; "
                                                  "no dry-run is possible")
                                       .arg(m_endpoint.describe(), m_vendor));
    const std::stop_token stop = context.stopToken();

    context.setProgress(0);
    context.log(QStringLiteral("connecting to %1").arg(m_endpoint.describe()));
    SshSession ssh(m_endpoint);
    if (const Status s = ssh.connect(m_credentials, stop); !s)
        return context.cancelled() ? Status(cancelled(m_endpoint)) : s;
    if (context.cancelled())
        return cancelled(m_endpoint);
    context.log(QStringLiteral("host key %1 %2 verified").arg(ssh.hostKey().keyType, ssh.hostKey().fingerprintSha256));
    context.setProgress(25);

    auto read = netconf ? readNetconf(ssh, context) : readCli(ssh, *profile, *dialect, context);
    if (!read)
        return read.error();
    Outcome outcome = std::move(read.value());
    context.setProgress(75);
    if (outcome.diff.isEmpty()) {
        context.log(QStringLiteral("no difference: the device runs the intended configuration"));
    } else {
        context.log(QStringLiteral("%1 to add, %2 to remove, %3 to change")
                        .arg(outcome.diff.count(ConfigDiff::Change::Added))
                        .arg(outcome.diff.count(ConfigDiff::Change::Removed))
                        .arg(outcome.diff.count(ConfigDiff::Change::Changed)));
        const QStringList lines = outcome.diff.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            context.log(line);
    }
    {
        const QMutexLocker lock(&m_mutex);
        m_outcome = std::move(outcome);
    }
    context.setProgress(100);
    return Status::success();
}

} // namespace vpnwb
