// Steps 4 and 5 in the real main window on the demo engagement: the design
// made from the page, its tables, the findings panel that shows a finding's
// object, and the class model and shares chosen on the step-5 page.

#include "designtablemodel.h"
#include "engagementdocument.h"
#include "mainwindow.h"
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
