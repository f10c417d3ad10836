// Step 1 in the real main window: the canvas, the site table, the VPNs with
// the roles of their sites, and the serviceability results checked from the
// page and filtered by verdict; a pick in one view selects in the others.

#include "canvasgraph.h"
#include "engagementdocument.h"
#include "mainwindow.h"
#include "serviceabilitytablemodel.h"
#include "serviceabilityview.h"
#include "sitehoming.h"
#include "sitesview.h"
#include "solutiondesignpage.h"
#include "topologyscene.h"
#include "vpnservicesview.h"
#include "vpntablemodel.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

class StepOneGuiTest : public ::testing::Test
{
protected:
    SolutionDesignPage *openStepOne()
    {
        m_window = std::make_unique<MainWindow>();
        EXPECT_TRUE(m_window->openWorkspace(m_dir.filePath(QStringLiteral("ws.vpnwb"))).ok());
        EXPECT_TRUE(m_window->createDemoEngagement().ok());
        m_window->resize(1400, 900);
        m_window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->selectStep(1);
        return m_window->findChild<SolutionDesignPage *>();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(StepOneGuiTest, ServiceabilityIsCheckedOnThePageAndFilteredByVerdict)
{
    SolutionDesignPage *page = openStepOne();
    ASSERT_NE(page, nullptr);
    QTabWidget *tabs = page->tables();
    ASSERT_EQ(tabs->count(), 3);
    ServiceabilityView *results = page->serviceabilityView();
    page->tables()->setCurrentWidget(results);

    const auto accessLinks = [page] {
        int n = 0;
        for (const CanvasLink &l : page->scene()->graph().links())
            n += l.kind == CanvasLink::Kind::Access ? 1 : 0;
        return n;
    };
    EXPECT_EQ(accessLinks(), 0); // not checked yet: no site is homed on a PE
    QSignalSpy checked(results, &ServiceabilityView::checked);
    QTest::mouseClick(results->checkButton(), Qt::LeftButton);
    ASSERT_TRUE(checked.wait(20000));
    ASSERT_TRUE(checked.first().first().toBool());
    QAbstractItemModel *shown = results->table()->model();
    ASSERT_EQ(shown->rowCount(), 16);
    const SiteHoming &homing = *m_window->session()->siteHoming();
    ASSERT_EQ(homing.results().size(), 16);
    int unserviceable = 0;
    for (const SiteServiceability &r : homing.results())
        unserviceable += r.verdict == ServiceabilityVerdict::Unserviceable ? 1 : 0;
    ASSERT_GT(unserviceable, 0);
    EXPECT_EQ(tabs->tabText(tabs->indexOf(results)),
              QStringLiteral("Serviceability (%1 open)").arg(unserviceable));
    // The canvas follows: the sites' PEs and access links appear.
    QCoreApplication::processEvents();
    const SiteServiceability *dc = homing.result(QStringLiteral("DC-FRA"));
    ASSERT_NE(dc, nullptr);
    const int pe = page->scene()->graph().indexOf(CanvasNode::peItemId(dc->primaryPe));
    ASSERT_GE(pe, 0);
    EXPECT_TRUE(page->scene()->graph().nodes()[pe].inUse);
    EXPECT_GT(accessLinks(), 0);

    QComboBox *verdict = results->verdictFilter();
    verdict->setCurrentIndex(verdict->findText(QStringLiteral("Unserviceable")));
    ASSERT_EQ(shown->rowCount(), unserviceable);
    for (int r = 0; r < shown->rowCount(); ++r)
        EXPECT_EQ(shown->index(r, ServiceabilityTableModel::VerdictColumn).data().toString(),
                  QStringLiteral("Unserviceable"));

    // Picking the row selects the site on the canvas and in the site table.
    const QString id = shown->index(0, 0).data(ServiceabilityTableModel::SiteIdRole).toString();
    results->table()->selectRow(0);
    EXPECT_EQ(page->scene()->selectedSiteIds(), QStringList{id});
    const QModelIndexList inSites = page->sitesView()->table()->selectionModel()->selectedRows();
    ASSERT_EQ(inSites.size(), 1);
    EXPECT_EQ(inSites.first().data().toString(), id);
}

TEST_F(StepOneGuiTest, TopologyIsPickedFromAListInTheVpnTableAndUndone)
{
    SolutionDesignPage *page = openStepOne();
    ASSERT_NE(page, nullptr);
    VpnServicesView *vpns = page->vpnServicesView();
    page->tables()->setCurrentWidget(vpns);
    QTableView *table = vpns->vpnTable();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == QLatin1String("PCI"))
            row = r;
    }
    ASSERT_GE(row, 0);
    const QModelIndex cell = table->model()->index(row, VpnTableModel::TopologyColumn);
    table->setCurrentIndex(cell);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F2);
    auto *combo = table->findChild<QComboBox *>(QStringLiteral("choiceEditor"));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->count(), 3);
    EXPECT_EQ(combo->currentText(), QStringLiteral("Hub-and-spoke"));
    QTest::keyClick(combo, Qt::Key_Up); // to "Any-to-any", picked at once
    EngagementDocument &doc = m_window->session()->document();
    ASSERT_EQ(doc.engagement().findVpn(QStringLiteral("PCI"))->topology, VpnTopology::AnyToAny);
    EXPECT_EQ(cell.data().toString(), QStringLiteral("Any-to-any"));
    QCoreApplication::processEvents();
    EXPECT_NE(page->scene()->item(QStringLiteral("vpn:PCI")), nullptr); // the canvas shows a cloud

    doc.undoStack()->undo();
    EXPECT_EQ(doc.engagement().findVpn(QStringLiteral("PCI"))->topology, VpnTopology::HubAndSpoke);
    EXPECT_EQ(cell.data().toString(), QStringLiteral("Hub-and-spoke"));
}
