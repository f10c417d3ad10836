#include "database.h"
#include "demoengagement.h"
#include "engagementrepository.h"
#include "serviceabilityengine.h"
#include "serviceabilityrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

class ServiceabilityRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::openSqlite(m_dir.filePath(QStringLiteral("ws.vpnwb")));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_db = std::move(opened.value());
        auto saved = EngagementRepository(*m_db).save(*DemoEngagement::load());
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
        m_engagement = *saved;
        auto catalog = PopCatalog::builtIn();
        ASSERT_TRUE(catalog.ok());
        m_results = ServiceabilityEngine(*catalog).evaluate(m_engagement);
    }

    int rows()
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM serviceability"));
        q.next();
        return q.value(0).toInt();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Engagement m_engagement;
    QList<SiteServiceability> m_results;
};

const SiteServiceability *find(const QList<SiteServiceability> &list, const QString &siteId)
{
    for (const SiteServiceability &r : list) {
        if (r.siteId == siteId)
            return &r;
    }
    return nullptr;
}

} // namespace

TEST_F(ServiceabilityRepositoryTest, SaveThenLoadGivesTheSameResults)
{
    ServiceabilityRepository repo(*m_db);
    const auto saved = repo.save(m_engagement.id, m_results);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    ASSERT_EQ(saved->size(), m_results.size());
    const QDateTime stamp = saved->first().computedAt;
    EXPECT_TRUE(stamp.isValid());
    EXPECT_LE(stamp.secsTo(QDateTime::currentDateTimeUtc()), 60);

    const auto loaded = repo.load(m_engagement.id);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    ASSERT_EQ(loaded->size(), m_results.size());
    for (const SiteServiceability &r : *saved) {
        const SiteServiceability *back = find(*loaded, r.siteId);
        ASSERT_NE(back, nullptr) << r.siteId.toStdString();
        EXPECT_EQ(*back, r) << r.siteId.toStdString();
        EXPECT_EQ(back->computedAt, stamp);
    }
    // Unserviceable without a PoP selling the access type: no distance at all.
    SiteServiceability none = m_results.first();
    none.distanceKm.reset();
    ASSERT_TRUE(repo.save(m_engagement.id, {none}).ok());
    EXPECT_FALSE(repo.load(m_engagement.id)->first().distanceKm.has_value());
}

TEST_F(ServiceabilityRepositoryTest, SaveReplacesThePreviousResults)
{
    ServiceabilityRepository repo(*m_db);
    ASSERT_TRUE(repo.save(m_engagement.id, m_results).ok());
    ASSERT_TRUE(repo.save(m_engagement.id, m_results.mid(0, 3)).ok());
    EXPECT_EQ(rows(), 3);
    EXPECT_EQ(repo.load(m_engagement.id)->size(), 3);
}

TEST_F(ServiceabilityRepositoryTest, AFailedSaveKeepsThePreviousResults)
{
    ServiceabilityRepository repo(*m_db);
    ASSERT_TRUE(repo.save(m_engagement.id, m_results).ok());
    QList<SiteServiceability> twice = m_results.mid(0, 2);
    twice.append(m_results.first());
    const auto r = repo.save(m_engagement.id, twice);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Conflict);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("site 'DC-FRA' has two results")))
        << r.error().message.toStdString();
    EXPECT_EQ(rows(), m_results.size());
}

TEST_F(ServiceabilityRepositoryTest, UnknownEngagementIsRefused)
{
    const auto r = ServiceabilityRepository(*m_db).save(m_engagement.id + 41, m_results);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::NotFound);
    EXPECT_EQ(rows(), 0);
    EXPECT_TRUE(ServiceabilityRepository(*m_db).load(m_engagement.id + 41)->isEmpty());
}

TEST_F(ServiceabilityRepositoryTest, AnEditOfAnInputMakesTheResultStale)
{
    ServiceabilityRepository repo(*m_db);
    ASSERT_TRUE(repo.save(m_engagement.id, m_results).ok());

    Engagement edited = m_engagement;
    edited.findSite(QStringLiteral("ST-BER01"))->bandwidthKbps = 2'000'000;
    edited.findSite(QStringLiteral("ST-MUC01"))->name = QStringLiteral("München Marienplatz"); // not an input
    edited.findSite(QStringLiteral("ST-HAM01"))->latitude += 0.0001;
    auto saved = EngagementRepository(*m_db).save(edited);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();

    const auto loaded = repo.load(m_engagement.id);
    ASSERT_TRUE(loaded.ok());
    QStringList stale;
    for (const Site &s : saved->sites) {
        const SiteServiceability *r = find(*loaded, s.siteId);
        ASSERT_NE(r, nullptr);
        if (r->isStaleFor(s))
            stale << s.siteId;
    }
    EXPECT_EQ(stale, (QStringList{QStringLiteral("ST-BER01"), QStringLiteral("ST-HAM01")}));
}
