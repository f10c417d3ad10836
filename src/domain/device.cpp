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

QString Device::toString(Auth auth)
{
    switch (auth) {
    case Auth::Password:
        return QStringLiteral("password");
    case Auth::PublicKey:
        return QStringLiteral("key");
    case Auth::Agent:
        return QStringLiteral("agent");
    }
    return QString();
}

std::optional<Device::Auth> Device::authFromString(const QString &text)
{
    for (const Auth a : {Auth::Password, Auth::PublicKey, Auth::Agent}) {
        if (text == toString(a))
            return a;
    }
    return std::nullopt;
}

} // namespace vpnwb
