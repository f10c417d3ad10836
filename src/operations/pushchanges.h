#pragma once

#include "devicechange.h"
#include "pushjobrecord.h"
#include "pushplan.h"
#include "secret.h"
#include "sshendpoint.h"

#include <QList>
#include <QString>

#include <map>

namespace vpnwb {

// The DeviceChanges a PushTransaction runs, made the same way for the GUI
// and the CLI: from a plan (a push or a dry-run) or from the devices of a
// stored job (its rollback, drift). Passwords and key passphrases come from
// the vault's secrets, by credential name (a device logging in through the
// ssh-agent needs none); host keys are checked against `knownHostsFile`.
class PushChanges
{
public:
    // "pe" or "ce", as the job records and the plan listings write it.
    static QString roleName(DeviceRole role);

    static QList<DeviceChange> forPlan(const PushPlan &plan, const std::map<QString, Secret> &secrets,
                                       const QString &knownHostsFile, SshEndpoint::HostKeyPolicy policy);

    static DeviceChange forRecord(const PushJobRecord::DeviceRecord &device,
                                  const std::map<QString, Secret> &secrets, const QString &knownHostsFile);

    // The vault secrets a set of devices needs, each with a device that uses
    // it (for messages): credential name -> device name. Empty when every
    // device logs in through the agent or with a key without passphrase.
    static std::map<QString, QString> credentialsNeeded(const PushPlan &plan);
    static std::map<QString, QString> credentialsNeeded(const QList<PushJobRecord::DeviceRecord> &devices);

    // The device records of a rollback of `devices` (a past job's): what each
    // must run again is the configuration the job saved before it changed it.
    static QList<PushJobRecord::DeviceRecord> restorePlan(QList<PushJobRecord::DeviceRecord> devices);
};

} // namespace vpnwb
