#include "solutiondesignpage.h"

#include "canvaspositions.h"
#include "canvasselectionsync.h"
#include "engagementdocument.h"
#include "serviceabilityview.h"
#include "siteeditdialog.h"
#include "sitehoming.h"
#include "sitesview.h"
#include "sitetablemodel.h"
#include "topologycontroller.h"
#include "topologyscene.h"
#include "topologyview.h"
#include "vpnservicesview.h"
#include "workspacesession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <map>

namespace vpnwb {

SolutionDesignPage::SolutionDesignPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("solutionDesignPage"));
    EngagementDocument &doc = session.document();

    m_scene = new TopologyScene(this);
    m_controller = new TopologyController(doc, *session.siteHoming(), *session.canvasPositions(), *m_scene, this);

    auto *canvasPanel = new QWidget(this);
    auto *canvasLayout = new QVBoxLayout(canvasPanel);
    canvasLayout->setContentsMargins(0, 0, 0, 0);
    canvasLayout->setSpacing(0);
    m_view = new TopologyView(m_scene, m_controller, canvasPanel);
    m_toolBar = new QToolBar(tr("Canvas"), canvasPanel);
    m_toolBar->setObjectName(QStringLiteral("canvasToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *arrange = new QToolButton(m_toolBar);
    arrange->setText(tr("Arrange"));
    arrange->setToolTip(tr("Place everything by an automatic layout (undoable)"));
    arrange->setPopupMode(QToolButton::InstantPopup);
    auto *arrangeMenu = new QMenu(arrange);
    for (const CanvasLayoutKind kind : {CanvasLayoutKind::Geographic, CanvasLayoutKind::Radial, CanvasLayoutKind::Force})
        arrangeMenu->addAction(m_view->arrangeAction(kind));
    arrange->setMenu(arrangeMenu);
    m_toolBar->addWidget(arrange);
    m_toolBar->addAction(m_view->fitAction());
    m_toolBar->addAction(m_view->zoomInAction());
    m_toolBar->addAction(m_view->zoomOutAction());
    m_toolBar->addAction(m_view->findAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_view->accessLinksAction());
    m_toolBar->addAction(m_view->vpnLinksAction());
    m_toolBar->addAction(m_view->legendAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_view->exportPngAction());
    m_toolBar->addAction(m_view->exportSvgAction());
    canvasLayout->addWidget(m_toolBar);
    auto *canvasRow = new QHBoxLayout;
    canvasRow->setSpacing(0);
    canvasRow->addWidget(m_view, 1);
    QWidget *legend = m_view->legendWidget();
    legend->setParent(canvasPanel);
    legend->setContentsMargins(8, 8, 8, 8);
    legend->setAutoFillBackground(true);
    legend->setBackgroundRole(QPalette::Base);
    canvasRow->addWidget(legend);
    canvasLayout->addLayout(canvasRow, 1);

    m_sites = new SitesView;
    m_sites->setModel(session.siteModel());

    m_vpns = new VpnServicesView(doc, this);
    m_serviceability = new ServiceabilityView(session, this);

    m_tables = new QTabWidget(this);
    m_tables->setObjectName(QStringLiteral("solutionDesignTables"));
    m_tables->setDocumentMode(true);
    m_tables->addTab(m_sites, tr("Sites"));
    m_tables->addTab(m_vpns, tr("VPN Services and Roles"));
    m_tables->addTab(m_serviceability, tr("Serviceability"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("solutionDesignSplitter"));
    split->addWidget(canvasPanel);
    split->addWidget(m_tables);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({300, 200}); // weights: the tables keep room for several rows
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    QItemSelectionModel *selection = m_sites->table()->selectionModel();
    m_sync = new CanvasSelectionSync(m_scene, selection, this);
    // A site picked in the table is brought into view on the canvas.
    connect(selection, &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_view->reveal(current.data(SiteTableModel::SiteIdRole).toString());
    });
    m_serviceabilitySync =
        new CanvasSelectionSync(m_scene, m_serviceability->table()->selectionModel(), this);
    connect(m_serviceability->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_view->reveal(current.data(SiteTableModel::SiteIdRole).toString());
            });
    connect(m_controller, &TopologyController::editSiteRequested, this, &SolutionDesignPage::editSite);
    connect(session.siteHoming(), &SiteHoming::resultsReset, this,
            &SolutionDesignPage::refreshServiceabilityTab);
    connect(session.siteHoming(), &SiteHoming::homingChanged, this,
            &SolutionDesignPage::refreshServiceabilityTab);
    connect(&doc, &EngagementDocument::siteChanged, this, &SolutionDesignPage::refreshServiceabilityTab);
    connect(&doc, &EngagementDocument::siteRemoved, this, &SolutionDesignPage::refreshServiceabilityTab);
    connect(&doc, &EngagementDocument::siteInserted, this, &SolutionDesignPage::refreshServiceabilityTab);
    refreshServiceabilityTab();
}

void SolutionDesignPage::editSite(const QString &siteId)
{
    const Site *site = m_session.document().engagement().findSite(siteId);
    if (!site)
        return;
    SiteEditDialog dialog(*site, this);
    if (dialog.exec() == QDialog::Accepted)
        m_session.document().editSite(siteId, dialog.site(), tr("Edit site %1").arg(siteId));
}

void SolutionDesignPage::refreshServiceabilityTab()
{
    // The tab says at a glance what still keeps step 1 from being done.
    const Engagement &e = m_session.document().engagement();
    const SiteHoming &homing = *m_session.siteHoming();
    int open = 0;
    for (const Site &s : e.sites) {
        const SiteServiceability *r = homing.result(s.siteId);
        open += !r || r->verdict == ServiceabilityVerdict::Unserviceable || r->isStaleFor(s) ? 1 : 0;
    }
    const int tab = m_tables->indexOf(m_serviceability);
    m_tables->setTabText(tab, open == 0 ? tr("Serviceability") : tr("Serviceability (%n open)", nullptr, open));
    m_tables->setTabToolTip(tab, tr("Sites not checked, unserviceable, or changed since their check: %1").arg(open));
}

} // namespace vpnwb
