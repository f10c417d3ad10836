#include "database.h"
#include "demoengagement.h"
#include "engagementdocument.h"
#include "engagementrepository.h"
#include "exchangeactions.h"
#include "flowstepmodel.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "sitesview.h"
#include "sitetablemodel.h"
#include "steppage.h"
#include "testpaths.h"
#include "uilanguage.h"
#include "workspacesession.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override { m_path = m_dir.filePath(QStringLiteral("ws.vpnwb")); }

    std::unique_ptr<MainWindow> openWithDemo()
    {
        auto w = std::make_unique<MainWindow>();
        EXPECT_TRUE(w->openWorkspace(m_path).ok());
        EXPECT_TRUE(w->createDemoEngagement().ok());
        w->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
        return w;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(MainWindowTest, RailShowsTheTenStepsWithTheirEtomMapping)
{
    auto w = openWithDemo();
    QAbstractItemModel *rail = w->railView()->model();
    ASSERT_EQ(rail->rowCount(), 10);
    const QStringList l3{QStringLiteral("Manage Customer Interaction"),
                         QStringLiteral("Negotiate Sale"),
                         QStringLiteral("Issue Customer Orders"),
                         QStringLiteral("Design Solution"),
                         QStringLiteral("Allocate & Install Service"),
                         QStringLiteral("Configure & Activate Resource"),
                         QStringLiteral("Configure & Activate Resource"),
                         QStringLiteral("Apply Pricing, Discounting & Rating"),
                         QStringLiteral("Complete Customer Order"),
                         QStringLiteral("Monitor Service Quality")};
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(rail->index(i, 0).data(FlowStepModel::EtomL3Role).toString(), l3[i]) << i;
    EXPECT_EQ(rail->index(9, 0).data(Qt::DisplayRole).toString(),
              QStringLiteral("10. Proactive VPN Monitoring"));
    EXPECT_TRUE(w->windowTitle().startsWith(QStringLiteral("Northwind Retail")));
}

TEST_F(MainWindowTest, ClickingAStepOnTheRailChangesThePage)
{
    auto w = openWithDemo();
    w->selectStep(1);
    ASSERT_EQ(w->pageStack()->currentWidget(), w->stepPage(1));
    QListView *rail = w->railView();
    const QRect r = rail->visualRect(rail->model()->index(5, 0));
    QTest::mouseClick(rail->viewport(), Qt::LeftButton, {}, r.center());
    EXPECT_EQ(w->currentStep(), 6);
    EXPECT_EQ(w->pageStack()->currentWidget(), w->stepPage(6));
    // Ctrl+PgDown goes to the next step.
    QTest::keyClick(w.get(), Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(w->pageStack()->currentWidget(), w->stepPage(7));
}

TEST_F(MainWindowTest, EditingASiteThenUndoingRestoresTheEngagement)
{
    auto w = openWithDemo();
    w->selectStep(1);
    const Engagement before = w->session()->document().engagement();
    QTableView *table = w->sitesView()->table();
    QAbstractItemModel *m = table->model();
    int row = -1;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, SiteTableModel::SiteIdColumn).data().toString() == QLatin1String("ST-MIL01"))
            row = r;
    }
    ASSERT_GE(row, 0);
    // Edit the name in place as a user would: select, F2, type, Enter.
    const QModelIndex cell = m->index(row, SiteTableModel::NameColumn);
    table->setCurrentIndex(cell);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = table->findChild<QLineEdit *>();
    ASSERT_NE(editor, nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Milano Duomo Store"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits through a queued call
    EXPECT_EQ(cell.data().toString(), QStringLiteral("Milano Duomo Store"));

    Database &db = w->session()->database();
    const qint64 id = before.id;
    EXPECT_EQ(EngagementRepository(db).load(id)->findSite(QStringLiteral("ST-MIL01"))->name,
              QStringLiteral("Milano Duomo Store"));

    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(EngagementRepository(db).load(id)->sameContent(before));
    EXPECT_TRUE(w->session()->document().engagement().sameContent(before));
    EXPECT_EQ(cell.data().toString(), before.findSite(QStringLiteral("ST-MIL01"))->name);
}

TEST_F(MainWindowTest, StatusEditorOnThePageSavesAndUndoes)
{
    auto w = openWithDemo();
    w->selectStep(4);
    StepPage *page = w->stepPage(4);
    page->stateCombo()->setCurrentIndex(page->stateCombo()->findData(static_cast<int>(StepState::Blocked)));
    page->noteEdit()->setText(QStringLiteral("waiting for the IPAM pool"));
    page->applyStatus();
    const qint64 id = w->session()->document().engagement().id;
    auto stored = [&] { return EngagementRepository(w->session()->database()).load(id)->stepStatus(4); };
    EXPECT_EQ(stored().state, StepState::Blocked);
    EXPECT_EQ(stored().note, QStringLiteral("waiting for the IPAM pool"));
    EXPECT_EQ(w->railView()->model()->index(3, 0).data(FlowStepModel::StateTextRole).toString(),
              QStringLiteral("Blocked"));
    w->undoGroup()->undo();
    EXPECT_EQ(stored().state, StepState::NotStarted);
    EXPECT_EQ(page->stateCombo()->currentData().toInt(), static_cast<int>(StepState::NotStarted));
}

TEST_F(MainWindowTest, SwitcherOpensAnotherEngagement)
{
    {
        auto db = Database::openSqlite(m_path);
        ASSERT_TRUE(db.ok());
        Engagement small = *DemoEngagement::load();
        small.name = QStringLiteral("Acme Small Office VPN");
        small.sites = small.sites.mid(0, 3);
        small.vpns.clear();
        ASSERT_TRUE(EngagementRepository(**db).save(small).ok());
    }
    auto w = openWithDemo();
    QComboBox *sw = w->engagementSwitcher();
    ASSERT_EQ(sw->count(), 2);
    const int acme = sw->findText(QStringLiteral("Acme Small Office VPN — 3 sites"));
    ASSERT_GE(acme, 0);
    sw->setCurrentIndex(acme);
    EXPECT_EQ(w->session()->document().engagement().name, QStringLiteral("Acme Small Office VPN"));
    EXPECT_EQ(w->sitesView()->table()->model()->rowCount(), 3);
}

TEST_F(MainWindowTest, EmptyWorkspaceOffersTheDemo)
{
    MainWindow w;
    ASSERT_TRUE(w.openWorkspace(m_path).ok());
    EXPECT_FALSE(w.session()->document().isOpen());
    EXPECT_STREQ(w.pageStack()->currentWidget()->metaObject()->className(), "vpnwb::WelcomePage");
    ASSERT_TRUE(w.createDemoEngagement().ok());
    EXPECT_TRUE(w.session()->document().isOpen());
    EXPECT_EQ(w.engagementSwitcher()->count(), 1);
}

TEST_F(MainWindowTest, RefusedWorkspaceKeepsTheCurrentOneAndTheFileUntouched)
{
    auto w = openWithDemo();
    const QString other = m_dir.filePath(QStringLiteral("budget.xlsx"));
    vpnwb::test::writeFile(other, "PK\x03\x04 not a database");
    const Status s = w->openWorkspace(other);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("is not a VPN Workbench database")));
    EXPECT_EQ(vpnwb::test::readFile(other), QByteArray("PK\x03\x04 not a database"));
    EXPECT_EQ(w->session()->path(), m_path);
    EXPECT_TRUE(w->session()->document().isOpen());
}

TEST_F(MainWindowTest, GermanTranslationCoversMenusAndRail)
{
    UiLanguage::install(*qApp, QStringLiteral("de"));
    auto w = openWithDemo();
    QStringList menus;
    for (QAction *a : w->menuBar()->actions())
        menus << a->text();
    EXPECT_EQ(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                  QStringLiteral("&Gehe zu"), QStringLiteral("&Hilfe")}));
    QAbstractItemModel *rail = w->railView()->model();
    EXPECT_EQ(rail->index(3, 0).data(FlowStepModel::NameRole).toString(),
              QStringLiteral("Dienstzerlegung & VRF-Design"));
    EXPECT_EQ(rail->index(0, 0).data(FlowStepModel::StateTextRole).toString(), QStringLiteral("Erledigt"));
    EXPECT_EQ(rail->index(9, 0).data(FlowStepModel::EtomL3Role).toString(),
              QStringLiteral("Dienstqualität überwachen"));
    UiLanguage::install(*qApp, QStringLiteral("en"));
}

TEST_F(MainWindowTest, ImportSitesFromCsvOpensTheNewEngagement)
{
    auto w = openWithDemo();
    ExchangeActions *x = w->exchangeActions();
    const QString bad = vpnwb::test::fixture(QStringLiteral("intake/sites-mixed.csv"));
    auto refused = x->importSites(bad, QStringLiteral("Contoso"), QString(), ImportMode::AllOrNothing);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("sites-mixed.csv:"))) << refused.error().message.toStdString();
    EXPECT_EQ(w->engagementSwitcher()->count(), 1); // nothing imported

    QStringList skipped;
    auto imported = x->importSites(bad, QStringLiteral("Contoso"), QStringLiteral("Contoso WAN"),
                                   ImportMode::ValidRowsOnly, &skipped);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_FALSE(skipped.isEmpty());
    EXPECT_EQ(w->session()->document().engagement().name, QStringLiteral("Contoso WAN"));
    EXPECT_EQ(w->engagementSwitcher()->count(), 2);
    EXPECT_GT(w->sitesView()->table()->model()->rowCount(), 0);
}

TEST_F(MainWindowTest, L3smExportThenImportGivesTheSameSites)
{
    auto w = openWithDemo();
    ExchangeActions *x = w->exchangeActions();
    const QString file = m_dir.filePath(QStringLiteral("northwind-l3sm.json"));
    QStringList warnings;
    ASSERT_TRUE(x->exportL3sm(file, &warnings).ok());
    EXPECT_FALSE(warnings.isEmpty()); // contacts, VPN names, ... have no L3SM leaf
    const QList<Site> sites = w->session()->document().engagement().sites;
    auto imported = x->importL3sm(file);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    // The import opens as a second engagement, named after the customer.
    EXPECT_EQ(w->engagementSwitcher()->count(), 2);
    EXPECT_EQ(w->session()->document().engagement().name, QStringLiteral("Northwind Retail Group"));
    EXPECT_EQ(w->session()->document().engagement().sites, sites);
    // Importing it again would need a new name: refused, nothing added.
    imported = x->importL3sm(file);
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().code, Error::Code::Conflict);
    EXPECT_EQ(w->engagementSwitcher()->count(), 2);
}
