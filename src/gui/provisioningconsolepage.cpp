#include "provisioningconsolepage.h"

#include "configdialect.h"
#include "configdiff.h"
#include "configtree.h"
#include "consoledevicemodel.h"
#include "credentialvault.h"
#include "devicesecrets.h"
#include "pushchanges.h"
#include "database.h"
#include "devicedryrun.h"
#include "deviceinventoryjson.h"
#include "devicejobqueue.h"
#include "diffhighlighter.h"
#include "engagementdocument.h"
#include "hostkeyprompt.h"
#include "hostkeyscan.h"
#include "inventorydraft.h"
#include "inventoryeditordialog.h"
#include "pushjobrecorder.h"
#include "pushjobrepository.h"
#include "pushjobtablemodel.h"
#include "pushplanner.h"
#include "pushtransaction.h"
#include "sitehoming.h"
#include "vaultrepository.h"
#include "workspacesession.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vpnwb {
namespace {

const QString kInventoryKey = QStringLiteral("provisioning/inventoryFile");
constexpr int kMaxParallel = 64;

struct PlanOutcome
{
    std::optional<PushPlan> plan;
    QString error;
};

// One row selected at a time, columns fitted to their contents but `stretch`, which takes the rest.
void setUpRowTable(QTableView *table, int stretch)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

DeviceCommit::State stateOf(PushJobRecord::DeviceRecord::Outcome outcome)
{
    using O = PushJobRecord::DeviceRecord::Outcome;
    switch (outcome) {
    case O::Pending:
        return DeviceCommit::State::Queued;
    case O::Unchanged:
    case O::Changed:
        return DeviceCommit::State::Done;
    case O::Failed:
        return DeviceCommit::State::Failed;
    case O::RolledBack:
        return DeviceCommit::State::RolledBack;
    case O::RollbackFailed:
        return DeviceCommit::State::RollbackFailed;
    }
    return DeviceCommit::State::Queued;
}

// `to` compared with `from`, as the vendor's configuration reads; empty when they are the same.
QString diffText(const QString &vendor, const QString &from, const QString &to, bool withoutRemoved)
{
    const std::optional<ConfigDialect> dialect = ConfigDialect::forVendor(vendor);
    if (!dialect)
        return {};
    ConfigDiff diff = ConfigDiff::compare(ConfigTree::parse(from, *dialect), ConfigTree::parse(to, *dialect));
    if (withoutRemoved)
        diff = diff.without(ConfigDiff::Change::Removed);
    return diff.toText();
}

} // namespace

ProvisioningConsolePage::ProvisioningConsolePage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // What to push where, and how.
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Inventory:"), this));
    m_inventory = new QLineEdit(this);
    m_inventory->setPlaceholderText(tr("Device inventory file (JSON), e.g. the one the router lab writes"));
    m_inventory->setToolTip(
        tr("The devices to provision and how to reach them; press Return to read it again"));
    m_inventory->setText(QSettings().value(kInventoryKey).toString());
    controls->addWidget(m_inventory, 1);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setToolTip(tr("Choose the device inventory file"));
    controls->addWidget(m_browse);
    m_editInventory = new QPushButton(tr("&Edit…"), this);
    m_editInventory->setToolTip(tr("Edit the inventory as a table, or draft a new one from the design"));
    controls->addWidget(m_editInventory);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Mode:"), this));
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("All or nothing"), int(PushJobRecord::Mode::AllOrNothing));
    m_mode->addItem(tr("Best effort"), int(PushJobRecord::Mode::BestEffort));
    m_mode->setToolTip(
        tr("All or nothing: any failure rolls back every device. Best effort: only the devices "
           "that failed are rolled back."));
    controls->addWidget(m_mode);
    controls->addWidget(new QLabel(tr("Parallel:"), this));
    m_parallel = new QSpinBox(this);
    m_parallel->setRange(1, kMaxParallel);
    m_parallel->setValue(4);
    m_parallel->setToolTip(tr("How many devices are worked on at once"));
    controls->addWidget(m_parallel);
    controls->addSpacing(12);
    m_dryRunButton = new QPushButton(tr("&Dry-run"), this);
    m_dryRunButton->setToolTip(
        tr("Read every device and show what would change; nothing is changed (Ctrl+D)"));
    m_pushButton = new QPushButton(tr("&Push"), this);
    m_pushButton->setToolTip(
        tr("Apply the configuration to every device as one transaction (Ctrl+Shift+Return)"));
    m_cancelButton = new QPushButton(tr("&Cancel"), this);
    m_cancelButton->setToolTip(tr("Stop the job; every device already changed is rolled back (Esc)"));
    controls->addWidget(m_dryRunButton);
    controls->addWidget(m_pushButton);
    controls->addWidget(m_cancelButton);
    layout->addLayout(controls);

    // The whole job: phase and progress, and one status line.
    auto *jobLine = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Idle"));
    m_progress->setToolTip(tr("Progress of the whole job and its current phase"));
    jobLine->addWidget(m_progress, 1);
    layout->addLayout(jobLine);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    // Devices on the left; the selected device's log and diff on the right.
    auto *work = new QSplitter(Qt::Horizontal, this);
    m_deviceModel = new ConsoleDeviceModel(this);
    m_devices = new QTableView(work);
    m_devices->setModel(m_deviceModel);
    setUpRowTable(m_devices, ConsoleDeviceModel::State);
    m_devices->setToolTip(tr("Select a device to see its log and its difference"));
    auto *details = new QTabWidget(work);
    m_log = new QPlainTextEdit(details);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("The selected device's log appears here as the job runs."));
    details->addTab(m_log, tr("Log"));
    auto *diffPane = new QWidget(details);
    auto *diffLayout = new QVBoxLayout(diffPane);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    m_diffTitle = new QLabel(diffPane);
    m_diffTitle->setWordWrap(true);
    diffLayout->addWidget(m_diffTitle);
    m_diff = new QPlainTextEdit(diffPane);
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(m_diff->document());
    diffLayout->addWidget(m_diff, 1);
    details->addTab(diffPane, tr("Difference"));
    work->addWidget(m_devices);
    work->addWidget(details);
    work->setStretchFactor(0, 3);
    work->setStretchFactor(1, 2);

    // The engagement's stored jobs.
    auto *historyBox = new QGroupBox(tr("Job history"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_historyModel = new PushJobTableModel(this);
    m_history = new QTableView(historyBox);
    m_history->setModel(m_historyModel);
    setUpRowTable(m_history, PushJobTableModel::Summary);
    m_history->setToolTip(tr("Select a job to see its devices, logs and configurations"));
    historyLayout->addWidget(m_history, 1);
    auto *historyButtons = new QHBoxLayout;
    m_refreshHistory = new QPushButton(tr("Re&fresh"), historyBox);
    m_refreshHistory->setToolTip(tr("Read the job history again"));
    m_rollbackButton = new QPushButton(tr("&Roll back this job"), historyBox);
    m_rollbackButton->setToolTip(
        tr("Restore every device the selected job changed to the configuration it ran "
           "before"));
    historyButtons->addStretch(1);
    historyButtons->addWidget(m_refreshHistory);
    historyButtons->addWidget(m_rollbackButton);
    historyLayout->addLayout(historyButtons);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(work);
    vertical->addWidget(historyBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical, 1);

    m_clock = new QTimer(this);
    m_clock->setInterval(250);
    connect(m_clock, &QTimer::timeout, m_deviceModel, &ConsoleDeviceModel::tick);

    connect(m_browse, &QPushButton::clicked, this, &ProvisioningConsolePage::chooseInventory);
    connect(m_editInventory, &QPushButton::clicked, this, &ProvisioningConsolePage::openInventoryEditor);
    connect(m_inventory, &QLineEdit::returnPressed, this, [this] { setInventoryFile(m_inventory->text()); });
    connect(m_dryRunButton, &QPushButton::clicked, this, &ProvisioningConsolePage::dryRun);
    connect(m_pushButton, &QPushButton::clicked, this, &ProvisioningConsolePage::push);
    connect(m_cancelButton, &QPushButton::clicked, this, &ProvisioningConsolePage::cancel);
    connect(m_rollbackButton, &QPushButton::clicked, this, &ProvisioningConsolePage::rollBackSelectedJob);
    connect(m_refreshHistory, &QPushButton::clicked, this, &ProvisioningConsolePage::refreshHistory);
    connect(m_devices->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showSelectedDevice(); });
    connect(m_deviceModel, &ConsoleDeviceModel::modelReset, this, [this] { showSelectedDevice(); });
    connect(m_deviceModel, &ConsoleDeviceModel::logAppended, this, [this](int row, const QString &line) {
        if (row != selectedDevice())
            return;
        m_log->appendPlainText(line);
        m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
    });
    connect(m_history->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        if (m_activity != Activity::Idle)
            return;
        if (const auto job = selectedJob())
            showStoredJob(*job);
    });
    connect(&m_session.document(), &EngagementDocument::engagementOpened, this, [this] {
        if (isBusy())
            return; // the running job keeps its devices; the new engagement is planned when shown again
        m_plan.reset();
        m_deviceModel->setDevices({});
        if (isVisible()) {
            loadPlan();
            refreshHistory();
        }
    });

    auto shortcut = [this](const QKeySequence &keys, void (ProvisioningConsolePage::*slot)()) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    // Ctrl+Return saves the step's status on every step page: a push needs Shift too.
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &ProvisioningConsolePage::push);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter), &ProvisioningConsolePage::push);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), &ProvisioningConsolePage::dryRun);
    shortcut(QKeySequence(Qt::Key_Escape), &ProvisioningConsolePage::cancel);

    m_passphrase = [this]() -> std::optional<Secret> {
        bool ok = false;
        QString text =
            QInputDialog::getText(this, tr("Unlock the credential vault"),
                                  tr("The devices' passwords are in the workspace's credential vault.\n"
                                     "Master passphrase:"),
                                  QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        Secret secret = Secret::fromUtf8(text);
        text.fill(QLatin1Char(' '));
        return secret;
    };
    m_hostKeyDecider = [this](const SshEndpoint &endpoint, const HostKeyCheck &key) {
        HostKeyPrompt prompt(endpoint.deviceName, endpoint.host, endpoint.port, key, this);
        return prompt.exec() == QDialog::Accepted && prompt.canAccept();
    };
    m_confirmChange = [this](const QString &question, const QStringList &devices) {
        QMessageBox box(QMessageBox::Question, tr("Change the devices"), question, QMessageBox::Cancel, this);
        box.setInformativeText(
            tr("Each device's configuration is saved first; on any failure, or on Cancel, the "
               "devices already changed are rolled back.\n\n%1")
                .arg(devices.join(QLatin1Char('\n'))));
        QPushButton *go = box.addButton(tr("&Continue"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == go;
    };
    updateButtons();
}

ProvisioningConsolePage::~ProvisioningConsolePage()
{
    // A job that still runs is stopped; its threads are waited for.
    if (m_transaction && !m_transaction->isFinished())
        m_transaction->cancel();
    m_queue.reset();
    m_transaction.reset();
}

void ProvisioningConsolePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_plan && m_activity == Activity::Idle && !inventoryFile().isEmpty())
        loadPlan();
    refreshHistory();
}

QString ProvisioningConsolePage::inventoryFile() const
{
    return m_inventory->text().trimmed();
}

QString ProvisioningConsolePage::knownHostsFile() const
{
    return QFileInfo(m_session.path()).absoluteFilePath() + QStringLiteral(".known_hosts");
}

void ProvisioningConsolePage::setInventoryFile(const QString &path)
{
    m_inventory->setText(path);
    QSettings().setValue(kInventoryKey, path);
    loadPlan();
}

void ProvisioningConsolePage::chooseInventory()
{
    const QString start = inventoryFile().isEmpty() ? QString() : QFileInfo(inventoryFile()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Device inventory"), start,
                                                      tr("Device inventories (*.json);;All files (*)"));
    if (!path.isEmpty())
        setInventoryFile(path);
}

InventoryEditorDialog *ProvisioningConsolePage::openInventoryEditor()
{
    auto *dialog = new InventoryEditorDialog(inventoryFile(), [this]() -> Result<QList<Device>> {
        EngagementDocument &doc = m_session.document();
        if (!doc.isOpen())
            return Error::notFound(tr("No engagement is open."));
        auto designed =
            PushPlanner::designedDevices(m_session.database(), m_session.siteHoming()->catalog(), doc.engagement());
        if (!designed)
            return designed.error();
        return InventoryDraft::fromDesign(*designed, InventoryDraft::Options()).devices();
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        // Whatever was saved is planned again (a new file becomes the inventory).
        if (!dialog->path().isEmpty() && QFileInfo::exists(dialog->path()))
            setInventoryFile(dialog->path());
    });
    dialog->open();
    return dialog;
}

void ProvisioningConsolePage::loadPlan()
{
    if (m_activity != Activity::Idle && m_activity != Activity::Planning)
        return;
    EngagementDocument &doc = m_session.document();
    const QString inventory = inventoryFile();
    m_plan.reset();
    if (!doc.isOpen()) {
        updateButtons();
        return;
    }
    if (inventory.isEmpty()) {
        m_deviceModel->setDevices({});
        setStatus(tr("Choose the device inventory file: it lists the devices and how to reach them."));
        updateButtons();
        emit planLoaded(false);
        return;
    }
    const quint64 id = ++m_planId;
    setActivity(Activity::Planning);
    setStatus(tr("Planning the push for the devices of %1…").arg(QFileInfo(inventory).fileName()));
    const QString path = m_session.database().location();
    const Engagement engagement = doc.engagement();
    const PopCatalog catalog = m_session.siteHoming()->catalog();
    auto *watcher = new QFutureWatcher<PlanOutcome>(this);
    connect(watcher, &QFutureWatcher<PlanOutcome>::finished, this, [this, watcher, id, inventory] {
        watcher->deleteLater();
        if (id != m_planId)
            return; // a newer plan was asked for meanwhile
        setActivity(Activity::Idle);
        const PlanOutcome outcome = watcher->result();
        m_plan = outcome.plan;
        m_plannedInventory = inventory;
        if (!m_plan) {
            m_deviceModel->setDevices({});
            setStatus(tr("No plan: %1").arg(outcome.error), true);
            updateButtons();
            emit planLoaded(false);
            return;
        }
        showPlanDevices();
        QString text =
            tr("%n device(s) of the design from %1, PEs first.", nullptr, int(m_plan->devices.size()))
                .arg(QFileInfo(inventory).fileName());
        if (!m_plan->notInInventory.isEmpty())
            text += QLatin1Char(' ') + tr("Not in the inventory, left out: %1.")
                                           .arg(m_plan->notInInventory.join(QStringLiteral(", ")));
        if (!m_plan->notInDesign.isEmpty())
            text += QLatin1Char(' ') + tr("In the inventory but not in the design, left alone: %1.")
                                           .arg(m_plan->notInDesign.join(QStringLiteral(", ")));
        setStatus(text);
        updateButtons();
        emit planLoaded(true);
    });
    watcher->setFuture(QtConcurrent::run([path, engagement, catalog, inventory] {
        PlanOutcome outcome;
        const auto devices = DeviceInventoryJson::fromFile(inventory);
        if (!devices) {
            outcome.error = devices.error().message;
            return outcome;
        }
        const auto db = Database::openSqlite(path, Database::OpenMode::ExistingOnly);
        if (!db) {
            outcome.error = db.error().message;
            return outcome;
        }
        auto plan = PushPlanner::make(**db, catalog, engagement, *devices, inventory);
        if (!plan) {
            outcome.error = plan.error().message;
            return outcome;
        }
        outcome.plan = std::move(plan.value());
        return outcome;
    }));
}

void ProvisioningConsolePage::showPlanDevices()
{
    QList<ConsoleDeviceModel::Device> rows;
    if (m_plan) {
        for (const PlannedDevice &p : std::as_const(m_plan->devices)) {
            ConsoleDeviceModel::Device d;
            d.name = p.name;
            d.role = PushChanges::roleName(p.role);
            d.vendor = p.device.vendor;
            d.address = p.device.managementAddress;
            d.port = p.device.port;
            rows.append(d);
        }
    }
    m_deviceModel->setDevices(rows);
    if (!rows.isEmpty())
        m_devices->selectRow(0);
}

void ProvisioningConsolePage::dryRun()
{
    startJob(Kind::DryRun);
}

void ProvisioningConsolePage::push()
{
    startJob(Kind::Commit);
}

namespace {

struct UnlockOutcome
{
    std::map<QString, Secret> secrets;
    QString error;
};

} // namespace

void ProvisioningConsolePage::unlockThen(const std::map<QString, QString> &deviceOf,
                                         std::function<void(Secrets)> then)
{
    auto refuse = [this](const QString &why) {
        setActivity(Activity::Idle);
        m_progress->setValue(0);
        m_progress->setFormat(QString()); // no phase: the job did not begin
        setStatus(why, true);
        emit jobFinished(false);
    };
    if (deviceOf.empty())
        return then(Secrets()); // every device logs in without a vault secret: no passphrase asked
    VaultRepository repository(m_session.database());
    const auto header = repository.header();
    if (!header)
        return refuse(header.error().message);
    if (!header.value())
        return refuse(
            tr("The workspace has no credential vault for the devices' passwords. Create one with 'vpnwb "
               "vault init' and store each credential with 'vpnwb vault set NAME'."));
    auto sealed = DeviceSecrets::sealed(repository, deviceOf);
    if (!sealed)
        return refuse(sealed.error().message);
    std::optional<Secret> passphrase = m_passphrase ? m_passphrase() : std::nullopt;
    if (!passphrase)
        return refuse(tr("The vault was not unlocked: no passphrase was given. Nothing was sent."));

    // The key derivation (scrypt) and the opening run on a worker thread.
    m_cancelRequested = false;
    setActivity(Activity::Unlocking);
    setPhase(tr("unlocking the credential vault"));
    setStatus(tr("Unlocking the credential vault…"));
    auto *watcher = new QFutureWatcher<UnlockOutcome>(this);
    connect(watcher, &QFutureWatcher<UnlockOutcome>::finished, this, [this, watcher, refuse, then] {
        watcher->deleteLater();
        UnlockOutcome outcome = watcher->result();
        watcher->setFuture({}); // the future's copy of the secrets goes now
        if (m_cancelRequested) { // Cancel while the vault was being opened: nothing was contacted
            setActivity(Activity::Idle);
            m_progress->setValue(0);
            m_progress->setFormat(QString());
            setStatus(tr("Cancelled before any device was contacted; nothing was sent."));
            emit jobFinished(false);
            return;
        }
        if (!outcome.error.isEmpty())
            return refuse(outcome.error);
        then(std::move(outcome.secrets));
    });
    watcher->setFuture(QtConcurrent::run(
        [header = *header.value(), sealed = std::move(*sealed), passphrase = std::move(*passphrase)] {
            UnlockOutcome outcome;
            const auto vault = CredentialVault::unlock(header, passphrase);
            if (!vault) {
                outcome.error = vault.error().message;
                return outcome;
            }
            auto secrets = DeviceSecrets::open(*vault, sealed);
            if (!secrets)
                outcome.error = secrets.error().message;
            else
                outcome.secrets = std::move(*secrets);
            return outcome;
        }));
}

void ProvisioningConsolePage::startJob(Kind kind)
{
    if (m_activity != Activity::Idle)
        return;
    if (!m_plan || m_plannedInventory != inventoryFile()) {
        setStatus(tr("There is no plan to run: choose the device inventory file first (and check the status "
                     "line for why it could not be planned)."),
                  true);
        emit jobFinished(false);
        return;
    }
    if (m_plan->devices.isEmpty()) {
        setStatus(tr("The inventory lists none of the design's devices: there is nothing to do."), true);
        emit jobFinished(false);
        return;
    }
    if (kind == Kind::Commit) {
        if (const Status s = PushPlanner::restorable(*m_plan); !s) {
            setStatus(s.error().message, true);
            emit jobFinished(false);
            return;
        }
        QStringList devices;
        for (const PlannedDevice &p : std::as_const(m_plan->devices))
            devices.append(
                QStringLiteral("%1  (%2, %3, %4:%5)")
                    .arg(p.name, PushChanges::roleName(p.role).toUpper(), p.device.vendor, p.device.managementAddress)
                    .arg(p.device.port));
        const QString question =
            tr("Push the configuration of %1 to %n device(s)?", nullptr, int(devices.size()))
                .arg(m_session.document().engagement().name);
        if (m_confirmChange && !m_confirmChange(question, devices)) {
            setStatus(tr("The push was not started."));
            return;
        }
    }
    unlockThen(PushChanges::credentialsNeeded(*m_plan), [this, kind](Secrets secrets) { continueJob(kind, std::move(secrets)); });
}

void ProvisioningConsolePage::continueJob(Kind kind, Secrets secrets)
{
    m_kind = kind;
    m_targets = PushChanges::forPlan(*m_plan, secrets, knownHostsFile(), SshEndpoint::HostKeyPolicy::Strict);
    secrets.clear();
    m_record.reset();
    showPlanDevices();
    m_progress->setValue(0);
    QList<int> all;
    for (int i = 0; i < m_targets.size(); ++i)
        all.append(i);
    setActivity(Activity::CheckingHostKeys);
    scanHostKeys(false, all);
}

void ProvisioningConsolePage::scanHostKeys(bool accepting, QList<int> devices)
{
    setPhase(accepting ? tr("recording the accepted host keys") : tr("checking host keys"));
    setStatus(accepting ? tr("Recording the accepted host keys in %1…").arg(knownHostsFile())
                        : tr("Checking every device's host key against %1 before anything is sent…")
                              .arg(knownHostsFile()));
    m_scans.clear();
    QList<DeviceJobQueue::Entry> entries;
    for (int i : std::as_const(devices)) {
        SshEndpoint endpoint = m_targets[i].endpoint;
        endpoint.hostKeyPolicy =
            accepting ? SshEndpoint::HostKeyPolicy::AcceptNew : SshEndpoint::HostKeyPolicy::Strict;
        m_scans.push_back(std::make_unique<HostKeyScan>(endpoint, m_targets[i].credentials));
        entries.append({m_targets[i].name, m_scans.back()->work()});
    }
    m_queue = std::make_unique<DeviceJobQueue>(entries, m_parallel->value());
    connect(m_queue.get(), &DeviceJobQueue::deviceStarted, this, [this, devices](int index) {
        m_deviceModel->setState(devices[index], DeviceCommit::State::Connecting);
    });
    connect(
        m_queue.get(), &DeviceJobQueue::deviceLogged, this,
        [this, devices](int index, const QString &line) { m_deviceModel->appendLog(devices[index], line); });
    connect(m_queue.get(), &DeviceJobQueue::deviceFinished, this,
            [this, devices](int index, const Status &s) {
                if (!s.ok())
                    m_deviceModel->appendLog(devices[index], tr("error: %1").arg(s.error().message));
            });
    connect(m_queue.get(), &DeviceJobQueue::progressed, m_progress, &QProgressBar::setValue);
    connect(m_queue.get(), &DeviceJobQueue::finished, this, [this, accepting, devices] {
        QTimer::singleShot(0, this, [this, accepting, devices] { hostKeysScanned(accepting, devices); });
    });
    m_queue->start();
}

void ProvisioningConsolePage::hostKeysScanned(bool accepting, const QList<int> &devices)
{
    const std::vector<std::unique_ptr<HostKeyScan>> scans = std::move(m_scans);
    m_queue.reset();
    if (m_cancelRequested) {
        abortJob(tr("Cancelled while the host keys were checked; nothing was sent to any device."));
        return;
    }
    if (accepting) {
        for (size_t k = 0; k < scans.size(); ++k) {
            const HostKeyCheck key = scans[k]->hostKey();
            if (key.verdict != HostKeyCheck::Verdict::AcceptedNew &&
                key.verdict != HostKeyCheck::Verdict::Trusted) {
                const int i = devices[qsizetype(k)];
                m_deviceModel->setError(i, tr("its accepted host key could not be recorded"));
                abortJob(tr("The accepted host key of %1 could not be recorded in %2; nothing was sent. See "
                            "its log.")
                             .arg(m_targets[i].name, knownHostsFile()));
                return;
            }
        }
        m_kind == Kind::DryRun ? runDryRun() : runPush();
        return;
    }
    QList<int> accepted;
    QStringList refused;
    for (size_t k = 0; k < scans.size(); ++k) {
        const int i = devices[qsizetype(k)];
        const HostKeyCheck key = scans[k]->hostKey();
        switch (HostKeyScan::actionFor(key.verdict)) {
        case HostKeyScan::Action::Proceed:
            break;
        case HostKeyScan::Action::Ask:
            if (refused.isEmpty() && m_hostKeyDecider && m_hostKeyDecider(scans[k]->endpoint(), key)) {
                m_deviceModel->appendLog(
                    i, tr("host key %1 %2 accepted by the user").arg(key.keyType, key.fingerprintSha256));
                accepted.append(i);
            } else {
                m_deviceModel->appendLog(
                    i, tr("host key %1 %2 refused").arg(key.keyType, key.fingerprintSha256));
                refused.append(m_targets[i].name);
            }
            break;
        case HostKeyScan::Action::Refuse: {
            const QString why = key.verdict == HostKeyCheck::Verdict::Changed
                                    ? tr("its host key has changed (%1 %2)")
                                    : tr("it offered a host key of another type (%1 %2)");
            m_deviceModel->setError(i, why.arg(key.keyType, key.fingerprintSha256));
            m_deviceModel->appendLog(i, tr("refused: %1").arg(why.arg(key.keyType, key.fingerprintSha256)));
            m_deviceModel->setState(i, DeviceCommit::State::Failed);
            if (m_hostKeyDecider)
                m_hostKeyDecider(scans[k]->endpoint(), key); // shown as refused; the answer does not matter
            refused.append(m_targets[i].name);
            break;
        }
        }
    }
    if (!refused.isEmpty()) {
        abortJob(tr("Host key refused for %1: nothing was sent to any device.")
                     .arg(refused.join(QStringLiteral(", "))));
        return;
    }
    if (!accepted.isEmpty()) {
        scanHostKeys(true, accepted);
        return;
    }
    m_kind == Kind::DryRun ? runDryRun() : runPush();
}

PushJobRecord *ProvisioningConsolePage::beginRecord(PushJobRecord::Kind kind, PushJobRecord::Mode mode,
                                                    QList<PushJobRecord::DeviceRecord> devices,
                                                    std::optional<std::int64_t> rollbackOf)
{
    const Engagement engagement = m_session.document().engagement();
    auto job = PushJobRecorder(m_session.database())
                   .begin(kind, mode, engagement.id, engagement.name, std::move(devices), rollbackOf);
    if (!job) {
        setStatus(tr("The job could not be stored, so it was not started: %1").arg(job.error().message),
                  true);
        return nullptr;
    }
    m_record = std::move(job.value());
    refreshHistory();
    return &*m_record;
}

void ProvisioningConsolePage::runDryRun()
{
    if (!beginRecord(PushJobRecord::Kind::DryRun, PushJobRecord::Mode::AllOrNothing,
                     PushJobRecorder::plannedDevices(*m_plan), std::nullopt)) {
        abortJob(m_status->text());
        return;
    }
    setActivity(Activity::DryRun);
    setPhase(tr("dry-run: reading and comparing"));
    setStatus(tr("Dry-run (job %1): reading every device; nothing is changed.").arg(m_record->id));
    m_dryRuns.clear();
    QList<DeviceJobQueue::Entry> entries;
    for (const DeviceChange &c : std::as_const(m_targets)) {
        m_dryRuns.push_back(
            std::make_unique<DeviceDryRun>(c.endpoint, c.credentials, c.vendor, c.intendedConfig, c.transport));
        entries.append({c.name, m_dryRuns.back()->work()});
    }
    m_queue = std::make_unique<DeviceJobQueue>(entries, m_parallel->value());
    connect(m_queue.get(), &DeviceJobQueue::deviceStarted, this,
            [this](int index) { m_deviceModel->setState(index, DeviceCommit::State::Connecting); });
    connect(m_queue.get(), &DeviceJobQueue::deviceLogged, this, [this](int index, const QString &line) {
        m_deviceModel->appendLog(index, line);
        if (line.startsWith(QLatin1String("reading the running configuration")))
            m_deviceModel->setState(index, DeviceCommit::State::Reading);
    });
    connect(m_queue.get(), &DeviceJobQueue::deviceFinished, this, [this](int index, const Status &s) {
        const auto outcome = m_dryRuns[size_t(index)]->outcome();
        if (s.ok() && outcome) {
            const ConfigDiff diff = outcome->diff.without(ConfigDiff::Change::Removed);
            m_deviceModel->setDiff(index,
                                   diff.isEmpty()
                                       ? tr("No difference: the device runs the intended configuration.")
                                       : tr("Dry-run: %1 to add, %2 to change; statements only on the "
                                            "device are left as they are.")
                                             .arg(diff.count(ConfigDiff::Change::Added))
                                             .arg(diff.count(ConfigDiff::Change::Changed)),
                                   diff.toText());
            m_deviceModel->setState(index, DeviceCommit::State::Done);
        } else {
            const QString why = s.ok() ? tr("no outcome") : s.error().message;
            m_deviceModel->setError(index, why);
            m_deviceModel->appendLog(index, tr("error: %1").arg(why));
            m_deviceModel->setState(index, DeviceCommit::State::Failed);
        }
        if (index == selectedDevice())
            showSelectedDevice();
    });
    connect(m_queue.get(), &DeviceJobQueue::progressed, m_progress, &QProgressBar::setValue);
    connect(m_queue.get(), &DeviceJobQueue::finished, this,
            [this] { QTimer::singleShot(0, this, &ProvisioningConsolePage::dryRunFinished); });
    m_queue->start();
}

void ProvisioningConsolePage::dryRunFinished()
{
    QList<PushJobRecord::DeviceRecord> records = m_record->devices;
    int failed = 0;
    QStringList failedNames;
    for (int i = 0; i < m_queue->size(); ++i) {
        PushJobRecord::DeviceRecord &r = records[i];
        const std::optional<Status> status = m_queue->status(i);
        const auto outcome = m_dryRuns[size_t(i)]->outcome();
        r.log = m_deviceModel->device(i).log.join(QLatin1Char('\n'));
        if (status && status->ok() && outcome) {
            r.outcome = PushJobRecord::DeviceRecord::Outcome::Unchanged;
            r.preConfig = outcome->runningConfig;
            r.postConfig = outcome->runningConfig;
        } else {
            ++failed;
            failedNames.append(r.name);
            r.outcome = PushJobRecord::DeviceRecord::Outcome::Failed;
            r.error = status && !status->ok() ? status->error().message : QStringLiteral("no outcome");
            if (m_deviceModel->device(i).state != DeviceCommit::State::Failed) {
                m_deviceModel->setError(i, r.error);
                m_deviceModel->setState(i, DeviceCommit::State::Failed);
            }
        }
    }
    const int size = m_queue->size();
    const bool cancelled = m_cancelRequested;
    const QString summary =
        cancelled ? QStringLiteral("dry-run cancelled: %1 device(s) read, %2 not; nothing was changed")
                        .arg(size - failed)
                        .arg(failed)
                  : QStringLiteral("dry-run: %1 device(s) read, %2 failed; nothing was changed")
                        .arg(size - failed)
                        .arg(failed);
    const PushJobRecord::Outcome outcome = cancelled ? PushJobRecord::Outcome::Cancelled
                                           : failed  ? PushJobRecord::Outcome::Failed
                                                     : PushJobRecord::Outcome::Succeeded;
    QString warning;
    if (const Status s = PushJobRecorder(m_session.database()).finish(*m_record, outcome, summary, records);
        !s)
        warning = QLatin1Char(' ') + tr("The job record was not updated: %1").arg(s.error().message);
    const QString text =
        cancelled ? tr("Dry-run (job %1) cancelled: %2 of %3 device(s) were read. Nothing was changed.")
                        .arg(m_record->id)
                        .arg(size - failed)
                        .arg(size)
        : failed
            ? tr("Dry-run (job %1) failed on %2 of %3 device(s): %4. Nothing was changed; select a device to "
                 "see why.")
                  .arg(m_record->id)
                  .arg(failed)
                  .arg(size)
                  .arg(failedNames.join(QStringLiteral(", ")))
            : tr("Dry-run (job %1): %2 device(s) read. Nothing was changed; select a device to see its "
                 "difference.")
                  .arg(m_record->id)
                  .arg(size);
    endJob(failed == 0 && !cancelled, text + warning);
}

void ProvisioningConsolePage::runPush()
{
    const auto mode = PushJobRecord::Mode(m_mode->currentData().toInt());
    if (!beginRecord(PushJobRecord::Kind::Commit, mode, PushJobRecorder::plannedDevices(*m_plan),
                     std::nullopt)) {
        abortJob(m_status->text());
        return;
    }
    setActivity(Activity::Push);
    setStatus(tr("Push (job %1): %2; Cancel (Esc) rolls back every device already changed.")
                  .arg(m_record->id)
                  .arg(m_mode->currentText()));
    PushTransaction::Options options;
    options.mode = mode;
    options.parallel = m_parallel->value();
    auto transaction = std::make_unique<PushTransaction>(m_targets, options);
    m_targets.clear(); // the transaction keeps the credentials it needs
    startTransaction(std::move(transaction));
}

void ProvisioningConsolePage::startTransaction(std::unique_ptr<PushTransaction> transaction)
{
    m_transaction = std::move(transaction);
    connect(m_transaction.get(), &PushTransaction::deviceStateChanged, this,
            [this](int index, int state) { m_deviceModel->setState(index, DeviceCommit::State(state)); });
    connect(m_transaction.get(), &PushTransaction::deviceLogged, m_deviceModel,
            &ConsoleDeviceModel::appendLog);
    connect(m_transaction.get(), &PushTransaction::phaseChanged, this, &ProvisioningConsolePage::setPhase);
    connect(m_transaction.get(), &PushTransaction::progressed, m_progress, &QProgressBar::setValue);
    connect(m_transaction.get(), &PushTransaction::finished, this,
            [this] { QTimer::singleShot(0, this, &ProvisioningConsolePage::transactionFinished); });
    m_transaction->start();
}

void ProvisioningConsolePage::transactionFinished()
{
    const bool rollback = m_activity == Activity::Rollback;
    QList<PushJobRecord::DeviceRecord> records = m_transaction->deviceRecords();
    for (int i = 0; i < records.size(); ++i) {
        PushJobRecord::DeviceRecord &r = records[i];
        if (rollback && i < m_rollbackPlanned.size())
            r.intendedConfig = m_rollbackPlanned[i].intendedConfig;
        if (!r.error.isEmpty())
            m_deviceModel->setError(i, r.error);
        if (!r.preConfig.isEmpty() || !r.postConfig.isEmpty())
            m_deviceModel->setDiff(i, tr("The configuration after the job compared with the one before it."),
                                   diffText(r.vendor, r.preConfig, r.postConfig, false));
    }
    QString warning;
    if (m_record) {
        if (const Status s =
                PushJobRecorder(m_session.database())
                    .finish(*m_record, m_transaction->outcome(), m_transaction->summary(), records);
            !s)
            warning = QLatin1Char(' ') + tr("The job record was not updated: %1").arg(s.error().message);
    }
    const bool ok = m_transaction->outcome() == PushJobRecord::Outcome::Succeeded;
    const QString text =
        tr("%1 (job %2) %3: %4")
            .arg(rollback ? tr("Rollback") : tr("Push"))
            .arg(m_record ? m_record->id : 0)
            .arg(PushJobTableModel::outcomeText(m_transaction->outcome()), m_transaction->summary());
    m_transaction.reset();
    showSelectedDevice();
    endJob(ok, text + warning);
}

void ProvisioningConsolePage::abortJob(const QString &why)
{
    m_queue.reset();
    m_scans.clear();
    m_targets.clear();
    endJob(false, why);
}

void ProvisioningConsolePage::endJob(bool ok, const QString &status)
{
    m_queue.reset();
    m_targets.clear();
    m_deviceModel->stopClocks();
    setActivity(Activity::Idle);
    setPhase(ok ? tr("finished") : tr("finished with errors"));
    m_progress->setValue(100);
    setStatus(status, !ok);
    refreshHistory();
    emit jobFinished(ok);
}

void ProvisioningConsolePage::cancel()
{
    switch (m_activity) {
    case Activity::Idle:
    case Activity::Planning:
        return;
    case Activity::Unlocking: // nothing has been contacted yet: the job stops once the vault is open
        m_cancelRequested = true;
        setStatus(tr("Cancelling…"));
        return;
    case Activity::CheckingHostKeys:
    case Activity::DryRun:
        m_cancelRequested = true;
        setStatus(tr("Cancelling…"));
        if (m_queue)
            m_queue->cancel();
        return;
    case Activity::Push:
    case Activity::Rollback:
        m_cancelRequested = true;
        setStatus(tr("Cancelling: every device already changed is rolled back…"));
        if (m_transaction)
            m_transaction->cancel();
        return;
    }
}

std::optional<PushJobRecord> ProvisioningConsolePage::selectedJob() const
{
    const QModelIndex current = m_history->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_historyModel->rowCount())
        return std::nullopt;
    auto found = PushJobRepository(m_session.database()).find(m_historyModel->job(current.row()).id);
    if (!found || !found->has_value())
        return std::nullopt;
    return std::move(**found);
}

void ProvisioningConsolePage::rollBackSelectedJob()
{
    if (m_activity != Activity::Idle)
        return;
    const std::optional<PushJobRecord> found = selectedJob();
    if (!found) {
        setStatus(tr("Select the job to roll back in the job history."), true);
        return;
    }
    const PushJobRecord &past = *found;
    if (past.kind == PushJobRecord::Kind::DryRun) {
        setStatus(
            tr("Job %1 is a dry-run: it changed nothing, so there is nothing to roll back.").arg(past.id),
            true);
        return;
    }
    if (past.outcome == PushJobRecord::Outcome::Running) {
        setStatus(
            tr("Job %1 has not finished (or was cut short); compare the devices with 'vpnwb drift' first.")
                .arg(past.id),
            true);
        return;
    }
    QList<PushJobRecord::DeviceRecord> devices;
    for (const PushJobRecord::DeviceRecord &d : past.devices) {
        const bool leftChanged = d.outcome == PushJobRecord::DeviceRecord::Outcome::Changed ||
                                 d.outcome == PushJobRecord::DeviceRecord::Outcome::RollbackFailed;
        if (leftChanged && !d.preConfig.isEmpty())
            devices.append(d);
    }
    if (devices.isEmpty()) {
        setStatus(tr("Job %1 left no device changed, so there is nothing to roll back.").arg(past.id), true);
        return;
    }
    QStringList names;
    for (const PushJobRecord::DeviceRecord &d : std::as_const(devices))
        names.append(QStringLiteral("%1  (%2:%3)").arg(d.name, d.address).arg(d.port));
    const QString question =
        tr("Roll back job %1: restore %n device(s) to the configuration they ran before it? Changes made on "
           "them since (drift) are taken off too.",
           nullptr,
           int(devices.size()))
            .arg(past.id);
    if (m_confirmChange && !m_confirmChange(question, names)) {
        setStatus(tr("The rollback was not started."));
        return;
    }
    unlockThen(PushChanges::credentialsNeeded(devices),
               [this, past, devices](Secrets secrets) { startRollback(past, devices, std::move(secrets)); });
}

void ProvisioningConsolePage::startRollback(const PushJobRecord &past,
                                            const QList<PushJobRecord::DeviceRecord> &devices,
                                            Secrets secrets)
{
    QList<DeviceChange> changes;
    QStringList saved;
    QList<ConsoleDeviceModel::Device> rows;
    for (const PushJobRecord::DeviceRecord &d : std::as_const(devices)) {
        changes.append(PushChanges::forRecord(d, secrets, knownHostsFile()));
        saved.append(d.preConfig);
        ConsoleDeviceModel::Device row;
        row.name = d.name;
        row.role = d.role;
        row.vendor = d.vendor;
        row.address = d.address;
        row.port = d.port;
        rows.append(row);
    }
    secrets.clear();
    m_rollbackPlanned = PushChanges::restorePlan(devices);
    m_deviceModel->setDevices(rows);
    if (!beginRecord(PushJobRecord::Kind::Rollback, PushJobRecord::Mode::BestEffort, m_rollbackPlanned,
                     past.id)) {
        abortJob(m_status->text());
        return;
    }
    m_cancelRequested = false;
    setActivity(Activity::Rollback);
    setStatus(tr("Rollback (job %1) of job %2 on %n device(s).", nullptr, int(devices.size()))
                  .arg(m_record->id)
                  .arg(past.id));
    PushTransaction::Options options;
    options.parallel = m_parallel->value();
    m_progress->setValue(0);
    startTransaction(PushTransaction::restoring(changes, saved, options));
}

void ProvisioningConsolePage::refreshHistory()
{
    EngagementDocument &doc = m_session.document();
    if (!doc.isOpen())
        return;
    const std::int64_t selected = [this] {
        const QModelIndex current = m_history->selectionModel()->currentIndex();
        return current.isValid() && current.row() < m_historyModel->rowCount()
                   ? m_historyModel->job(current.row()).id
                   : std::int64_t(0);
    }();
    auto jobs = PushJobRepository(m_session.database()).list(doc.engagement().id);
    if (!jobs) {
        setStatus(tr("The job history could not be read: %1").arg(jobs.error().message), true);
        return;
    }
    const QSignalBlocker block(m_history->selectionModel());
    m_historyModel->setJobs(jobs.value());
    for (int row = 0; row < m_historyModel->rowCount(); ++row) {
        if (m_historyModel->job(row).id == selected)
            m_history->selectRow(row);
    }
    updateButtons();
}

void ProvisioningConsolePage::showStoredJob(const PushJobRecord &job)
{
    QList<ConsoleDeviceModel::Device> rows;
    for (const PushJobRecord::DeviceRecord &r : job.devices) {
        ConsoleDeviceModel::Device d;
        d.name = r.name;
        d.role = r.role;
        d.vendor = r.vendor;
        d.address = r.address;
        d.port = r.port;
        d.state = stateOf(r.outcome);
        d.started = r.outcome != PushJobRecord::DeviceRecord::Outcome::Pending;
        d.error = r.error;
        d.log = r.log.isEmpty() ? QStringList() : r.log.split(QLatin1Char('\n'));
        if (job.kind == PushJobRecord::Kind::DryRun && !r.preConfig.isEmpty()) {
            d.diffTitle =
                tr("Dry-run of job %1: the intended configuration compared with the one the device ran.")
                    .arg(job.id);
            d.diff = diffText(r.vendor, r.preConfig, r.intendedConfig, true);
        } else if (!r.preConfig.isEmpty() || !r.postConfig.isEmpty()) {
            d.diffTitle =
                tr("Job %1: the configuration after the job compared with the one before it.").arg(job.id);
            d.diff = diffText(r.vendor, r.preConfig, r.postConfig, false);
        }
        rows.append(d);
    }
    m_deviceModel->setDevices(rows);
    if (!rows.isEmpty())
        m_devices->selectRow(0);
    setStatus(tr("Job %1 (%2, %3): %4")
                  .arg(job.id)
                  .arg(PushJobTableModel::kindText(job.kind), PushJobTableModel::outcomeText(job.outcome),
                       job.summary));
}

int ProvisioningConsolePage::selectedDevice() const
{
    const QModelIndex current = m_devices->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ProvisioningConsolePage::showSelectedDevice()
{
    const int row = selectedDevice();
    if (row < 0 || row >= m_deviceModel->rowCount()) {
        m_log->clear();
        m_diff->clear();
        m_diffTitle->clear();
        return;
    }
    const ConsoleDeviceModel::Device &d = m_deviceModel->device(row);
    QStringList lines = d.log;
    m_log->setPlainText(lines.join(QLatin1Char('\n')));
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
    if (!d.diffTitle.isEmpty()) {
        m_diffTitle->setText(d.diffTitle);
        m_diff->setPlainText(d.diff.isEmpty() ? tr("(no difference)") : d.diff);
    } else {
        m_diffTitle->setText(d.error.isEmpty()
                                 ? tr("Run a dry-run to see what would change on %1.").arg(d.name)
                                 : tr("%1 failed: %2").arg(d.name, d.error));
        m_diff->clear();
    }
}

void ProvisioningConsolePage::setActivity(Activity activity)
{
    m_activity = activity;
    const bool running = activity != Activity::Idle && activity != Activity::Planning;
    if (running)
        m_clock->start();
    else
        m_clock->stop();
    updateButtons();
    // The button that started the job is disabled now, and Qt would hand the focus on to
    // whatever comes next, maybe outside this page, where Esc no longer reaches Cancel.
    if (running && isVisible() && !isAncestorOf(QApplication::focusWidget()))
        m_devices->setFocus(Qt::OtherFocusReason);
}

void ProvisioningConsolePage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color:#b01c1c") : QString());
}

void ProvisioningConsolePage::setPhase(const QString &phase)
{
    m_phase = phase;
    // The phase text as the engine writes it; the percentage beside it.
    QString format = phase;
    format.replace(QLatin1Char('%'), QStringLiteral("%%"));
    m_progress->setFormat(format + QStringLiteral(" — %p%"));
}

void ProvisioningConsolePage::updateButtons()
{
    const bool idle = m_activity == Activity::Idle;
    const bool ready = idle && m_plan && !m_plan->devices.isEmpty();
    m_dryRunButton->setEnabled(ready);
    m_pushButton->setEnabled(ready);
    m_cancelButton->setEnabled(!idle && m_activity != Activity::Planning);
    m_inventory->setEnabled(idle || m_activity == Activity::Planning);
    m_browse->setEnabled(idle || m_activity == Activity::Planning);
    m_editInventory->setEnabled(idle || m_activity == Activity::Planning);
    m_mode->setEnabled(idle);
    m_parallel->setEnabled(idle);
    const QModelIndex current = m_history->selectionModel()->currentIndex();
    bool canRollBack = false;
    if (idle && current.isValid() && current.row() < m_historyModel->rowCount()) {
        const PushJobRecord &j = m_historyModel->job(current.row());
        canRollBack = j.kind != PushJobRecord::Kind::DryRun && j.outcome != PushJobRecord::Outcome::Running;
    }
    m_rollbackButton->setEnabled(canRollBack);
}

} // namespace vpnwb
