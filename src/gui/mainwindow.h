#pragma once

#include "result.h"

#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QListView;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace vpnwb {

class ExchangeActions;
class MessageBanner;
class SitesView;
class StepPage;
class WelcomePage;
class WorkspaceSession;

// The workbench window: the flow rail of the ten steps on the left, the
// selected step's page on the right, the engagement switcher above.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace database; on failure the current one stays open.
    Status openWorkspace(const QString &path);
    Status openEngagement(qint64 id);
    Status createDemoEngagement();

    WorkspaceSession *session() const { return m_session.get(); }
    int currentStep() const;
    void selectStep(int step);
    StepPage *stepPage(int step) const;
    QListView *railView() const { return m_rail; }
    QStackedWidget *pageStack() const { return m_pages; }
    QComboBox *engagementSwitcher() const { return m_switcher; }
    SitesView *sitesView() const { return m_sitesView; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    MessageBanner *banner() const { return m_banner; }
    ExchangeActions *exchangeActions() const { return m_exchange; }

    // Closes the window as soon as nothing runs: a running provisioning job
    // is cancelled first (it rolls back the devices it changed) and the
    // window closes when it has ended. For a request to quit from outside.
    void closeWhenJobsEnd();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void buildPages();
    void refreshSwitcher();
    void refreshRecentMenu();
    void updateTitle();
    void showError(const QString &message);

    void newWorkspace();
    void chooseWorkspace();
    void showSettings();
    void showAbout();

    std::unique_ptr<WorkspaceSession> m_session;
    QUndoGroup *m_undoGroup = nullptr;
    QListView *m_rail = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QList<StepPage *> m_stepPages;
    SitesView *m_sitesView = nullptr;
    QComboBox *m_switcher = nullptr;
    MessageBanner *m_banner = nullptr;
    ExchangeActions *m_exchange = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    bool m_refreshingSwitcher = false;
};

} // namespace vpnwb
