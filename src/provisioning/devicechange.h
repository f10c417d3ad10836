#pragma once

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
    SshEndpoint endpoint;
    SshCredentials credentials;
    QString credentialName; // the vault secret's name, for the job record
    QString intendedConfig; // the rendering to apply
    // The addresses of BGP VPNv4 peers that must be Established after the
    // change (the other PEs of the same push).
    QStringList bgpPeers;
};

} // namespace vpnwb
