#pragma once

#include "devicechange.h"
#include "pushjobrecord.h"
#include "result.h"
#include "secret.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace vpnwb {

class CliContext;
class PushTransaction;

// What push, rollback and drift share on the command line.

// The workspace's own known_hosts file: the workspace path + ".known_hosts".
QString workspaceKnownHosts(CliContext &c);

// The vault's secrets for `credentialNames` (unlocking the vault once);
// `deviceOf` names, per credential, a device that uses it, for messages.
Result<std::map<QString, Secret>> openDeviceSecrets(CliContext &c, const std::map<QString, QString> &deviceOf);

// The job id an argument names, or nullopt when it is not one (a usage error).
std::optional<qint64> jobIdArgument(const QString &text);
// A stored push job; NotFound names the id and the workspace.
Result<PushJobRecord> findStoredJob(CliContext &c, qint64 id);

// A device change for a stored device record (rollback, drift): reached as
// that job reached it, host key checked against the workspace's known_hosts.
DeviceChange changeForRecord(CliContext &c, const PushJobRecord::DeviceRecord &device,
                             const std::map<QString, Secret> &secrets);

// Runs the transaction to its end, printing each device's state and the
// phases on stderr; Ctrl-C cancels it (which restores what was changed).
void runToEnd(CliContext &c, PushTransaction &transaction);

// Prints a finished job: one line per device with its outcome and error,
// then the summary. Returns the exit code (0 only when it succeeded).
int printJobOutcome(CliContext &c, const PushJobRecord &job);

} // namespace vpnwb
