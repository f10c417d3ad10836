#include "solutiondesignpage.h"

#include "canvaspositions.h"
#include "canvasselectionsync.h"
#include "engagementdocument.h"
#include "siteeditdialog.h"
#include "sitehoming.h"
#include "sitesview.h"
#include "sitetablemodel.h"
#include "topologycontroller.h"
#include "topologyscene.h"
#include "topologyview.h"
#include "workspacesession.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
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

    m_serviceability = new QGroupBox(tr("Serviceability results"), this);
    m_serviceability->setObjectName(QStringLiteral("serviceabilitySlot"));
    m_serviceabilityLayout = new QVBoxLayout(m_serviceability);
    m_summary = new QLabel(m_serviceability);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *reload = new QPushButton(tr("Re&load Results"), m_serviceability);
    reload->setToolTip(tr("Read the serviceability results again, e.g. after 'vpnwb serviceability' ran"));
    connect(reload, &QPushButton::clicked, session.siteHoming(), &SiteHoming::reload);
    m_serviceabilityLayout->addWidget(m_summary, 1);
    m_serviceabilityLayout->addWidget(reload, 0, Qt::AlignLeft);

    auto *tables = new QSplitter(Qt::Horizontal);
    tables->addWidget(m_sites);
    tables->addWidget(m_serviceability);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("solutionDesignSplitter"));
    split->addWidget(canvasPanel);
    split->addWidget(tables);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 2);
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
    connect(m_controller, &TopologyController::editSiteRequested, this, &SolutionDesignPage::editSite);
    connect(session.siteHoming(), &SiteHoming::resultsReset, this, &SolutionDesignPage::refreshServiceabilitySummary);
    connect(session.siteHoming(), &SiteHoming::homingChanged, this, &SolutionDesignPage::refreshServiceabilitySummary);
    connect(&doc, &EngagementDocument::siteChanged, this, &SolutionDesignPage::refreshServiceabilitySummary);
    connect(&doc, &EngagementDocument::vpnsChanged, this, &SolutionDesignPage::refreshServiceabilitySummary);
    refreshServiceabilitySummary();
}

void SolutionDesignPage::setServiceabilityView(QWidget *view)
{
    delete m_summary;
    m_summary = nullptr;
    view->setParent(m_serviceability);
    m_serviceabilityLayout->insertWidget(0, view, 1);
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

void SolutionDesignPage::refreshServiceabilitySummary()
{
    if (!m_summary)
        return;
    const Engagement &e = m_session.document().engagement();
    const SiteHoming &homing = *m_session.siteHoming();
    std::map<ServiceabilityVerdict, int> verdicts;
    int unchecked = 0;
    int stale = 0;
    QDateTime computed;
    for (const Site &s : e.sites) {
        const SiteServiceability *r = homing.result(s.siteId);
        if (!r) {
            ++unchecked;
            continue;
        }
        ++verdicts[r->verdict];
        stale += r->isStaleFor(s) ? 1 : 0;
        if (!computed.isValid() || r->computedAt > computed)
            computed = r->computedAt;
    }
    QString html;
    if (unchecked == e.sites.size()) {
        html = tr("<p>Serviceability has not been checked for these sites yet. Run "
                  "<code>vpnwb serviceability</code> on the engagement, then reload: the canvas then shows "
                  "each site's PE, partner access and verdict.</p>");
    } else {
        html = tr("<p><b>%1</b> on-net, <b>%2</b> off-net through partners, <b>%3</b> unserviceable")
                   .arg(verdicts[ServiceabilityVerdict::OnNet])
                   .arg(verdicts[ServiceabilityVerdict::OffNet])
                   .arg(verdicts[ServiceabilityVerdict::Unserviceable]);
        if (unchecked > 0)
            html += tr(", <b>%1</b> not checked").arg(unchecked);
        html += QStringLiteral("</p>");
        if (stale > 0)
            html += tr("<p>%n site(s) changed after the check; check again.</p>", nullptr, stale);
        if (computed.isValid())
            html += tr("<p>Last saved %1.</p>")
                        .arg(QLocale().toString(computed.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped());
    }
    html += tr("<p style='color: gray'>Slot for the per-site results table; until then each site's result "
               "is in its tooltip on the canvas.</p>");
    m_summary->setText(html);
}

} // namespace vpnwb
