#pragma once

#include "configdiff.h"
#include "device.h"
#include "devicejobcontext.h"
#include "result.h"
#include "sshcredentials.h"
#include "sshendpoint.h"

#include <QMutex>
#include <QString>

#include <optional>

namespace vpnwb {

class CliVendorProfile;
struct ConfigDialect;
class SshSession;

// The dry-run of a push on one device: connects, reads the running
// configuration and compares it with the intended one, statement by statement
// within their blocks (ConfigDiff). It sends no configuration command, so
// the device is left exactly as it was. Runs as the work of a DeviceJob
// (work()), which gives it progress, a per-device log and cancel; the outcome
// is read after the job has finished. A device reached over NETCONF is read
// with <get-config> and compared element by element (NetconfConfig).
class DeviceDryRun
{
public:
    struct Outcome
    {
        QString runningConfig;
        ConfigDiff diff;
    };

    DeviceDryRun(SshEndpoint endpoint, SshCredentials credentials, QString vendor, QString intendedConfig,
                 Device::Transport transport = Device::Transport::SshCli);

    // Runs the dry-run on the calling thread (a DeviceJob's worker thread).
    Status run(DeviceJobContext &context);
    // For a DeviceJob; the DeviceDryRun must outlive the job.
    DeviceJobWork work();

    // The outcome of a run that succeeded; empty before and after a failed one.
    std::optional<Outcome> outcome() const;

private:
    Result<Outcome> readCli(SshSession &ssh, const CliVendorProfile &profile, const ConfigDialect &dialect,
                            DeviceJobContext &context);
    Result<Outcome> readNetconf(SshSession &ssh, DeviceJobContext &context);

    SshEndpoint m_endpoint;
    SshCredentials m_credentials;
    QString m_vendor;
    QString m_intendedConfig;
    Device::Transport m_transport;
    mutable QMutex m_mutex;
    std::optional<Outcome> m_outcome;
};

} // namespace vpnwb
