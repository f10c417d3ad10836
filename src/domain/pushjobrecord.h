#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace vpnwb {

// A push job as it is kept in the workspace: who ran what, when, on which
// devices, and what each device ran before and after it. Every dry-run,
// commit and rollback is one. Configurations are kept as read from the
// device, with secret values masked (ConfigRedaction), never in clear.
struct PushJobRecord
{
    enum class Kind { DryRun, Commit, Rollback };
    enum class Mode { AllOrNothing, BestEffort };
    enum class Outcome {
        Running,    // started and not finished (or the process ended on the way)
        Succeeded,  // every device changed and verified (dry-run: every device read)
        Failed,     // a device failed and nothing was left changed (all-or-nothing rolled back)
        Partial,    // best effort: some devices changed, others failed; or a rollback left differences
        Cancelled,  // cancelled by the user; every changed device was rolled back
    };

    struct DeviceRecord
    {
        enum class Outcome {
            Pending,    // not reached
            Unchanged,  // read only (dry-run), or nothing to change
            Changed,    // changed and verified
            Failed,     // the change or its verification failed
            RolledBack, // changed, then restored to its previous configuration
            RollbackFailed, // changed, and the restore did not bring back the previous configuration
        };

        QString name;
        QString role;    // "pe" or "ce"
        QString vendor;
        QString transport = QStringLiteral("ssh-cli"); // Device::toString(Device::Transport)
        QString address; // management address
        int port = 22;
        QString username;
        QString credential; // the vault secret's name, never the secret; empty when none was needed
        QString auth = QStringLiteral("password"); // Device::toString(Device::Auth)
        QString identityFile; // auth "key": the private key file
        Outcome outcome = Outcome::Pending;
        QString error;          // why it failed, empty otherwise
        QString log;            // the per-device log, one line per entry
        QString intendedConfig; // what the job was to apply
        QString preConfig;      // the running configuration before the job
        QString postConfig;     // the running configuration the job left

        bool operator==(const DeviceRecord &) const = default;
    };

    std::int64_t id = 0; // 0 until stored
    std::int64_t engagementId = 0;
    QString engagementName;
    Kind kind = Kind::Commit;
    Mode mode = Mode::AllOrNothing;
    std::optional<std::int64_t> rollbackOf; // Rollback: the job whose changes it undoes
    QString user;                           // the operating-system user who ran it
    QDateTime startedAt;
    std::optional<QDateTime> finishedAt;
    Outcome outcome = Outcome::Running;
    QString summary; // one line for a person
    QList<DeviceRecord> devices; // in plan order (PEs first)

    static QString toString(Kind kind);
    static QString toString(Mode mode);
    static QString toString(Outcome outcome);
    static QString toString(DeviceRecord::Outcome outcome);
    static std::optional<Kind> kindFromString(const QString &text);
    static std::optional<Mode> modeFromString(const QString &text);
    static std::optional<Outcome> outcomeFromString(const QString &text);
    static std::optional<DeviceRecord::Outcome> deviceOutcomeFromString(const QString &text);

    bool operator==(const PushJobRecord &) const = default;
};

} // namespace vpnwb
