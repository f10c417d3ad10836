// Drives the provisioning console against the router lab under Xvfb and
// takes its screenshots for the documentation. It checks on the way that
// refusing the unknown host keys stops the job before anything runs, that
// accepted keys are recorded, that the dry-run, the push and the rollback
// succeed (exit 0; 1 or 3 with the reason otherwise). Pictures: the host-key
// prompt, a finished dry-run with a device's difference, a push while it runs
// (devices in mixed states), the finished push and its rollback from the job
// history. tests/gui/console-screenshots.sh runs it (test gui.console_against_lab).
//
// console_screenshot WORKSPACE ENGAGEMENT_ID INVENTORY OUT_DIR
// (the vault's passphrase in VPNWB_VAULT_PASSPHRASE)

#include "consoledevicemodel.h"
#include "hostkeyprompt.h"
#include "mainwindow.h"
#include "provisioningconsolepage.h"
#include "pushjobtablemodel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPixmap>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace vpnwb;

namespace {

bool shoot(const QString &path)
{
    QTest::qWait(400);
    const QPixmap picture = QGuiApplication::primaryScreen()->grabWindow(0);
    const bool ok = picture.save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "saved" : "could not save", qPrintable(path));
    return ok;
}

// The first row whose state is `state`, or -1.
int rowIn(const ConsoleDeviceModel &model, DeviceCommit::State state)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.device(row).state == state && model.device(row).started)
            return row;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 5) {
        std::fprintf(stderr, "usage: console_screenshot WORKSPACE ENGAGEMENT_ID INVENTORY OUT_DIR\n");
        return 2;
    }
    const QString workspace = QString::fromLocal8Bit(argv[1]);
    const qint64 engagement = QByteArray(argv[2]).toLongLong();
    const QString inventory = QString::fromLocal8Bit(argv[3]);
    const QDir out(QString::fromLocal8Bit(argv[4]));

    MainWindow window;
    window.resize(1440, 900);
    if (const Status s = window.openWorkspace(workspace); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    if (const Status s = window.openEngagement(engagement); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    window.show();
    window.selectStep(6);
    auto *page = window.findChild<ProvisioningConsolePage *>();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("stepSixTabs"));
    if (!page || !tabs)
        return 1;
    tabs->setCurrentWidget(page);
    page->setPassphraseProvider(
        [] { return std::optional<Secret>(Secret(qgetenv("VPNWB_VAULT_PASSPHRASE"))); });
    page->setChangeConfirmation([](const QString &, const QStringList &) { return true; });
    bool promptShot = false;
    const auto accept = [&](const SshEndpoint &endpoint, const HostKeyCheck &key) {
        if (!promptShot) { // the first prompt, as the user sees it
            HostKeyPrompt prompt(endpoint.deviceName, endpoint.host, endpoint.port, key, &window);
            prompt.show();
            QTest::qWait(300);
            prompt.move(window.geometry().center() - prompt.rect().center());
            shoot(out.filePath(QStringLiteral("provisioning-hostkey.png")));
            promptShot = true;
        }
        return true;
    };

    QSignalSpy planned(page, &ProvisioningConsolePage::planLoaded);
    page->setInventoryFile(inventory);
    if (!planned.wait(60000) || !planned.last().first().toBool()) {
        std::fprintf(stderr, "no plan\n");
        return 1;
    }
    page->parallelSpin()->setValue(2);
    QSignalSpy finished(page, &ProvisioningConsolePage::jobFinished);

    // Refusing the unknown host keys: nothing is run, nothing recorded.
    page->setHostKeyDecider([](const SshEndpoint &, const HostKeyCheck &) { return false; });
    page->dryRun();
    if (!finished.wait(60000) || finished.last().first().toBool() ||
        !page->statusLine()->text().startsWith(QLatin1String("Host key refused")) ||
        QFile::exists(page->knownHostsFile()) || page->historyModel()->rowCount() != 0) {
        std::fprintf(stderr, "refusing the host keys did not stop the job: %s\n",
                     qPrintable(page->statusLine()->text()));
        return 1;
    }
    page->setHostKeyDecider(accept);
    finished.clear();

    // A dry-run, with the first device's difference shown.
    page->dryRun();
    if (!finished.wait(180000) || !finished.last().first().toBool()) {
        std::fprintf(stderr, "the dry-run failed: %s\n", qPrintable(page->statusLine()->text()));
        return 1;
    }
    // The accepted keys are recorded in the workspace's known_hosts file.
    QFile knownHosts(page->knownHostsFile());
    if (!knownHosts.open(QIODevice::ReadOnly) ||
        knownHosts.readAll().count("ssh-ed25519") < page->deviceModel()->rowCount()) {
        std::fprintf(stderr, "the accepted host keys were not recorded\n");
        return 1;
    }
    page->deviceTable()->selectRow(0);
    page->findChild<QTabWidget *>()->setCurrentIndex(1);
    shoot(out.filePath(QStringLiteral("provisioning-dryrun.png")));

    // The push: once while devices are in mixed states, once finished.
    page->findChild<QTabWidget *>()->setCurrentIndex(0);
    finished.clear();
    page->push();
    bool liveShot = false;
    while (finished.isEmpty()) {
        QTest::qWait(100);
        const ConsoleDeviceModel &m = *page->deviceModel();
        const int working =
            std::max(rowIn(m, DeviceCommit::State::Pushing), rowIn(m, DeviceCommit::State::Verifying));
        const bool someDone = rowIn(m, DeviceCommit::State::Done) >= 0;
        const bool someQueued =
            rowIn(m, DeviceCommit::State::Queued) >= 0 || rowIn(m, DeviceCommit::State::Connecting) >= 0;
        if (!liveShot && working >= 0 && (someDone || someQueued)) {
            page->deviceTable()->selectRow(working);
            liveShot = shoot(out.filePath(QStringLiteral("provisioning-console-live.png")));
        }
    }
    if (!liveShot)
        std::fprintf(stderr, "the push ended before devices were in mixed states\n");
    // The finished push with the first device's configuration after it, compared with before.
    page->deviceTable()->selectRow(0);
    page->findChild<QTabWidget *>()->setCurrentIndex(1);
    shoot(out.filePath(QStringLiteral("provisioning-console.png")));
    const bool pushed = finished.last().first().toBool();
    if (!pushed)
        std::fprintf(stderr, "the push failed: %s\n", qPrintable(page->statusLine()->text()));

    // The push rolled back from the job history.
    page->findChild<QTabWidget *>()->setCurrentIndex(0);
    page->historyTable()->selectRow(0);
    finished.clear();
    page->rollBackSelectedJob();
    if (!finished.isEmpty() || !finished.wait(180000))
        return 1;
    page->historyTable()->selectRow(0);
    shoot(out.filePath(QStringLiteral("provisioning-rollback.png")));
    if (!finished.last().first().toBool())
        std::fprintf(stderr, "the rollback failed: %s\n", qPrintable(page->statusLine()->text()));
    return pushed && finished.last().first().toBool() ? 0 : 3;
}
