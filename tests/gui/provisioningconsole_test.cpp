// Step 6's provisioning console in the real main window on the demo
// engagement: it plans the push for the devices of an inventory file, runs a
// dry-run whose devices cannot be reached (each device ends failed with the
// reason in its log and the status line, nothing crashes), cancels a job that
// waits on the network, lists the stored jobs of the engagement with their
// devices, and shows a host key as the user must judge it.

#include "configrestore.h"
#include "consoledevicemodel.h"
#include "credentialvault.h"
#include "designworkflow.h"
#include "deviceinventoryjson.h"
#include "engagementdocument.h"
#include "hostkeyprompt.h"
#include "hostkeyscan.h"
#include "deviceinventorymodel.h"
#include "inventorydraft.h"
#include "itemroles.h"
#include "inventoryeditordialog.h"
#include "mainwindow.h"
#include "provisioningconsolepage.h"
#include "pushjobrecorder.h"
#include "pushjobrepository.h"
#include "pushjobtablemodel.h"
#include "pushplanner.h"
#include "serviceabilityengine.h"
#include "serviceabilityrepository.h"
#include "sitehoming.h"
#include "vaultrepository.h"
#include "workspacesession.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

using namespace vpnwb;

namespace {

const QByteArray kPassphrase = "console test passphrase";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class ProvisioningConsoleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qputenv("VPNWB_RENDERER_PATH", QByteArray(VPNWB_RENDERER_PLUGIN_DIR));
        QSettings().remove(QStringLiteral("provisioning/inventoryFile"));
        m_window = std::make_unique<MainWindow>();
        ASSERT_TRUE(m_window->openWorkspace(m_dir.filePath(QStringLiteral("ws.vpnwb"))).ok());
        ASSERT_TRUE(m_window->createDemoEngagement().ok());
        WorkspaceSession &session = *m_window->session();
        const Engagement e = session.document().engagement();
        const auto results = ServiceabilityEngine(session.siteHoming()->catalog()).evaluate(e);
        ASSERT_TRUE(ServiceabilityRepository(session.database()).save(e.id, results).ok());
        const auto run = DesignWorkflow(session.database(), session.siteHoming()->catalog()).design(e);
        ASSERT_TRUE(run.ok());
        ASSERT_FALSE(run->hasBlocking());
        m_window->resize(1400, 900);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_page = m_window->findChild<ProvisioningConsolePage *>();
        ASSERT_NE(m_page, nullptr);
        m_page->setPassphraseProvider([] { return std::optional<Secret>(Secret(QByteArray(kPassphrase))); });
        m_page->setHostKeyDecider([this](const SshEndpoint &, const HostKeyCheck &key) {
            m_askedKeys.append(key);
            return false;
        });
        m_window->selectStep(6);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("stepSixTabs"));
        ASSERT_NE(tabs, nullptr);
        tabs->setCurrentWidget(m_page);
        ASSERT_TRUE(m_page->isVisible());
    }

    // A vault holding the inventory's credentials.
    void createVault()
    {
        WorkspaceSession &session = *m_window->session();
        VaultHeader header;
        auto vault = CredentialVault::create(Secret(QByteArray(kPassphrase)), &header);
        ASSERT_TRUE(vault.ok());
        VaultRepository repository(session.database());
        ASSERT_TRUE(repository.create(header).ok());
        for (const QString &name : {QStringLiteral("pe-routers"), QStringLiteral("cpe-routers")}) {
            auto sealed = vault->seal(name, Secret(QByteArray("device password")));
            ASSERT_TRUE(sealed.ok());
            ASSERT_TRUE(repository.put(sealed.value()).ok());
        }
    }

    // An inventory of the devices of the design, all reached at 127.0.0.1:port:
    // every one, or those a push can restore (not the demo's Junos PEs).
    QString writeInventory(int port, const QList<Device> &extra = {}, bool everyVendor = false)
    {
        WorkspaceSession &session = *m_window->session();
        const auto designed = PushPlanner::designedDevices(
            session.database(), session.siteHoming()->catalog(), session.document().engagement());
        EXPECT_TRUE(designed.ok());
        if (!designed)
            return {};
        InventoryDraft::Options options;
        const DeviceInventory draft = InventoryDraft::fromDesign(designed.value(), options);
        QList<Device> devices = draft.devices();
        if (!everyVendor)
            devices.removeIf([](const Device &d) { return !ConfigRestore::restores(d.vendor); });
        for (Device &d : devices) {
            d.managementAddress = QStringLiteral("127.0.0.1");
            d.port = port;
        }
        EXPECT_FALSE(devices.isEmpty());
        devices += extra;
        const QString path =
            m_dir.filePath(QStringLiteral("inventory-%1%2.json").arg(port).arg(everyVendor ? QStringLiteral("-all") : QString()));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(DeviceInventoryJson::toBytes(DeviceInventory(devices), QStringLiteral("test")));
        return path;
    }

    bool plan(const QString &inventory)
    {
        QSignalSpy planned(m_page, &ProvisioningConsolePage::planLoaded);
        m_page->setInventoryFile(inventory);
        if (!planned.wait(30000))
            return false;
        return planned.last().first().toBool();
    }

    QString cell(int row, int column) const
    {
        return m_page->deviceModel()->index(row, column).data().toString();
    }

    // A port of 127.0.0.1 that refuses connections: bound but not listening,
    // and held until the test ends so that no other process (a router lab of
    // a test running beside this one) can take it meanwhile.
    int closedPort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        EXPECT_GE(fd, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        EXPECT_EQ(::bind(fd, reinterpret_cast<sockaddr *>(&address), length), 0);
        EXPECT_EQ(::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length), 0);
        m_heldPorts.push_back(fd);
        return ntohs(address.sin_port);
    }

    void TearDown() override
    {
        for (int fd : m_heldPorts)
            ::close(fd);
    }

    QTemporaryDir m_dir;
    std::vector<int> m_heldPorts;
    std::unique_ptr<MainWindow> m_window;
    ProvisioningConsolePage *m_page = nullptr;
    QList<HostKeyCheck> m_askedKeys;
};

TEST_F(ProvisioningConsoleTest, ListsThePlannedDevicesOfTheInventoryPesFirst)
{
    Device other; // in the inventory, not in the design: named and left alone
    other.name = QStringLiteral("nc1");
    other.managementAddress = QStringLiteral("127.0.0.1");
    other.transport = Device::Transport::Netconf;
    other.vendor = QStringLiteral("yuma123");
    other.username = QStringLiteral("netops");
    other.credential = QStringLiteral("pe-routers");
    const QString inventory = writeInventory(closedPort(), {other}, true);
    ASSERT_TRUE(plan(inventory)) << m_page->statusLine()->text().toStdString();
    EXPECT_TRUE(m_page->statusLine()->text().contains(
        QLatin1String("In the inventory but not in the design, left alone: nc1.")))
        << m_page->statusLine()->text().toStdString();
    QAbstractItemModelTester tester(m_page->deviceModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    WorkspaceSession &session = *m_window->session();
    const auto designed = PushPlanner::designedDevices(session.database(), session.siteHoming()->catalog(),
                                                       session.document().engagement());
    ASSERT_TRUE(designed.ok());
    ASSERT_EQ(m_page->deviceModel()->rowCount(), designed->size());
    QStringList shown;
    bool ceSeen = false;
    for (int row = 0; row < m_page->deviceModel()->rowCount(); ++row) {
        shown.append(cell(row, ConsoleDeviceModel::Name));
        const bool pe = cell(row, ConsoleDeviceModel::Role) == QLatin1String("PE");
        EXPECT_FALSE(pe && ceSeen) << "a PE after a CE at row " << row;
        ceSeen = ceSeen || !pe;
        EXPECT_TRUE(cell(row, ConsoleDeviceModel::Address).startsWith(QLatin1String("127.0.0.1:")));
        EXPECT_EQ(cell(row, ConsoleDeviceModel::State), QStringLiteral("planned"));
    }
    for (const DeviceDesign &d : designed.value())
        EXPECT_TRUE(shown.contains(d.name)) << d.name.toStdString();
    EXPECT_TRUE(m_page->dryRunButton()->isEnabled());
    EXPECT_TRUE(m_page->pushButton()->isEnabled());
    EXPECT_FALSE(m_page->cancelButton()->isEnabled());
    // The inventory is remembered for the next session.
    EXPECT_EQ(QSettings().value(QStringLiteral("provisioning/inventoryFile")).toString(), inventory);
}

TEST_F(ProvisioningConsoleTest, AnInventoryThatCannotBeReadIsSaidAndNothingRuns)
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"vpnwb-device-inventory\", \"version\": 1, \"devices\": [{\"name\": 7}]}");
    file.close();
    EXPECT_FALSE(plan(broken));
    EXPECT_TRUE(m_page->statusLine()->text().contains(QLatin1String("broken.json")))
        << m_page->statusLine()->text().toStdString();
    EXPECT_EQ(m_page->deviceModel()->rowCount(), 0);
    EXPECT_FALSE(m_page->dryRunButton()->isEnabled());
    EXPECT_FALSE(m_page->pushButton()->isEnabled());
}

// The inventory edited as a table: a cell changed and undone, a device added
// with a bad port refused at save naming it (the file unchanged), fixed and
// saved; the console plans the push again with the saved file.
TEST_F(ProvisioningConsoleTest, TheInventoryIsEditedWithUndoAndSavedOnlyWhenValid)
{
    const QString inventory = writeInventory(closedPort());
    ASSERT_TRUE(plan(inventory)) << m_page->statusLine()->text().toStdString();
    const int planned = m_page->deviceModel()->rowCount();
    InventoryEditorDialog *editor = m_page->openInventoryEditor();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));
    DeviceInventoryModel *model = editor->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(model->rowCount(), planned);
    EXPECT_EQ(model->index(0, DeviceInventoryModel::PortColumn).data().toString().toInt(),
              DeviceInventoryJson::fromFile(inventory)->devices().first().port);

    // A cell changed, then undone with Ctrl+Z and done again with the Redo shortcut.
    const QModelIndex user = model->index(0, DeviceInventoryModel::UsernameColumn);
    ASSERT_TRUE(model->setData(user, QStringLiteral("noc-ops")));
    EXPECT_TRUE(editor->isModified());
    EXPECT_TRUE(editor->windowTitle().endsWith(QLatin1String(" *"))) << editor->windowTitle().toStdString();
    QTest::keyClick(editor->table(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(user.data().toString(), QStringLiteral("netops"));
    EXPECT_FALSE(editor->isModified());
    editor->undoStack()->redo();
    EXPECT_EQ(user.data().toString(), QStringLiteral("noc-ops"));
    // A port out of range is not taken by the cell.
    EXPECT_FALSE(model->setData(model->index(0, DeviceInventoryModel::PortColumn), QStringLiteral("70000")));
    // Choices offered for the login.
    EXPECT_EQ(model->index(0, DeviceInventoryModel::AuthColumn).data(ItemRoles::Choices).toList().size(), 3);

    // A new device (Ctrl+N) named like an existing one: refused at save, naming it; the file is unchanged.
    const QByteArray before = readFile(inventory);
    QTest::keyClick(editor->table(), Qt::Key_N, Qt::ControlModifier);
    ASSERT_EQ(model->rowCount(), planned + 1);
    const int added = planned;
    ASSERT_TRUE(model->setData(model->index(added, DeviceInventoryModel::NameColumn),
                               model->index(0, DeviceInventoryModel::NameColumn).data()));
    ASSERT_TRUE(model->setData(model->index(added, DeviceInventoryModel::AddressColumn), QStringLiteral("10.9.9.9")));
    EXPECT_FALSE(editor->save());
    EXPECT_TRUE(editor->message().contains(QStringLiteral("row %1").arg(added + 1))) << editor->message().toStdString();
    EXPECT_TRUE(editor->message().contains(QLatin1String("is listed twice"))) << editor->message().toStdString();
    EXPECT_EQ(editor->table()->currentIndex(), model->index(added, DeviceInventoryModel::NameColumn));
    EXPECT_EQ(readFile(inventory), before);

    // Renamed, logged in through the agent: saved, and the console plans again from the file.
    ASSERT_TRUE(model->setData(model->index(added, DeviceInventoryModel::NameColumn), QStringLiteral("lab-extra")));
    ASSERT_TRUE(model->setData(model->index(added, DeviceInventoryModel::AuthColumn), QStringLiteral("agent")));
    EXPECT_TRUE(model->index(added, DeviceInventoryModel::CredentialColumn).data().toString().isEmpty());
    QSignalSpy replanned(m_page, &ProvisioningConsolePage::planLoaded);
    EXPECT_TRUE(editor->save()) << editor->message().toStdString();
    EXPECT_FALSE(editor->isModified());
    const auto saved = DeviceInventoryJson::fromFile(inventory);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(saved->devices().first().username, QStringLiteral("noc-ops"));
    ASSERT_NE(saved->find(QStringLiteral("lab-extra")), nullptr);
    EXPECT_EQ(saved->find(QStringLiteral("lab-extra"))->auth, Device::Auth::Agent);
    EXPECT_TRUE(saved->find(QStringLiteral("lab-extra"))->credential.isEmpty()); // the agent needs none
    editor->close();
    ASSERT_TRUE(replanned.wait(30000));
    EXPECT_TRUE(m_page->statusLine()->text().contains(QLatin1String("left alone: lab-extra")))
        << m_page->statusLine()->text().toStdString();
}

TEST_F(ProvisioningConsoleTest, AnInventoryDraftedInTheEditorCanBeTakenBackAndUnsavedChangesAreAskedFor)
{
    InventoryEditorDialog *editor = m_page->openInventoryEditor();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->model()->rowCount(), 0);
    auto *draft = editor->findChild<QPushButton *>(QStringLiteral("draftFromDesign"));
    ASSERT_TRUE(draft && draft->isEnabled());
    draft->click();
    WorkspaceSession &session = *m_window->session();
    const auto designed = PushPlanner::designedDevices(session.database(), session.siteHoming()->catalog(),
                                                       session.document().engagement());
    ASSERT_TRUE(designed.ok());
    EXPECT_EQ(editor->model()->rowCount(), designed->size());
    // For a person to look at: VPNWB_SCREENSHOT_DIR=DIR saves the editor as it is now.
    if (const QString dir = qEnvironmentVariable("VPNWB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        EXPECT_TRUE(editor->grab().save(dir + QStringLiteral("/inventory-editor.png")));
        EXPECT_TRUE(m_window->grab().save(dir + QStringLiteral("/console-with-editor.png")));
    }
    int asked = 0;
    editor->confirmDiscard = [&asked] {
        ++asked;
        return false; // keep editing
    };
    editor->reject();
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(editor->isVisible());
    editor->undoStack()->undo();
    EXPECT_EQ(editor->model()->rowCount(), 0);
    editor->reject(); // nothing unsaved: closes without asking
    EXPECT_EQ(asked, 1);
    EXPECT_FALSE(editor->isVisible());
}

TEST_F(ProvisioningConsoleTest, DryRunAgainstAClosedPortFailsEveryDeviceWithTheReason)
{
    createVault();
    ASSERT_TRUE(plan(writeInventory(closedPort()))) << m_page->statusLine()->text().toStdString();
    const int devices = m_page->deviceModel()->rowCount();
    QSignalSpy finished(m_page, &ProvisioningConsolePage::jobFinished);
    m_page->dryRunButton()->click();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(finished.last().first().toBool());
    EXPECT_EQ(m_page->activity(), ProvisioningConsolePage::Activity::Idle);
    for (int row = 0; row < devices; ++row) {
        EXPECT_EQ(cell(row, ConsoleDeviceModel::State), QStringLiteral("failed")) << row;
        EXPECT_FALSE(m_page->deviceModel()->device(row).error.isEmpty()) << row;
        EXPECT_FALSE(cell(row, ConsoleDeviceModel::Elapsed).isEmpty()) << row;
    }
    const QString status = m_page->statusLine()->text();
    EXPECT_TRUE(status.contains(QStringLiteral("failed on %1 of %1").arg(devices))) << status.toStdString();
    // The selected device's log says why, naming the device and its address.
    m_page->deviceTable()->selectRow(devices - 1);
    const QString log = m_page->logView()->toPlainText();
    EXPECT_TRUE(log.contains(QLatin1String("error:"))) << log.toStdString();
    EXPECT_TRUE(log.contains(QLatin1String("127.0.0.1"))) << log.toStdString();
    EXPECT_TRUE(m_askedKeys.isEmpty()); // no key was offered, so none was asked about
    // The dry-run is stored as a failed job at the top of the history.
    ASSERT_GE(m_page->historyModel()->rowCount(), 1);
    EXPECT_EQ(m_page->historyModel()->job(0).kind, PushJobRecord::Kind::DryRun);
    EXPECT_EQ(m_page->historyModel()->job(0).outcome, PushJobRecord::Outcome::Failed);
    EXPECT_TRUE(m_page->dryRunButton()->isEnabled());
}

TEST_F(ProvisioningConsoleTest, WithoutAVaultTheDryRunIsRefusedWithAClearMessage)
{
    ASSERT_TRUE(plan(writeInventory(closedPort())));
    QSignalSpy finished(m_page, &ProvisioningConsolePage::jobFinished);
    m_page->dryRun();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_TRUE(m_page->statusLine()->text().contains(QLatin1String("vpnwb vault init")))
        << m_page->statusLine()->text().toStdString();
    EXPECT_EQ(m_page->historyModel()->rowCount(), 0);
}

TEST_F(ProvisioningConsoleTest, AWrongPassphraseIsRefusedAndNothingIsContacted)
{
    createVault();
    ASSERT_TRUE(plan(writeInventory(closedPort())));
    m_page->setPassphraseProvider(
        [] { return std::optional<Secret>(Secret(QByteArray("not the passphrase"))); });
    QSignalSpy finished(m_page, &ProvisioningConsolePage::jobFinished);
    m_page->dryRun();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_TRUE(m_page->statusLine()->text().contains(QLatin1String("passphrase")))
        << m_page->statusLine()->text().toStdString();
    EXPECT_EQ(m_page->activity(), ProvisioningConsolePage::Activity::Idle);
    EXPECT_EQ(cell(0, ConsoleDeviceModel::State), QStringLiteral("planned"));
    EXPECT_EQ(m_page->historyModel()->rowCount(), 0);
}

TEST_F(ProvisioningConsoleTest, APushToDevicesThatCannotBeRestoredIsRefusedNamingThem)
{
    createVault();
    ASSERT_TRUE(plan(writeInventory(closedPort(), {}, true)));
    bool confirmationAsked = false;
    m_page->setChangeConfirmation([&](const QString &, const QStringList &) {
        confirmationAsked = true;
        return true;
    });
    QSignalSpy finished(m_page, &ProvisioningConsolePage::jobFinished);
    m_page->pushButton()->click();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_FALSE(confirmationAsked);
    const QString status = m_page->statusLine()->text();
    EXPECT_TRUE(status.contains(QLatin1String("cannot restore")) && status.contains(QLatin1String("vie1-pe1 (junos)")))
        << status.toStdString();
    EXPECT_TRUE(m_page->dryRunButton()->isEnabled()); // a dry-run of them is still offered
}

TEST_F(ProvisioningConsoleTest, APushIsConfirmedWithItsDevicesFirst)
{
    createVault();
    ASSERT_TRUE(plan(writeInventory(closedPort())));
    QStringList asked;
    QString question;
    m_page->setChangeConfirmation([&](const QString &q, const QStringList &devices) {
        question = q;
        asked = devices;
        return false; // the user says no
    });
    bool passphraseAsked = false;
    m_page->setPassphraseProvider([&] {
        passphraseAsked = true;
        return std::optional<Secret>(Secret(QByteArray(kPassphrase)));
    });
    // Ctrl+Shift+Return pushes.
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    m_page->deviceTable()->setFocus();
    QTest::keyClick(m_page->deviceTable(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(asked.size(), m_page->deviceModel()->rowCount());
    for (int row = 0; row < asked.size(); ++row)
        EXPECT_TRUE(asked[row].startsWith(cell(row, ConsoleDeviceModel::Name))) << asked[row].toStdString();
    EXPECT_TRUE(question.contains(m_window->session()->document().engagement().name))
        << question.toStdString();
    EXPECT_FALSE(passphraseAsked);
    EXPECT_EQ(m_page->activity(), ProvisioningConsolePage::Activity::Idle);
    EXPECT_EQ(m_page->statusLine()->text(), QStringLiteral("The push was not started."));
    EXPECT_EQ(m_page->historyModel()->rowCount(), 0);
}

TEST_F(ProvisioningConsoleTest, CancelStopsAJobThatWaitsOnTheNetwork)
{
    createVault();
    // Accepts connections and never answers: the host-key check waits.
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    ASSERT_TRUE(plan(writeInventory(silent.serverPort())));
    m_page->parallelSpin()->setValue(1);
    QSignalSpy finished(m_page, &ProvisioningConsolePage::jobFinished);
    m_page->dryRun();
    // The vault is opened on a worker thread, then the host keys are checked.
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return m_page->activity() == ProvisioningConsolePage::Activity::CheckingHostKeys; }, 20000));
    EXPECT_TRUE(m_page->cancelButton()->isEnabled());
    EXPECT_FALSE(m_page->dryRunButton()->isEnabled());
    QTest::qWait(300);
    EXPECT_EQ(cell(0, ConsoleDeviceModel::State), QStringLiteral("connecting"));
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    m_page->deviceTable()->setFocus();
    QTest::keyClick(m_page->deviceTable(), Qt::Key_Escape); // Esc cancels
    EXPECT_TRUE(m_page->statusLine()->text().startsWith(QLatin1String("Cancelling")))
        << m_page->statusLine()->text().toStdString();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(finished.last().first().toBool());
    EXPECT_EQ(m_page->activity(), ProvisioningConsolePage::Activity::Idle);
    EXPECT_TRUE(m_page->statusLine()->text().contains(QLatin1String("Cancelled")))
        << m_page->statusLine()->text().toStdString();
    // Nothing was read from any device, and the devices after the first were never contacted;
    // the first, left connecting, shows as stopped, not as still connecting.
    EXPECT_EQ(cell(0, ConsoleDeviceModel::State), QStringLiteral("stopped"));
    EXPECT_EQ(cell(1, ConsoleDeviceModel::State), QStringLiteral("planned"));
    EXPECT_EQ(m_page->historyModel()->rowCount(), 0);
    EXPECT_TRUE(m_page->dryRunButton()->isEnabled());
}

TEST_F(ProvisioningConsoleTest, EscCancelsAPushStartedWithTheButton)
{
    createVault();
    QTcpServer silent; // accepts and never answers: the push waits on the network
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    ASSERT_TRUE(plan(writeInventory(silent.serverPort())));
    m_page->setChangeConfirmation([](const QString &, const QStringList &) { return true; });
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    m_page->pushButton()->setFocus();
    QSignalSpy finished(m_page, &ProvisioningConsolePage::jobFinished);
    m_page->pushButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_page->cancelButton()->isEnabled(); }, 20000));
    // The focus stays on this page, wherever the disabled Push button handed it.
    QWidget *focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    EXPECT_TRUE(m_page->isAncestorOf(focus)) << focus->metaObject()->className();
    QTest::keyClick(focus, Qt::Key_Escape);
    EXPECT_TRUE(m_page->statusLine()->text().startsWith(QLatin1String("Cancelling")))
        << m_page->statusLine()->text().toStdString();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(finished.last().first().toBool());
    EXPECT_TRUE(m_page->statusLine()->text().contains(QLatin1String("Cancel"))) << m_page->statusLine()->text().toStdString();
    EXPECT_EQ(m_page->activity(), ProvisioningConsolePage::Activity::Idle);
    EXPECT_TRUE(m_page->pushButton()->isEnabled());
}

TEST_F(ProvisioningConsoleTest, AskedToQuitDuringAJobTheWindowClosesOnlyWhenTheJobHasEnded)
{
    createVault();
    QTcpServer silent; // accepts and never answers: the job waits on the network
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    ASSERT_TRUE(plan(writeInventory(silent.serverPort())));
    m_page->parallelSpin()->setValue(1);
    QSignalSpy finished(m_page, &ProvisioningConsolePage::jobFinished);
    m_page->dryRun();
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return m_page->activity() == ProvisioningConsolePage::Activity::CheckingHostKeys; }, 20000));
    m_window->closeWhenJobsEnd(); // what a termination signal does
    EXPECT_TRUE(m_window->isVisible()); // not while the job runs
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(finished.last().first().toBool()); // cancelled
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_window->isVisible(); }, 10000));
    EXPECT_EQ(m_page->activity(), ProvisioningConsolePage::Activity::Idle);
}

TEST_F(ProvisioningConsoleTest, HistoryListsStoredJobsAndShowsTheirDevices)
{
    ASSERT_TRUE(plan(writeInventory(closedPort())));
    WorkspaceSession &session = *m_window->session();
    const Engagement e = session.document().engagement();
    PushJobRecord::DeviceRecord pe;
    pe.name = QStringLiteral("pe-test");
    pe.role = QStringLiteral("pe");
    pe.vendor = QStringLiteral("frr");
    pe.address = QStringLiteral("192.0.2.1");
    pe.port = 2201;
    pe.credential = QStringLiteral("pe-routers");
    pe.intendedConfig = QStringLiteral("vrf BLUE\n exit-vrf\n");
    PushJobRecord::DeviceRecord ce = pe;
    ce.name = QStringLiteral("ce-test");
    ce.role = QStringLiteral("ce");
    PushJobRecorder recorder(session.database());
    auto job = recorder.begin(PushJobRecord::Kind::Commit, PushJobRecord::Mode::AllOrNothing, e.id, e.name,
                              {pe, ce});
    ASSERT_TRUE(job.ok());
    pe.outcome = PushJobRecord::DeviceRecord::Outcome::Changed;
    pe.preConfig = QStringLiteral("hostname pe-test\n");
    pe.postConfig = QStringLiteral("hostname pe-test\nvrf BLUE\n exit-vrf\n");
    pe.log = QStringLiteral("connecting\napplied and verified");
    ce.outcome = PushJobRecord::DeviceRecord::Outcome::Failed;
    ce.error = QStringLiteral("ce-test (192.0.2.1:2201): connection refused");
    ASSERT_TRUE(
        recorder
            .finish(*job, PushJobRecord::Outcome::Partial, QStringLiteral("1 changed, 1 failed"), {pe, ce})
            .ok());
    auto dry =
        recorder.begin(PushJobRecord::Kind::DryRun, PushJobRecord::Mode::AllOrNothing, e.id, e.name, {pe});
    ASSERT_TRUE(dry.ok());
    ASSERT_TRUE(recorder.finish(*dry, PushJobRecord::Outcome::Succeeded, QStringLiteral("read"), {pe}).ok());

    m_page->refreshHistory();
    QAbstractItemModelTester tester(m_page->historyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(m_page->historyModel()->rowCount(), 2);
    auto text = [this](int row, int column) {
        return m_page->historyModel()->index(row, column).data().toString();
    };
    EXPECT_EQ(text(0, PushJobTableModel::Id), QString::number(dry->id)); // newest first
    EXPECT_EQ(text(0, PushJobTableModel::Kind), QStringLiteral("dry-run"));
    EXPECT_EQ(text(1, PushJobTableModel::Kind), QStringLiteral("push"));
    EXPECT_EQ(text(1, PushJobTableModel::Outcome), QStringLiteral("partial"));

    // A dry-run cannot be rolled back; a push can.
    m_page->historyTable()->selectRow(0);
    EXPECT_FALSE(m_page->rollbackButton()->isEnabled());
    m_page->historyTable()->selectRow(1);
    EXPECT_TRUE(m_page->rollbackButton()->isEnabled());
    // The job's devices, their outcome, log and difference.
    ASSERT_EQ(m_page->deviceModel()->rowCount(), 2);
    EXPECT_EQ(cell(0, ConsoleDeviceModel::Name), QStringLiteral("pe-test"));
    EXPECT_EQ(cell(0, ConsoleDeviceModel::State), QStringLiteral("done"));
    EXPECT_EQ(cell(1, ConsoleDeviceModel::State), QStringLiteral("failed"));
    m_page->deviceTable()->selectRow(0);
    EXPECT_TRUE(m_page->logView()->toPlainText().contains(QLatin1String("applied and verified")));
    EXPECT_TRUE(m_page->diffView()->toPlainText().contains(QLatin1String("+ vrf BLUE")))
        << m_page->diffView()->toPlainText().toStdString();
    m_page->deviceTable()->selectRow(1);
    EXPECT_TRUE(m_page->diffTitle()->text().contains(QLatin1String("connection refused")));
}

TEST(HostKeyPromptTest, AnUnknownKeyIsAskedAChangedOneIsRefused)
{
    EXPECT_EQ(HostKeyScan::actionFor(HostKeyCheck::Verdict::Unknown), HostKeyScan::Action::Ask);
    EXPECT_EQ(HostKeyScan::actionFor(HostKeyCheck::Verdict::Changed), HostKeyScan::Action::Refuse);
    EXPECT_EQ(HostKeyScan::actionFor(HostKeyCheck::Verdict::OtherType), HostKeyScan::Action::Refuse);
    EXPECT_EQ(HostKeyScan::actionFor(HostKeyCheck::Verdict::Trusted), HostKeyScan::Action::Proceed);
    EXPECT_EQ(HostKeyScan::actionFor(HostKeyCheck::Verdict::NotChecked), HostKeyScan::Action::Proceed);

    HostKeyCheck key;
    key.verdict = HostKeyCheck::Verdict::Unknown;
    key.keyType = QStringLiteral("ssh-ed25519");
    key.fingerprintSha256 = QStringLiteral("SHA256:abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
    HostKeyPrompt unknown(QStringLiteral("pe1"), QStringLiteral("127.0.0.1"), 2201, key);
    EXPECT_TRUE(unknown.canAccept());
    ASSERT_NE(unknown.acceptButton(), nullptr);
    EXPECT_EQ(unknown.fingerprint()->text(), key.fingerprintSha256);
    EXPECT_TRUE(unknown.refuseButton()->isDefault()); // Return does not accept a key unread
    const QList<QLabel *> labels = unknown.findChildren<QLabel *>();
    bool addressShown = false;
    for (const QLabel *l : labels)
        addressShown = addressShown || l->text() == QLatin1String("127.0.0.1:2201");
    EXPECT_TRUE(addressShown);

    key.verdict = HostKeyCheck::Verdict::Changed;
    HostKeyPrompt changed(QStringLiteral("pe1"), QStringLiteral("127.0.0.1"), 2201, key);
    EXPECT_FALSE(changed.canAccept());
    EXPECT_EQ(changed.acceptButton(), nullptr);
    EXPECT_TRUE(changed.message()->text().contains(QLatin1String("CHANGED")));
}

} // namespace
