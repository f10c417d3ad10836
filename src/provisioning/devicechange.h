#pragma once

#include "device.h"
#include "sshcredentials.h"
#include "sshendpoint.h"

#include <QString>
#include <QStringList>

namespace vpnwb {

// One device of a push plan: how to reach it, and the configuration to put on it.
struct DeviceChange
{
    QString name;
    QString role; // "pe" or "ce"
    QString vendor;
    // SSH CLI: `intendedConfig` is the vendor's configuration text. NETCONF:
    // it is the XML content of an <edit-config> (the device's part of the L3NM).
    Device::Transport transport = Device::Transport::SshCli;
    SshEndpoint endpoint;
    SshCredentials credentials;
    QString credentialName; // the vault secret's name, for the job record
    QString intendedConfig; // the rendering to apply
    // The addresses of BGP VPNv4 peers that must be Established after the
    // change (the other PEs of the same push).
    QStringList bgpPeers;
};

} // namespace vpnwb
