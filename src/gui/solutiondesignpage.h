#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;
class QToolBar;
class QVBoxLayout;

namespace vpnwb {

class CanvasSelectionSync;
class SitesView;
class TopologyController;
class TopologyScene;
class TopologyView;
class WorkspaceSession;

// Step 1, RFP and solution design: the topology canvas above, the site
// table and the serviceability results below, in splitters. The canvas and
// the table are two views of one engagement and of one selection.
class SolutionDesignPage : public QWidget
{
    Q_OBJECT
public:
    explicit SolutionDesignPage(WorkspaceSession &session, QWidget *parent = nullptr);

    SitesView *sitesView() const { return m_sites; }
    TopologyView *canvas() const { return m_view; }
    TopologyScene *scene() const { return m_scene; }
    TopologyController *controller() const { return m_controller; }
    QToolBar *canvasToolBar() const { return m_toolBar; }

    // The slot for the table of serviceability results: `view` replaces
    // the summary shown there until a results view exists (the page owns it).
    void setServiceabilityView(QWidget *view);

private:
    void editSite(const QString &siteId);
    void refreshServiceabilitySummary();

    WorkspaceSession &m_session;
    SitesView *m_sites = nullptr;
    TopologyScene *m_scene = nullptr;
    TopologyController *m_controller = nullptr;
    TopologyView *m_view = nullptr;
    CanvasSelectionSync *m_sync = nullptr;
    QToolBar *m_toolBar = nullptr;
    QGroupBox *m_serviceability = nullptr;
    QVBoxLayout *m_serviceabilityLayout = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace vpnwb
