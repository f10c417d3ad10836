#include "database.h"
#include "demoengagement.h"
#include "engagementdocument.h"
#include "engagementrepository.h"
#include "flowstep.h"
#include "flowstepmodel.h"
#include "sitetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

class ModelsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("ws.vpnwb")));
        ASSERT_TRUE(db.ok());
        m_db = std::move(db.value());
        auto saved = EngagementRepository(*m_db).save(*DemoEngagement::load());
        ASSERT_TRUE(saved.ok());
        m_id = saved->id;
        m_doc = std::make_unique<EngagementDocument>(*m_db);
    }

    Engagement stored() { return *EngagementRepository(*m_db).load(m_id); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EngagementDocument> m_doc;
    qint64 m_id = 0;
};

} // namespace

TEST_F(ModelsTest, FlowStepModelPassesTheModelTesterAndShowsTheEtomMapping)
{
    FlowStepModel model(*m_doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(m_doc->open(m_id).ok());
    ASSERT_EQ(model.rowCount(), 10);
    EXPECT_EQ(model.index(3).data(FlowStepModel::EtomL2Role).toString(),
              QStringLiteral("Service Configuration & Activation"));
    EXPECT_EQ(model.index(3).data(FlowStepModel::EtomL3Role).toString(), QStringLiteral("Design Solution"));
    EXPECT_EQ(model.index(7).data(FlowStepModel::OwnerRole).toString(), QStringLiteral("BSS + OSS"));
    EXPECT_EQ(model.index(0).data(FlowStepModel::StateTextRole).toString(), QStringLiteral("Done"));
    EXPECT_EQ(model.index(1).data(FlowStepModel::StateTextRole).toString(), QStringLiteral("In progress"));
}

TEST_F(ModelsTest, SiteTableModelPassesTheModelTesterAndSortsByRawValues)
{
    SiteTableModel model(*m_doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(m_doc->open(m_id).ok());
    ASSERT_EQ(model.rowCount(), 16);
    const QModelIndex bw = model.index(0, SiteTableModel::BandwidthColumn);
    EXPECT_EQ(bw.data().toString(), QStringLiteral("1 Gb/s"));
    EXPECT_EQ(bw.data(SiteTableModel::RawRole).toLongLong(), 1'000'000);
}

TEST_F(ModelsTest, EditThenUndoRestoresTheStoredEngagement)
{
    SiteTableModel model(*m_doc);
    ASSERT_TRUE(m_doc->open(m_id).ok());
    const Engagement before = stored();
    const QModelIndex name = model.indexOfSite(QStringLiteral("ST-PAR01"), SiteTableModel::NameColumn);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(model.setData(name, QStringLiteral("Paris Opéra Flagship")));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(stored().findSite(QStringLiteral("ST-PAR01"))->name, QStringLiteral("Paris Opéra Flagship"));
    ASSERT_TRUE(model.setData(model.indexOfSite(QStringLiteral("ST-PAR01"), SiteTableModel::BandwidthColumn),
                              300000));
    EXPECT_EQ(stored().findSite(QStringLiteral("ST-PAR01"))->bandwidthKbps, 300000);

    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    EXPECT_TRUE(stored().sameContent(before));
    EXPECT_TRUE(m_doc->engagement().sameContent(before));
    m_doc->undoStack()->redo();
    EXPECT_EQ(stored().findSite(QStringLiteral("ST-PAR01"))->name, QStringLiteral("Paris Opéra Flagship"));
}

TEST_F(ModelsTest, InvalidEditIsRefusedWithTheSiteNamedAndNothingStored)
{
    SiteTableModel model(*m_doc);
    ASSERT_TRUE(m_doc->open(m_id).ok());
    QSignalSpy errors(m_doc.get(), &EngagementDocument::errorOccurred);
    EXPECT_FALSE(model.setData(model.indexOfSite(QStringLiteral("DC-FRA"), SiteTableModel::CountryColumn),
                               QStringLiteral("Germany")));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_EQ(
        errors[0][0].toString(),
        QStringLiteral("Site DC-FRA was not changed: 'GERMANY' is not an ISO 3166-1 alpha-2 country code"));
    EXPECT_EQ(stored().findSite(QStringLiteral("DC-FRA"))->countryCode, QStringLiteral("DE"));
    EXPECT_EQ(m_doc->undoStack()->count(), 0);
}

TEST_F(ModelsTest, StepStatusEditIsUndoable)
{
    FlowStepModel model(*m_doc);
    ASSERT_TRUE(m_doc->open(m_id).ok());
    m_doc->setStepStatus(
        {3, StepState::Blocked, QDateTime::currentDateTimeUtc(), QStringLiteral("legal review")});
    EXPECT_EQ(stored().stepStatus(3).state, StepState::Blocked);
    EXPECT_EQ(model.index(2).data(FlowStepModel::NoteRole).toString(), QStringLiteral("legal review"));
    m_doc->undoStack()->undo();
    EXPECT_EQ(stored().stepStatus(3).state, StepState::NotStarted);
    EXPECT_EQ(model.index(2).data(FlowStepModel::StateRole).toInt(), static_cast<int>(StepState::NotStarted));
}
