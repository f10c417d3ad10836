#include "hostkeyscan.h"

#include "sshsession.h"

#include <QMutexLocker>

namespace vpnwb {

HostKeyScan::HostKeyScan(SshEndpoint endpoint, SshCredentials credentials)
    : m_endpoint(std::move(endpoint)), m_credentials(std::move(credentials))
{}

Status HostKeyScan::run(DeviceJobContext &context)
{
    context.log(m_endpoint.hostKeyPolicy == SshEndpoint::HostKeyPolicy::AcceptNew
                    ? QStringLiteral("recording the accepted host key of %1 in %2")
                          .arg(m_endpoint.describe(), m_endpoint.knownHostsFile)
                    : QStringLiteral("checking the host key of %1 against %2")
                          .arg(m_endpoint.describe(), m_endpoint.knownHostsFile));
    SshSession session(m_endpoint);
    const Status status = session.connect(m_credentials, context.stopToken());
    {
        const QMutexLocker lock(&m_mutex);
        m_hostKey = session.hostKey();
    }
    session.disconnect();
    const HostKeyCheck key = hostKey();
    if (key.verdict == HostKeyCheck::Verdict::Trusted)
        context.log(QStringLiteral("host key %1 %2 is known").arg(key.keyType, key.fingerprintSha256));
    else if (key.verdict == HostKeyCheck::Verdict::AcceptedNew)
        context.log(QStringLiteral("host key %1 %2 recorded").arg(key.keyType, key.fingerprintSha256));
    // A refused key is what the scan is for; the other failures (unreachable,
    // authentication) are the scan's own.
    if (!status.ok() &&
        (key.verdict == HostKeyCheck::Verdict::Unknown || key.verdict == HostKeyCheck::Verdict::Changed ||
         key.verdict == HostKeyCheck::Verdict::OtherType)) {
        context.log(status.error().message);
        return Status::success();
    }
    return status;
}

DeviceJobWork HostKeyScan::work()
{
    return [this](DeviceJobContext &context) { return run(context); };
}

HostKeyCheck HostKeyScan::hostKey() const
{
    const QMutexLocker lock(&m_mutex);
    return m_hostKey;
}

HostKeyScan::Action HostKeyScan::actionFor(HostKeyCheck::Verdict verdict)
{
    switch (verdict) {
    case HostKeyCheck::Verdict::Unknown:
        return Action::Ask;
    case HostKeyCheck::Verdict::Changed:
    case HostKeyCheck::Verdict::OtherType:
        return Action::Refuse;
    case HostKeyCheck::Verdict::NotChecked:
    case HostKeyCheck::Verdict::Trusted:
    case HostKeyCheck::Verdict::AcceptedNew:
        return Action::Proceed;
    }
    return Action::Refuse;
}

} // namespace vpnwb
