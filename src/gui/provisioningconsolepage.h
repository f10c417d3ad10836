#pragma once

#include "devicechange.h"
#include "hostkeycheck.h"
#include "pushjobrecord.h"
#include "pushplan.h"
#include "result.h"
#include "secret.h"

#include <QWidget>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace vpnwb {

class ConsoleDeviceModel;
class InventoryEditorDialog;
class DeviceDryRun;
class DeviceJobQueue;
class HostKeyScan;
class PushJobTableModel;
class PushTransaction;
class WorkspaceSession;

// Step 6: the provisioning console. The open engagement's design is planned
// for the devices of an inventory file (PushPlanner); a dry-run reads every
// device and shows what would change, a push applies the change as one
// transaction (PushTransaction), Cancel stops the job and rolls back what was
// changed. Before anything is sent, every device's host key is checked
// against the workspace's known_hosts file and an unknown key must be
// accepted by the user (a changed key is refused). Per device: live state,
// elapsed time, a streaming log and the diff; for the job: a progress bar
// with the phase. The job history lists the engagement's stored jobs; a past
// push can be rolled back. The devices are worked on in worker threads: the
// page never waits for the network.
class ProvisioningConsolePage : public QWidget
{
    Q_OBJECT
public:
    enum class Activity { Idle, Planning, Unlocking, CheckingHostKeys, DryRun, Push, Rollback };

    // Asks the vault's master passphrase; nullopt when the user declines.
    using PassphraseProvider = std::function<std::optional<Secret>()>;
    // Shows a host key to the user; whether it is accepted (never asked to
    // accept a changed key: it is shown as refused).
    using HostKeyDecider = std::function<bool(const SshEndpoint &endpoint, const HostKeyCheck &key)>;
    // Asks before a push or a rollback changes the listed devices.
    using ChangeConfirmation = std::function<bool(const QString &question, const QStringList &devices)>;

    explicit ProvisioningConsolePage(WorkspaceSession &session, QWidget *parent = nullptr);
    ~ProvisioningConsolePage() override;

    void setPassphraseProvider(PassphraseProvider provider) { m_passphrase = std::move(provider); }
    void setHostKeyDecider(HostKeyDecider decider) { m_hostKeyDecider = std::move(decider); }
    void setChangeConfirmation(ChangeConfirmation confirmation) { m_confirmChange = std::move(confirmation); }

    Activity activity() const { return m_activity; }
    // A job works on the devices (closing the window now would cut it short).
    bool isBusy() const { return m_activity != Activity::Idle && m_activity != Activity::Planning; }
    bool hasPlan() const { return m_plan.has_value(); }
    QString inventoryFile() const;
    // The workspace's known_hosts file: the workspace path + ".known_hosts".
    QString knownHostsFile() const;

    QLineEdit *inventoryEdit() const { return m_inventory; }
    QComboBox *modeCombo() const { return m_mode; }
    QSpinBox *parallelSpin() const { return m_parallel; }
    QPushButton *dryRunButton() const { return m_dryRunButton; }
    QPushButton *pushButton() const { return m_pushButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *rollbackButton() const { return m_rollbackButton; }
    QTableView *deviceTable() const { return m_devices; }
    ConsoleDeviceModel *deviceModel() const { return m_deviceModel; }
    QPlainTextEdit *logView() const { return m_log; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QLabel *diffTitle() const { return m_diffTitle; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLine() const { return m_status; }
    QTableView *historyTable() const { return m_history; }
    PushJobTableModel *historyModel() const { return m_historyModel; }

public slots:
    // Uses `path` as the inventory (remembered for the next session) and plans the push.
    void setInventoryFile(const QString &path);
    void chooseInventory();
    // Opens the inventory editor on the current inventory file (non-modal to
    // the rest of the code: it returns at once); saving there plans again.
    InventoryEditorDialog *openInventoryEditor();
    // Plans the push again (on a worker thread): the design rendered for the inventory's devices.
    void loadPlan();
    void dryRun();
    void push();
    // Stops the running job; what was changed is rolled back.
    void cancel();
    // Rolls back the job selected in the history.
    void rollBackSelectedJob();
    void refreshHistory();

signals:
    // The plan was made (true) or the status line says why not (false).
    void planLoaded(bool ok);
    // A job ended, or was refused before it began (false).
    void jobFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Kind { DryRun, Commit };

    void startJob(Kind kind);
    using Secrets = std::map<QString, Secret>;
    // Asks the vault's passphrase, then opens the devices' secrets on a worker
    // thread (scrypt takes a while) and calls `then` with them; on failure the
    // status line says why and the job ends before it began.
    void unlockThen(const std::map<QString, QString> &deviceOf, std::function<void(Secrets)> then);
    void startRollback(const PushJobRecord &past, const QList<PushJobRecord::DeviceRecord> &devices,
                       Secrets secrets);
    void continueJob(Kind kind, Secrets secrets);
    void scanHostKeys(bool accepting, QList<int> devices);
    void hostKeysScanned(bool accepting, const QList<int> &devices);
    void runDryRun();
    void dryRunFinished();
    void runPush();
    // Shows the transaction's devices, log and progress as it runs, then starts it.
    void startTransaction(std::unique_ptr<PushTransaction> transaction);
    void transactionFinished();
    void abortJob(const QString &why);
    void endJob(bool ok, const QString &status);
    bool askHostKey(const SshEndpoint &endpoint, const HostKeyCheck &key);
    void showPlanDevices();
    void showStoredJob(const PushJobRecord &job);
    void showSelectedDevice();
    void setActivity(Activity activity);
    void setStatus(const QString &text, bool error = false);
    void setPhase(const QString &phase);
    void updateButtons();
    PushJobRecord *beginRecord(PushJobRecord::Kind kind, PushJobRecord::Mode mode,
                               QList<PushJobRecord::DeviceRecord> devices,
                               std::optional<std::int64_t> rollbackOf);
    int selectedDevice() const;
    std::optional<PushJobRecord> selectedJob() const;

    WorkspaceSession &m_session;
    PassphraseProvider m_passphrase;
    HostKeyDecider m_hostKeyDecider;
    ChangeConfirmation m_confirmChange;

    Activity m_activity = Activity::Idle;
    Kind m_kind = Kind::DryRun;
    quint64 m_planId = 0;
    std::optional<PushPlan> m_plan;
    QString m_plannedInventory;
    QList<DeviceChange> m_targets; // the devices of the job, with their credentials
    std::vector<std::unique_ptr<HostKeyScan>> m_scans;
    std::vector<std::unique_ptr<DeviceDryRun>> m_dryRuns;
    std::unique_ptr<DeviceJobQueue> m_queue;
    std::unique_ptr<PushTransaction> m_transaction;
    std::optional<PushJobRecord> m_record;
    QList<PushJobRecord::DeviceRecord> m_rollbackPlanned;
    bool m_cancelRequested = false;
    QString m_phase;

    QLineEdit *m_inventory = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_editInventory = nullptr;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_parallel = nullptr;
    QPushButton *m_dryRunButton = nullptr;
    QPushButton *m_pushButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_devices = nullptr;
    ConsoleDeviceModel *m_deviceModel = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_diffTitle = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QTableView *m_history = nullptr;
    PushJobTableModel *m_historyModel = nullptr;
    QPushButton *m_rollbackButton = nullptr;
    QPushButton *m_refreshHistory = nullptr;
    QTimer *m_clock = nullptr;
};

} // namespace vpnwb
