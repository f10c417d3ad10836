#pragma once

#include "devicejobcontext.h"
#include "hostkeycheck.h"
#include "result.h"
#include "sshcredentials.h"
#include "sshendpoint.h"

#include <QMutex>

namespace vpnwb {

// Connects once to a device to learn its host key before a push: with the
// endpoint's policy Strict it only finds out how the key compares with the
// known_hosts file (an unknown key is refused and nothing is sent); with
// AcceptNew it records a key the user accepted. Runs as the work of a
// DeviceJob (work()); the key is read after the job has finished.
class HostKeyScan
{
public:
    // What the console does with a device after the scan.
    enum class Action {
        Proceed, // the key is known (or the device could not be reached: the push reports that)
        Ask,     // unknown key: the user must accept or refuse its fingerprint
        Refuse,  // changed key, or a key of another type: refused whatever the user says
    };

    HostKeyScan(SshEndpoint endpoint, SshCredentials credentials);

    // Runs on the calling thread (a DeviceJob's worker thread).
    Status run(DeviceJobContext &context);
    // For a DeviceJob; the HostKeyScan must outlive the job.
    DeviceJobWork work();

    const SshEndpoint &endpoint() const { return m_endpoint; }
    HostKeyCheck hostKey() const;
    static Action actionFor(HostKeyCheck::Verdict verdict);

private:
    SshEndpoint m_endpoint;
    SshCredentials m_credentials;
    mutable QMutex m_mutex;
    HostKeyCheck m_hostKey;
};

} // namespace vpnwb
