#include "device.h"

namespace vpnwb {

QString Device::knownHostsName() const
{
    if (port == 22)
        return managementAddress;
    return QStringLiteral("[%1]:%2").arg(managementAddress).arg(port);
}

QString Device::toString(Role role)
{
    return role == Role::Pe ? QStringLiteral("pe") : QStringLiteral("ce");
}

QString Device::toString(Transport transport)
{
    return transport == Transport::SshCli ? QStringLiteral("ssh-cli") : QStringLiteral("netconf");
}

std::optional<Device::Role> Device::roleFromString(const QString &text)
{
    if (text == QLatin1String("pe"))
        return Role::Pe;
    if (text == QLatin1String("ce"))
        return Role::Ce;
    return std::nullopt;
}

std::optional<Device::Transport> Device::transportFromString(const QString &text)
{
    if (text == QLatin1String("ssh-cli"))
        return Transport::SshCli;
    if (text == QLatin1String("netconf"))
        return Transport::Netconf;
    return std::nullopt;
}

} // namespace vpnwb
