#include "pushchanges.h"

namespace vpnwb {

namespace {

SshCredentials passwordOf(const QString &credential, const Secret &secret)
{
    return SshCredentials::withPassword(secret, QStringLiteral("vault secret '%1'").arg(credential));
}

} // namespace

QString PushChanges::roleName(DeviceRole role)
{
    return role == DeviceRole::Pe ? QStringLiteral("pe") : QStringLiteral("ce");
}

QList<DeviceChange> PushChanges::forPlan(const PushPlan &plan, const std::map<QString, Secret> &secrets,
                                         const QString &knownHostsFile, SshEndpoint::HostKeyPolicy policy)
{
    QList<DeviceChange> changes;
    for (const PlannedDevice &p : plan.devices) {
        DeviceChange change;
        change.name = p.name;
        change.role = roleName(p.role);
        change.vendor = p.device.vendor;
        change.transport = p.device.transport;
        change.endpoint = SshEndpoint::forDevice(p.device, knownHostsFile);
        change.endpoint.hostKeyPolicy = policy;
        change.credentials = passwordOf(p.device.credential, secrets.at(p.device.credential));
        change.credentialName = p.device.credential;
        change.intendedConfig = p.intendedConfig;
        change.bgpPeers = p.bgpPeers;
        changes.append(std::move(change));
    }
    return changes;
}

DeviceChange PushChanges::forRecord(const PushJobRecord::DeviceRecord &device, const Secret &secret,
                                    const QString &knownHostsFile)
{
    DeviceChange change;
    change.name = device.name;
    change.role = device.role;
    change.vendor = device.vendor;
    change.transport = Device::transportFromString(device.transport).value_or(Device::Transport::SshCli);
    change.endpoint.deviceName = device.name;
    change.endpoint.host = device.address;
    change.endpoint.port = device.port;
    change.endpoint.username = device.username;
    change.endpoint.knownHostsFile = knownHostsFile;
    change.endpoint.hostKeyPolicy = SshEndpoint::HostKeyPolicy::Strict;
    change.credentials = passwordOf(device.credential, secret);
    change.credentialName = device.credential;
    return change;
}

QList<PushJobRecord::DeviceRecord> PushChanges::restorePlan(QList<PushJobRecord::DeviceRecord> devices)
{
    for (PushJobRecord::DeviceRecord &d : devices) {
        d.intendedConfig = d.preConfig; // the configuration to bring back
        d.preConfig.clear();
        d.postConfig.clear();
        d.log.clear();
        d.error.clear();
        d.outcome = PushJobRecord::DeviceRecord::Outcome::Pending;
    }
    return devices;
}

} // namespace vpnwb
