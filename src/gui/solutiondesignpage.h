#pragma once

#include <QWidget>

class QTabWidget;
class QToolBar;

namespace vpnwb {

class CanvasSelectionSync;
class ServiceabilityView;
class SitesView;
class TopologyController;
class TopologyScene;
class TopologyView;
class VpnServicesView;
class WorkspaceSession;

// Step 1, RFP and solution design: the topology canvas above; below, in
// tabs, the site table, the VPN services with each site's role per VPN, and
// the filterable serviceability results. The canvas and the tables are views
// of one engagement and of one selection of sites.
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
    VpnServicesView *vpnServicesView() const { return m_vpns; }
    ServiceabilityView *serviceabilityView() const { return m_serviceability; }
    QTabWidget *tables() const { return m_tables; }

private:
    void editSite(const QString &siteId);
    void refreshServiceabilityTab();

    WorkspaceSession &m_session;
    SitesView *m_sites = nullptr;
    TopologyScene *m_scene = nullptr;
    TopologyController *m_controller = nullptr;
    TopologyView *m_view = nullptr;
    CanvasSelectionSync *m_sync = nullptr;
    CanvasSelectionSync *m_serviceabilitySync = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTabWidget *m_tables = nullptr;
    VpnServicesView *m_vpns = nullptr;
    ServiceabilityView *m_serviceability = nullptr;
};

} // namespace vpnwb
