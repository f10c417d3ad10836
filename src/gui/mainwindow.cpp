#include "mainwindow.h"

#include "appsettings.h"
#include "configpreviewpage.h"
#include "database.h"
#include "demoengagement.h"
#include "displaytext.h"
#include "exchangeactions.h"
#include "engagementdocument.h"
#include "engagementrepository.h"
#include "flowraildelegate.h"
#include "flowstep.h"
#include "flowstepmodel.h"
#include "messagebanner.h"
#include "networkdesignpage.h"
#include "qospolicypage.h"
#include "settingsdialog.h"
#include "sitesview.h"
#include "sitetablemodel.h"
#include "solutiondesignpage.h"
#include "provisioningconsolepage.h"
#include "steppage.h"
#include "welcomepage.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QVBoxLayout>

#include <cstdio>

namespace vpnwb {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/vpnwb/icons/org.vpnworkbench.VpnWorkbench.svg")));
    m_undoGroup = new QUndoGroup(this);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    m_banner = new MessageBanner(central);
    centralLayout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    m_rail = new QListView(splitter);
    m_rail->setObjectName(QStringLiteral("flowRail"));
    m_rail->setItemDelegate(new FlowRailDelegate(m_rail));
    m_rail->setMinimumWidth(300);
    m_rail->setMaximumWidth(420);
    m_rail->setUniformItemSizes(true);
    m_rail->setAccessibleName(tr("Activation flow"));
    m_rail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pages = new QStackedWidget(splitter);
    splitter->addWidget(m_rail);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 900});
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_welcome = new WelcomePage(m_pages);
    m_pages->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::createDemoRequested, this, [this] {
        if (const Status s = createDemoEngagement(); !s)
            showError(s.error().message);
    });
    connect(m_welcome, &WelcomePage::openWorkspaceRequested, this, &MainWindow::chooseWorkspace);

    m_workspaceLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    createActions();
    updateTitle();
    resize(1360, 820);
    restoreGeometry(QSettings().value(QStringLiteral("ui/geometry")).toByteArray());
    restoreState(QSettings().value(QStringLiteral("ui/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    // Pages and models refer to the session: remove them before it goes.
    for (StepPage *p : std::as_const(m_stepPages))
        delete p;
    m_stepPages.clear();
    m_rail->setModel(nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newWs = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newWs->setShortcut(QKeySequence::New);
    QAction *openWs = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    openWs->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    refreshRecentMenu();
    file->addSeparator();
    QAction *demo = file->addAction(tr("Create &Demo Engagement"), this, [this] {
        if (const Status s = createDemoEngagement(); !s)
            showError(s.error().message);
    });
    demo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    file->addSeparator();
    m_exchange = new ExchangeActions(*this);
    file->addAction(m_exchange->importSitesAction());
    file->addAction(m_exchange->importL3smAction());
    file->addAction(m_exchange->exportL3smAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *prev =
        go->addAction(tr("&Previous Step"), this, [this] { selectStep(std::max(1, currentStep() - 1)); });
    prev->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    QAction *next = go->addAction(tr("&Next Step"), this,
                                  [this] { selectStep(std::min(FlowStep::count, currentStep() + 1)); });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    go->addSeparator();
    for (const FlowStep &step : FlowStep::all()) {
        QAction *a =
            go->addAction(QStringLiteral("&%1 %2").arg(step.number % 10).arg(DisplayText::stepName(step)),
                          this, [this, n = step.number] { selectStep(n); });
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_0 + step.number % 10)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About VPN Workbench"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = addToolBar(tr("Engagement"));
    bar->setObjectName(QStringLiteral("engagementToolBar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr(" Engagement: "), bar));
    m_switcher = new QComboBox(bar);
    m_switcher->setObjectName(QStringLiteral("engagementSwitcher"));
    m_switcher->setMinimumWidth(340);
    m_switcher->setToolTip(tr("Switch to another engagement of this workspace"));
    bar->addWidget(m_switcher);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    connect(m_switcher, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_refreshingSwitcher || index < 0)
            return;
        if (const Status s = openEngagement(m_switcher->itemData(index).toLongLong()); !s)
            showError(s.error().message);
    });
}

void MainWindow::buildPages()
{
    for (StepPage *p : std::as_const(m_stepPages))
        delete p;
    m_stepPages.clear();
    m_sitesView = nullptr;
    if (!m_session)
        return;
    EngagementDocument &doc = m_session->document();
    for (const FlowStep &step : FlowStep::all()) {
        auto *page = new StepPage(step.number, doc, m_pages);
        if (step.number == 1) {
            auto *design = new SolutionDesignPage(*m_session);
            m_sitesView = design->sitesView();
            page->setContent(design);
        } else if (step.number == 4) {
            page->setContent(new NetworkDesignPage(*m_session));
        } else if (step.number == 5) {
            page->setContent(new QosPolicyPage(*m_session));
        } else if (step.number == 6) {
            auto *preview = new ConfigPreviewPage(*m_session);
            connect(preview, &ConfigPreviewPage::stepRequested, this, &MainWindow::selectStep);
            // The configuration preview and, beside it, the console that provisions it.
            auto *tabs = new QTabWidget;
            tabs->setObjectName(QStringLiteral("stepSixTabs"));
            tabs->addTab(preview, tr("Configuration preview"));
            tabs->addTab(new ProvisioningConsolePage(*m_session), tr("Provisioning console"));
            page->setContent(tabs);
        }
        if (step.number == 4 || step.number == 5)
            page->setDoneGate([session = m_session.get()] { return NetworkDesignPage::whyNotDone(*session); });
        m_pages->addWidget(page);
        m_stepPages.append(page);
    }
    m_rail->setModel(m_session->flowModel());
    connect(m_rail->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid() || !m_session || !m_session->document().isOpen())
                    return;
                m_pages->setCurrentWidget(m_stepPages.value(current.row()));
                QSettings().setValue(QStringLiteral("ui/lastStep"), current.row() + 1);
            });
    connect(&doc, &EngagementDocument::errorOccurred, this, &MainWindow::showError);
}

Status MainWindow::openWorkspace(const QString &path)
{
    auto opened = WorkspaceSession::open(path);
    if (!opened)
        return opened.error();
    if (m_session)
        m_undoGroup->removeStack(m_session->document().undoStack());
    for (StepPage *p : std::as_const(m_stepPages))
        delete p;
    m_stepPages.clear();
    m_rail->setModel(nullptr);
    m_session = std::move(opened.value());
    m_undoGroup->addStack(m_session->document().undoStack());
    m_undoGroup->setActiveStack(m_session->document().undoStack());
    buildPages();
    AppSettings::addRecentWorkspace(path);
    refreshRecentMenu();
    m_welcome->setWorkspace(m_session->path());
    m_workspaceLabel->setText(tr("Workspace: %1").arg(QFileInfo(path).absoluteFilePath()));

    auto list = EngagementRepository(m_session->database()).list();
    if (!list)
        return list.error();
    const qint64 last = AppSettings::lastEngagement(path);
    qint64 toOpen = list->isEmpty() ? 0 : list->first().id;
    for (const EngagementSummary &s : *list) {
        if (s.id == last)
            toOpen = last;
    }
    refreshSwitcher();
    if (toOpen == 0) {
        m_pages->setCurrentWidget(m_welcome);
        updateTitle();
        return Status::success();
    }
    return openEngagement(toOpen);
}

Status MainWindow::openEngagement(qint64 id)
{
    if (!m_session)
        return Error::notFound(tr("No workspace is open."));
    if (const Status s = m_session->document().open(id); !s)
        return s;
    AppSettings::setLastEngagement(m_session->path(), id);
    refreshSwitcher();
    m_sitesView->table()->resizeColumnsToContents();
    const int step =
        std::clamp(QSettings().value(QStringLiteral("ui/lastStep"), 1).toInt(), 1, FlowStep::count);
    selectStep(step);
    m_pages->setCurrentWidget(m_stepPages.value(step - 1));
    updateTitle();
    return Status::success();
}

Status MainWindow::createDemoEngagement()
{
    if (!m_session)
        return Error::notFound(tr("No workspace is open."));
    auto demo = DemoEngagement::load();
    if (!demo)
        return demo.error();
    EngagementRepository repo(m_session->database());
    auto existing = repo.find(demo->name);
    if (existing)
        return openEngagement(existing->id);
    auto saved = repo.save(*demo);
    if (!saved)
        return saved.error();
    m_banner->showInfo(
        tr("Created the demo engagement “%1” with %2 sites.").arg(saved->name).arg(saved->sites.size()));
    return openEngagement(saved->id);
}

int MainWindow::currentStep() const
{
    const QModelIndex i = m_rail->currentIndex();
    return i.isValid() ? i.row() + 1 : 1;
}

void MainWindow::selectStep(int step)
{
    if (!m_rail->model() || step < 1 || step > FlowStep::count)
        return;
    m_rail->setCurrentIndex(m_rail->model()->index(step - 1, 0));
}

StepPage *MainWindow::stepPage(int step) const
{
    return m_stepPages.value(step - 1);
}

void MainWindow::refreshSwitcher()
{
    m_refreshingSwitcher = true;
    m_switcher->clear();
    if (m_session) {
        auto list = EngagementRepository(m_session->database()).list();
        if (list) {
            for (const EngagementSummary &s : *list)
                m_switcher->addItem(tr("%1 — %2 sites").arg(s.name).arg(s.siteCount),
                                    QVariant::fromValue<qint64>(s.id));
        }
        const qint64 open = m_session->document().engagement().id;
        m_switcher->setCurrentIndex(m_switcher->findData(QVariant::fromValue<qint64>(open)));
    }
    m_switcher->setEnabled(m_switcher->count() > 0);
    m_refreshingSwitcher = false;
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentWorkspaces();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QAction *a =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(path), this, [this, path] {
                if (const Status s = openWorkspace(path); !s)
                    showError(s.error().message);
            });
        a->setEnabled(QFileInfo::exists(path));
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        AppSettings::clearRecentWorkspaces();
        refreshRecentMenu();
    });
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    QString title = tr("VPN Workbench");
    if (m_session && m_session->document().isOpen())
        title = m_session->document().engagement().name + QStringLiteral(" — ") + title;
    setWindowTitle(title);
}

void MainWindow::showError(const QString &message)
{
    m_banner->showError(message);
    statusBar()->showMessage(message, 10000);
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QString(),
                                                      tr("VPN Workbench workspaces (*.vpnwb)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("%1 exists already; open it with File › Open Workspace.").arg(path));
        return;
    }
    if (const Status s = openWorkspace(path); !s)
        showError(s.error().message);
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), QString(), tr("VPN Workbench workspaces (*.vpnwb);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Status s = openWorkspace(path); !s)
        showError(s.error().message);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About VPN Workbench"),
        tr("<h3>VPN Workbench %1</h3>"
           "<p>Takes an enterprise customer's multi-site MPLS L3VPN from the RFP to a monitored "
           "service: solution design, pricing, order, VRF and QoS design, provisioning, turn-up, "
           "activation, handover and monitoring in one place.</p>"
           "<p>Speaks IETF L3SM (RFC 8299), L3NM (RFC 9182) and TM Forum Open APIs.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(VPNWB_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::closeWhenJobsEnd()
{
    for (ProvisioningConsolePage *console : findChildren<ProvisioningConsolePage *>()) {
        if (console->isBusy()) {
            std::fprintf(stderr, "vpn-workbench: asked to quit while a provisioning job runs: cancelling it; the "
                                 "devices it changed are rolled back before the program ends\n");
            connect(console, &ProvisioningConsolePage::jobFinished, this, &MainWindow::closeWhenJobsEnd,
                    Qt::SingleShotConnection);
            console->cancel();
            return;
        }
    }
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A push cut short by closing would leave its devices half changed.
    for (const ProvisioningConsolePage *console : findChildren<ProvisioningConsolePage *>()) {
        if (console->isBusy()) {
            QMessageBox::warning(this, tr("A job is running"),
                                 tr("The provisioning console is working on the devices. Cancel the job (Esc) "
                                    "and wait until it has ended before closing."));
            event->ignore();
            return;
        }
    }
    QSettings().setValue(QStringLiteral("ui/geometry"), saveGeometry());
    QSettings().setValue(QStringLiteral("ui/state"), saveState());
    event->accept();
}

} // namespace vpnwb
