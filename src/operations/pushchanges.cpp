#include "pushchanges.h"

namespace vpnwb {

namespace {

// How `device` logs in (see Device::Auth); `secrets` holds its credential when it has one.
SshCredentials credentialsOf(Device::Auth auth, const QString &credential, const QString &identityFile,
                             const std::map<QString, Secret> &secrets)
{
    const auto secret = [&]() -> Secret {
        const auto found = secrets.find(credential);
        return credential.isEmpty() || found == secrets.end() ? Secret() : found->second;
    };
    switch (auth) {
    case Device::Auth::PublicKey: {
        SshCredentials c = SshCredentials::withKeyFile(identityFile, secret());
        if (!credential.isEmpty())
            c.origin += QStringLiteral(" (passphrase: vault secret '%1')").arg(credential);
        return c;
    }
    case Device::Auth::Agent:
        return SshCredentials::withAgent();
    case Device::Auth::Password:
        break;
    }
    return SshCredentials::withPassword(secret(), QStringLiteral("vault secret '%1'").arg(credential));
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
        change.credentials = credentialsOf(p.device.auth, p.device.credential, p.device.identityFile, secrets);
        change.credentialName = p.device.credential;
        change.intendedConfig = p.intendedConfig;
        change.bgpPeers = p.bgpPeers;
        changes.append(std::move(change));
    }
    return changes;
}

DeviceChange PushChanges::forRecord(const PushJobRecord::DeviceRecord &device,
                                    const std::map<QString, Secret> &secrets, const QString &knownHostsFile)
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
    change.credentials = credentialsOf(Device::authFromString(device.auth).value_or(Device::Auth::Password),
                                       device.credential, device.identityFile, secrets);
    change.credentialName = device.credential;
    return change;
}

std::map<QString, QString> PushChanges::credentialsNeeded(const PushPlan &plan)
{
    std::map<QString, QString> deviceOf;
    for (const PlannedDevice &p : plan.devices) {
        if (!p.device.credential.isEmpty())
            deviceOf.emplace(p.device.credential, p.name);
    }
    return deviceOf;
}

std::map<QString, QString> PushChanges::credentialsNeeded(const QList<PushJobRecord::DeviceRecord> &devices)
{
    std::map<QString, QString> deviceOf;
    for (const PushJobRecord::DeviceRecord &d : devices) {
        if (!d.credential.isEmpty())
            deviceOf.emplace(d.credential, d.name);
    }
    return deviceOf;
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
