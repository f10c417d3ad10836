#pragma once

#include "clisession.h"
#include "devicecommit.h"
#include "netconfsession.h"
#include "sshsession.h"

#include <memory>

namespace vpnwb {

// DeviceCommit's open session to its device: SSH, and on it the CLI or NETCONF.
struct DeviceCommit::Connection
{
    explicit Connection(const SshEndpoint &endpoint) : ssh(endpoint) {}
    SshSession ssh;
    std::unique_ptr<CliSession> cli;         // SSH CLI
    std::unique_ptr<NetconfSession> netconf; // NETCONF
};

} // namespace vpnwb
