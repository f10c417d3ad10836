// Steps 4 and 5 in the real main window on the demo engagement: the design
// made from the page, its tables, the findings panel that shows a finding's
// object, values overridden by editing their cells, and the class model and
// shares chosen on the step-5 page.

#include "designtablemodel.h"
#include "engagementdocument.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "networkdesignpage.h"
#include "providersettingsrepository.h"
#include "qospolicypage.h"
#include "serviceabilityengine.h"
#include "serviceabilityrepository.h"
#include "sitehoming.h"
#include "steppage.h"
#include "workspacesession.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

class DesignPagesTest : public ::testing::Test
{
protected:
    // The demo engagement with its serviceability checked, in a shown main window.
    void openDemo()
    {
        m_window = std::make_unique<MainWindow>();
        ASSERT_TRUE(m_window->openWorkspace(m_dir.filePath(QStringLiteral("ws.vpnwb"))).ok());
        ASSERT_TRUE(m_window->createDemoEngagement().ok());
        WorkspaceSession &session = *m_window->session();
        const Engagement e = session.document().engagement();
        const auto results = ServiceabilityEngine(session.siteHoming()->catalog()).evaluate(e);
        ASSERT_TRUE(ServiceabilityRepository(session.database()).save(e.id, results).ok());
        m_window->resize(1400, 900);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    NetworkDesignPage *stepFour()
    {
        m_window->selectStep(4);
        return m_window->findChild<NetworkDesignPage *>();
    }

    QosPolicyPage *stepFive()
    {
        m_window->selectStep(5);
        return m_window->findChild<QosPolicyPage *>();
    }

    // Clicks Design and waits for the run on the worker thread; whether it succeeded.
    static bool designFrom(NetworkDesignPage *page)
    {
        QSignalSpy designed(page, &NetworkDesignPage::designed);
        QTest::mouseClick(page->designButton(), Qt::LeftButton);
        EXPECT_FALSE(page->designButton()->isEnabled()); // while it runs
        return designed.wait(20000) && designed.first().first().toBool();
    }

    static QString objectAt(QTableView *table, int row)
    {
        return table->model()->index(row, 0).data(DesignTableModel::ObjectIdRole).toString();
    }

    // Edits a cell as a user does (double-click, type, Enter) and waits for
    // the override on the worker thread; whether it was stored.
    static bool editCell(NetworkDesignPage *page, QTableView *table, int row, int column, const QString &text)
    {
        page->tabs()->setCurrentWidget(table);
        const QModelIndex cell = table->model()->index(row, column);
        table->scrollTo(cell);
        const QPoint at = table->visualRect(cell).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        auto *editor = table->viewport()->findChild<QLineEdit *>();
        EXPECT_NE(editor, nullptr) << "no editor on row " << row << " column " << column;
        if (!editor)
            return false;
        QSignalSpy finished(page, &NetworkDesignPage::overrideFinished);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        if (finished.isEmpty() && !finished.wait(20000))
            return false;
        return finished.first().first().toBool();
    }

    static QString selectedObject(QTableView *table)
    {
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        return rows.size() == 1 ? objectAt(table, rows.first().row()) : QString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(DesignPagesTest, StepFourDesignsTheDemoAndShowsItsTables)
{
    openDemo();
    NetworkDesignPage *page = stepFour();
    ASSERT_NE(page, nullptr);
    for (QTableView *t : {page->vrfTable(), page->attachmentTable(), page->poolTable(), page->findingTable()})
        new QAbstractItemModelTester(t->model(), QAbstractItemModelTester::FailureReportingMode::Fatal, page);

    // Before the design: nothing is held.
    EXPECT_TRUE(page->summary()->text().contains(QLatin1String("0 value(s) held")))
        << page->summary()->text().toStdString();

    ASSERT_TRUE(designFrom(page));
    EXPECT_EQ(page->summary()->text(),
              QStringLiteral("28 VRF(s) on 14 PE(s), 31 attachment(s), 156 value(s) held; "
                             "0 blocking finding(s), 1 warning(s)."));
    QAbstractItemModel *vrfs = page->vrfTable()->model();
    ASSERT_EQ(vrfs->rowCount(), 28);
    EXPECT_EQ(vrfs->headerData(3, Qt::Horizontal).toString(), QStringLiteral("RD"));
    EXPECT_EQ(vrfs->index(0, 0).data().toString(), QStringLiteral("E1-CORP-HUB"));
    EXPECT_EQ(vrfs->index(0, 3).data().toString(), QStringLiteral("64500:1"));
    EXPECT_EQ(vrfs->index(0, 4).data().toString(),
              QStringLiteral("64500:1 64500:2")); // a hub imports spokes and hubs
    EXPECT_EQ(page->attachmentTable()->model()->rowCount(), 31);
    EXPECT_EQ(page->findingTable()->model()->rowCount(), 1);
    EXPECT_EQ(page->findingTable()->model()->index(0, 2).data().toString(), QStringLiteral("site:ST-REK01"));

    // Pools: the RD pool holds the 28 RDs of this engagement.
    QAbstractItemModel *pools = page->poolTable()->model();
    ASSERT_GT(pools->rowCount(), 6);
    EXPECT_EQ(pools->index(0, 0).data().toString(), QStringLiteral("RD numbers 1-65535"));
    EXPECT_EQ(pools->index(0, 4).data().toLongLong(), 28);

    // Jump to an object: the attachment tab comes forward with its row selected.
    ASSERT_TRUE(page->showObject(QStringLiteral("attachment:ST-PAR01/PCI/primary")));
    EXPECT_EQ(page->tabs()->currentWidget(), page->attachmentTable());
    EXPECT_EQ(selectedObject(page->attachmentTable()), QStringLiteral("attachment:ST-PAR01/PCI/primary"));
    ASSERT_TRUE(page->showObject(QStringLiteral("vrf:vie1-pe1/E1-PCI-SPOKE")));
    EXPECT_EQ(page->tabs()->currentWidget(), page->vrfTable());
    EXPECT_EQ(selectedObject(page->vrfTable()), QStringLiteral("vrf:vie1-pe1/E1-PCI-SPOKE"));
    EXPECT_FALSE(page->showObject(QStringLiteral("site:ST-REK01"))); // left out: no attachment

    // Designing again changes nothing.
    ASSERT_TRUE(designFrom(page));
    EXPECT_TRUE(page->summary()->text().contains(QLatin1String("156 value(s) held")));
    EXPECT_EQ(vrfs->index(0, 3).data().toString(), QStringLiteral("64500:1"));
}

TEST_F(DesignPagesTest, DoubleClickingAFindingShowsItsObject)
{
    openDemo();
    // A link pool of 4 /30s for 31 attachments: a blocking finding on the fifth attachment.
    WorkspaceSession &session = *m_window->session();
    ASSERT_TRUE(ProviderSettingsRepository(session.database())
                    .set(session.siteHoming()->catalog().providerAs, QStringLiteral("link-pool"),
                         QStringLiteral("100.64.0.0/28"))
                    .ok());
    NetworkDesignPage *page = stepFour();
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(designFrom(page));
    EXPECT_TRUE(page->summary()->text().contains(QLatin1String("0 value(s) held")))
        << page->summary()->text().toStdString();
    QTableView *findings = page->findingTable();
    int row = -1;
    for (int r = 0; r < findings->model()->rowCount() && row < 0; ++r) {
        if (findings->model()->index(r, 1).data().toString() == QLatin1String("pool-exhausted"))
            row = r;
    }
    ASSERT_GE(row, 0);
    EXPECT_TRUE(findings->model()->index(row, 0).data(DesignTableModel::BlockingRole).toBool());
    const QString object = objectAt(findings, row);
    ASSERT_TRUE(object.startsWith(QLatin1String("attachment:"))) << object.toStdString();

    page->tabs()->setCurrentWidget(page->poolTable());
    const QModelIndex cell = findings->model()->index(row, 3);
    findings->scrollTo(cell);
    const QPoint at = findings->visualRect(cell).center();
    QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(findings->viewport(), Qt::LeftButton, {}, at);
    EXPECT_EQ(page->tabs()->currentWidget(), page->attachmentTable());
    EXPECT_EQ(selectedObject(page->attachmentTable()), object);
}

TEST_F(DesignPagesTest, StepFiveChangesTheClassModelAndRefusesSharesThatDoNotAddUp)
{
    openDemo();
    NetworkDesignPage *design = stepFour();
    ASSERT_NE(design, nullptr);
    ASSERT_TRUE(designFrom(design));

    QosPolicyPage *page = stepFive();
    ASSERT_NE(page, nullptr);
    new QAbstractItemModelTester(page->qosTable()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::Fatal, page);
    new QAbstractItemModelTester(page->policyTable()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::Fatal, page);
    QAbstractItemModel *qos = page->qosTable()->model();
    ASSERT_EQ(qos->rowCount(), 15);
    EXPECT_EQ(page->modelCombo()->currentIndex(), 0);
    auto sharesOf = [&](int row) {
        QStringList out;
        for (const QVariant &v : qos->index(row, 5).data(DesignTableModel::SharesRole).toList())
            out << QStringLiteral("%1=%2")
                       .arg(v.toList().value(0).toString())
                       .arg(v.toList().value(1).toInt());
        return out.join(QLatin1Char(','));
    };
    EXPECT_EQ(sharesOf(0), QStringLiteral("ef=25,af31=35,af21=20,be=20"));
    EXPECT_EQ(qos->index(2, 3).data().toString(),
              QStringLiteral("200 Mb/s")); // ST-BER01: 200 Mb/s on a 1 Gb/s port
    EXPECT_GT(page->policyTable()->model()->rowCount(), 8);

    // Shares that do not add up are refused, and nothing changes.
    QSignalSpy applied(page, &QosPolicyPage::applied);
    page->sharesEdit()->setText(QStringLiteral("ef=50,af31=30,af21=10,be=20"));
    QTest::mouseClick(page->applyButton(), Qt::LeftButton);
    ASSERT_EQ(applied.size(), 1);
    EXPECT_FALSE(applied.takeFirst().first().toBool());
    EXPECT_TRUE(page->message()->text().contains(QLatin1String("the shares add up to 110 %, not 100 %")))
        << page->message()->text().toStdString();
    EXPECT_EQ(sharesOf(0), QStringLiteral("ef=25,af31=35,af21=20,be=20"));

    // The 6-class model with shares for all sites.
    page->modelCombo()->setCurrentIndex(1);
    page->sharesEdit()->setText(QStringLiteral("ef=20,af41=20,af31=20,af21=20,be=15,cs1=5"));
    QTest::mouseClick(page->applyButton(), Qt::LeftButton);
    ASSERT_EQ(applied.size(), 1);
    EXPECT_TRUE(applied.takeFirst().first().toBool()) << page->message()->text().toStdString();
    EXPECT_TRUE(page->message()->text().isEmpty());
    EXPECT_EQ(sharesOf(0), QStringLiteral("ef=20,af41=20,af31=20,af21=20,be=15,cs1=5"));
    EXPECT_EQ(sharesOf(14), QStringLiteral("ef=20,af41=20,af31=20,af21=20,be=15,cs1=5"));

    // One site's own shares; the others keep theirs.
    ASSERT_EQ(page->scopeCombo()->count(), 16); // all sites, and each of the 15 designed
    page->scopeCombo()->setCurrentIndex(page->scopeCombo()->findText(QStringLiteral("ST-BER01")));
    page->sharesEdit()->setText(QStringLiteral("ef=30,af41=10,af31=30,af21=10,be=15,cs1=5"));
    QTest::mouseClick(page->applyButton(), Qt::LeftButton);
    ASSERT_EQ(applied.size(), 1);
    EXPECT_TRUE(applied.takeFirst().first().toBool()) << page->message()->text().toStdString();
    EXPECT_EQ(qos->index(2, 0).data().toString(), QStringLiteral("ST-BER01"));
    EXPECT_EQ(sharesOf(2), QStringLiteral("ef=30,af41=10,af31=30,af21=10,be=15,cs1=5"));
    EXPECT_EQ(sharesOf(3), QStringLiteral("ef=20,af41=20,af31=20,af21=20,be=15,cs1=5"));
    EXPECT_EQ(page->scopeCombo()->currentText(), QStringLiteral("ST-BER01"));
}

TEST_F(DesignPagesTest, StepsFourAndFiveAreDoneOnlyWithoutBlockingFindings)
{
    openDemo();
    QSignalSpy errors(&m_window->session()->document(), &EngagementDocument::errorOccurred);
    auto markDone = [&](int step) {
        StepPage *status = m_window->stepPage(step);
        status->stateCombo()->setCurrentIndex(status->stateCombo()->findData(int(StepState::Done)));
        status->applyStatus();
        return m_window->session()->document().engagement().stepStatus(step).state == StepState::Done;
    };
    // Not designed yet: refused, with the reason, and the state stays.
    EXPECT_FALSE(markDone(4));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().first().toString().startsWith(
        QLatin1String("Step 4 cannot be marked done: the engagement has not been designed")))
        << errors.first().first().toString().toStdString();
    EXPECT_EQ(m_window->stepPage(4)->stateCombo()->currentData().toInt(), int(StepState::NotStarted));

    NetworkDesignPage *page = stepFour();
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(designFrom(page));
    EXPECT_TRUE(markDone(4));
    EXPECT_TRUE(markDone(5));
    EXPECT_EQ(errors.size(), 1);
}

namespace {
constexpr int kPortColumn = 4;
constexpr int kVlanColumn = 6;
} // namespace

TEST_F(DesignPagesTest, EditingAVlanCellOverridesItAndTheValueSurvivesARedesign)
{
    openDemo();
    NetworkDesignPage *page = stepFour();
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(designFrom(page));
    QTableView *table = page->attachmentTable();
    new QAbstractItemModelTester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal, page);
    QAbstractItemModel *m = table->model();
    ASSERT_EQ(m->headerData(kVlanColumn, Qt::Horizontal).toString(), QStringLiteral("VLAN"));
    // Allocated values are editable, the rest is not.
    EXPECT_TRUE(m->flags(m->index(0, kVlanColumn)) & Qt::ItemIsEditable);
    EXPECT_TRUE(m->flags(m->index(0, kPortColumn)) & Qt::ItemIsEditable);
    EXPECT_FALSE(m->flags(m->index(0, 0)) & Qt::ItemIsEditable);
    EXPECT_TRUE(page->vrfTable()->model()->flags(page->vrfTable()->model()->index(0, 3)) &
                Qt::ItemIsEditable);
    EXPECT_EQ(m->index(0, kVlanColumn).data(DesignTableModel::OverrideFieldRole).toString(),
              QStringLiteral("vlan"));

    const QString object = objectAt(table, 0);
    const QString before = m->index(0, kVlanColumn).data().toString();
    ASSERT_NE(before, QStringLiteral("3999"));
    EXPECT_FALSE(m->index(0, kVlanColumn).data(DesignTableModel::OverriddenRole).toBool());
    EXPECT_FALSE(m->index(0, kVlanColumn).data(Qt::FontRole).value<QFont>().italic());

    ASSERT_TRUE(editCell(page, table, 0, kVlanColumn, QStringLiteral("3999")))
        << page->messageBanner()->text().toStdString();
    ASSERT_EQ(objectAt(table, 0), object);
    EXPECT_EQ(m->index(0, kVlanColumn).data().toString(), QStringLiteral("3999"));
    EXPECT_TRUE(m->index(0, kVlanColumn).data(DesignTableModel::OverriddenRole).toBool());
    EXPECT_TRUE(m->index(0, kVlanColumn).data(Qt::FontRole).value<QFont>().italic());
    EXPECT_TRUE(
        m->index(0, kVlanColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("overridden")));
    EXPECT_TRUE(m->index(0, kVlanColumn - 1).data().toString().endsWith(QLatin1String("3999")))
        << "sub-interface " << m->index(0, kVlanColumn - 1).data().toString().toStdString();
    EXPECT_TRUE(page->messageBanner()->text().contains(QLatin1String("is now 3999")))
        << page->messageBanner()->text().toStdString();
    EXPECT_EQ(page->findingTable()->model()->rowCount(), 1); // the findings were refreshed, none added

    // Designing again keeps the override.
    ASSERT_TRUE(designFrom(page));
    ASSERT_EQ(objectAt(table, 0), object);
    EXPECT_EQ(m->index(0, kVlanColumn).data().toString(), QStringLiteral("3999"));
    EXPECT_TRUE(m->index(0, kVlanColumn).data(DesignTableModel::OverriddenRole).toBool());
    EXPECT_TRUE(page->summary()->text().contains(QLatin1String("156 value(s) held")))
        << page->summary()->text().toStdString();
}

TEST_F(DesignPagesTest, AVlanInUseIsRefusedNamingItsOwnerAndTheCellKeepsItsValue)
{
    openDemo();
    NetworkDesignPage *page = stepFour();
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(designFrom(page));
    QTableView *table = page->attachmentTable();
    QAbstractItemModel *m = table->model();
    // Two attachments on one PE port (a site in two VPNs): each has its own VLAN there.
    int first = -1;
    int second = -1;
    for (int a = 0; a < m->rowCount() && second < 0; ++a) {
        for (int b = a + 1; b < m->rowCount() && second < 0; ++b) {
            if (m->index(a, 3).data() == m->index(b, 3).data() &&
                m->index(a, kPortColumn).data() == m->index(b, kPortColumn).data() &&
                !m->index(a, kPortColumn).data().toString().isEmpty()) {
                first = a;
                second = b;
            }
        }
    }
    ASSERT_GE(second, 0) << "the demo has no site in two VPNs";
    const QString vlan = m->index(first, kVlanColumn).data().toString();
    const QString taken = m->index(second, kVlanColumn).data().toString();
    ASSERT_NE(vlan, taken);

    EXPECT_FALSE(editCell(page, table, first, kVlanColumn, taken));
    const QString message = page->messageBanner()->text();
    EXPECT_TRUE(
        message.contains(QStringLiteral("is in use by %1 vlan of engagement").arg(objectAt(table, second))))
        << message.toStdString();
    EXPECT_EQ(m->index(first, kVlanColumn).data().toString(), vlan);
    EXPECT_FALSE(m->index(first, kVlanColumn).data(DesignTableModel::OverriddenRole).toBool());
}

TEST_F(DesignPagesTest, AVlanOutsideOneTo4094IsRefusedNamingTheField)
{
    openDemo();
    NetworkDesignPage *page = stepFour();
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(designFrom(page));
    QTableView *table = page->attachmentTable();
    QAbstractItemModel *m = table->model();
    const QString vlan = m->index(0, kVlanColumn).data().toString();

    EXPECT_FALSE(editCell(page, table, 0, kVlanColumn, QStringLiteral("4095")));
    const QString message = page->messageBanner()->text();
    EXPECT_TRUE(message.contains(QStringLiteral("%1 vlan: '4095' is outside 1–4094").arg(objectAt(table, 0))))
        << message.toStdString();
    EXPECT_EQ(m->index(0, kVlanColumn).data().toString(), vlan);
    EXPECT_FALSE(m->index(0, kVlanColumn).data(DesignTableModel::OverriddenRole).toBool());
}

TEST_F(DesignPagesTest, EditingTheExportRtOfASpokeVrfOverridesTheSpokeRtOfItsVpn)
{
    openDemo();
    NetworkDesignPage *page = stepFour();
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(designFrom(page));
    QTableView *table = page->vrfTable();
    QAbstractItemModel *m = table->model();
    constexpr int kExportColumn = 5;
    ASSERT_EQ(m->headerData(kExportColumn, Qt::Horizontal).toString(), QStringLiteral("Export RTs"));
    int spoke = -1;
    for (int r = 0; r < m->rowCount() && spoke < 0; ++r) {
        if (m->index(r, 2).data().toString() == QLatin1String("spoke"))
            spoke = r;
    }
    ASSERT_GE(spoke, 0);
    // The RT is the VPN's: the override names the VPN and its spoke RT, as 'vpnwb override' does.
    const QString vpn = m->index(spoke, kExportColumn).data(DesignTableModel::OverrideObjectRole).toString();
    ASSERT_TRUE(vpn.startsWith(QLatin1String("vpn:"))) << vpn.toStdString();
    EXPECT_EQ(m->index(spoke, kExportColumn).data(DesignTableModel::OverrideFieldRole).toString(),
              QStringLiteral("rt-spoke"));
    const QString old = m->index(spoke, kExportColumn).data().toString();

    ASSERT_TRUE(editCell(page, table, spoke, kExportColumn, QStringLiteral("64500:999")))
        << page->messageBanner()->text().toStdString();
    int spokes = 0;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, kExportColumn).data(DesignTableModel::OverrideObjectRole).toString() != vpn)
            continue;
        if (m->index(r, 2).data().toString() == QLatin1String("spoke")) {
            ++spokes;
            EXPECT_EQ(m->index(r, kExportColumn).data().toString(), QStringLiteral("64500:999"));
            EXPECT_TRUE(m->index(r, kExportColumn).data(DesignTableModel::OverriddenRole).toBool());
        } else { // the hubs import the spokes' new RT, not the old one
            const QStringList imported = m->index(r, 4).data().toString().split(QLatin1Char(' '));
            EXPECT_TRUE(imported.contains(QStringLiteral("64500:999")))
                << imported.join(QLatin1Char(' ')).toStdString();
            EXPECT_FALSE(imported.contains(old));
        }
    }
    EXPECT_GT(spokes, 1);
    EXPECT_FALSE(m->flags(m->index(spoke, 4)) & Qt::ItemIsEditable); // import lists follow the VPN's RTs
}
