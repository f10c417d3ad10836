#pragma once

#include <QString>

namespace vpnwb {

struct Device;

// Where an SSH session goes and how strictly it trusts what answers there.
struct SshEndpoint
{
    // What to do with a host key that the known_hosts file does not hold.
    // A changed key, or a key of another type than the one recorded, is
    // refused whatever the policy.
    enum class HostKeyPolicy {
        Strict,    // refuse, reporting the key's SHA-256 fingerprint
        AcceptNew, // accept it and record it in the known_hosts file
    };

    QString deviceName; // names the device in every message
    QString host;
    int port = 22;
    QString username;
    QString knownHostsFile; // the only source of trusted host keys
    HostKeyPolicy hostKeyPolicy = HostKeyPolicy::Strict;
    int connectTimeoutMs = 10'000;
    int readTimeoutMs = 30'000;     // longest silence while a reply is expected
    int keepaliveIntervalMs = 15'000; // keepalive sent after this long without traffic

    static SshEndpoint forDevice(const Device &device, const QString &knownHostsFile);
    // "pe1 (127.0.0.1:2201)", for messages.
    QString describe() const;
};

} // namespace vpnwb
