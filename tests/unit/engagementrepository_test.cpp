#include "database.h"
#include "demoengagement.h"
#include "engagementrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

class RepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::openSqlite(m_dir.filePath(QStringLiteral("ws.vpnwb")));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_db = std::move(opened.value());
        m_demo = *DemoEngagement::load();
    }

    int count(const char *table)
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        q.next();
        return q.value(0).toInt();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Engagement m_demo;
};

} // namespace

TEST_F(RepositoryTest, SaveThenLoadGivesTheSameEngagement)
{
    EngagementRepository repo(*m_db);
    auto saved = repo.save(m_demo);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_GT(saved->id, 0);
    auto loaded = repo.load(saved->id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(loaded->sameContent(m_demo));
    EXPECT_TRUE(loaded->createdAt.isValid());
}

TEST_F(RepositoryTest, InvalidEngagementWritesNothing)
{
    EngagementRepository repo(*m_db);
    Engagement bad = m_demo;
    bad.sites.last().latitude = 123.0;
    auto saved = repo.save(bad);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral(".latitude: 123 is outside -90..90")))
        << saved.error().message.toStdString();
    EXPECT_EQ(count("engagements"), 0);
    EXPECT_EQ(count("sites"), 0);
}

TEST_F(RepositoryTest, FailedReplaceKeepsThePreviousVersionWhole)
{
    EngagementRepository repo(*m_db);
    auto saved = repo.save(m_demo);
    ASSERT_TRUE(saved.ok());
    auto other = m_demo;
    other.name = QStringLiteral("Second engagement");
    ASSERT_TRUE(repo.save(other).ok());

    // Renaming to a name in use fails inside the transaction, after nothing else.
    Engagement renamed = *saved;
    renamed.sites.first().name = QStringLiteral("Renamed site");
    renamed.name = QStringLiteral("Second engagement");
    auto r = repo.save(renamed);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Conflict);
    EXPECT_EQ(r.error().message, QStringLiteral("an engagement named 'Second engagement' exists already"));
    auto reloaded = repo.load(saved->id);
    ASSERT_TRUE(reloaded.ok());
    EXPECT_EQ(reloaded->sites.size(), m_demo.sites.size());
    EXPECT_EQ(reloaded->name, m_demo.name);
}

TEST_F(RepositoryTest, StepStatusIsStoredWithNoteAndTime)
{
    EngagementRepository repo(*m_db);
    auto saved = repo.save(m_demo);
    ASSERT_TRUE(saved.ok());
    const QDateTime at = QDateTime(QDate(2026, 11, 30), QTime(8, 15), Qt::UTC);
    ASSERT_TRUE(
        repo.setStepStatus(saved->id, {6, StepState::Blocked, at, QStringLiteral("PE change freeze")}).ok());
    auto e = repo.load(saved->id);
    EXPECT_EQ(e->stepStatus(6).state, StepState::Blocked);
    EXPECT_EQ(e->stepStatus(6).note, QStringLiteral("PE change freeze"));
    EXPECT_EQ(e->stepStatus(6).updatedAt, at);
    EXPECT_FALSE(repo.setStepStatus(9999, {1, StepState::Done, at, {}}).ok());
}

TEST_F(RepositoryTest, ListSummarisesAndRemoveCascades)
{
    EngagementRepository repo(*m_db);
    auto saved = repo.save(m_demo);
    ASSERT_TRUE(saved.ok());
    auto list = repo.list();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().siteCount, m_demo.sites.size());
    EXPECT_EQ(list->first().stepsDone, 1);
    ASSERT_TRUE(repo.remove(saved->id).ok());
    EXPECT_EQ(count("sites"), 0);
    EXPECT_EQ(count("vpn_members"), 0);
    EXPECT_EQ(repo.remove(saved->id).error().code, Error::Code::NotFound);
}
