#include "sshendpoint.h"

#include "device.h"

namespace vpnwb {

SshEndpoint SshEndpoint::forDevice(const Device &device, const QString &knownHostsFile)
{
    SshEndpoint e;
    e.deviceName = device.name;
    e.host = device.managementAddress;
    e.port = device.port;
    e.username = device.username;
    e.knownHostsFile = knownHostsFile;
    return e;
}

QString SshEndpoint::describe() const
{
    const QString address = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1 (%2:%3)").arg(deviceName, address).arg(port);
}

} // namespace vpnwb
