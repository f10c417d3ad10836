#include "database.h"
#include "demoengagement.h"
#include "engagementrepository.h"
#include "pushjobrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

using Device = PushJobRecord::DeviceRecord;

Device device(const char *name, Device::Outcome outcome, const char *post = "")
{
    Device d;
    d.name = QLatin1String(name);
    d.role = QStringLiteral("pe");
    d.vendor = QStringLiteral("frr");
    d.address = QStringLiteral("10.99.0.1");
    d.port = 2222;
    d.username = QStringLiteral("vpnwb");
    d.credential = QStringLiteral("lab-secret");
    d.outcome = outcome;
    d.log = QStringLiteral("connecting\nreading the running configuration");
    d.intendedConfig = QStringLiteral("router bgp 64500\n neighbor 10.0.0.2 password <redacted>");
    d.preConfig = QStringLiteral("hostname %1").arg(d.name);
    d.postConfig = QLatin1String(post);
    return d;
}

class PushJobRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        open();
        Engagement demo = *DemoEngagement::load();
        auto first = EngagementRepository(*m_db).save(demo);
        ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
        m_engagement = first->id;
        demo.name = QStringLiteral("Second engagement");
        auto second = EngagementRepository(*m_db).save(demo);
        ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
        m_other = second->id;
    }

    void open()
    {
        m_db.reset();
        auto opened = Database::openSqlite(m_dir.filePath(QStringLiteral("ws.vpnwb")));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_db = std::move(opened.value());
    }

    PushJobRecord job(PushJobRecord::Kind kind, std::int64_t engagement, int minute, QList<Device> devices,
                      bool finished = true)
    {
        PushJobRecord j;
        j.engagementId = engagement;
        j.engagementName = QStringLiteral("Northwind");
        j.kind = kind;
        j.mode = PushJobRecord::Mode::AllOrNothing;
        j.user = QStringLiteral("alice");
        j.startedAt = QDateTime(QDate(2026, 12, 4), QTime(9, minute), Qt::UTC);
        if (finished) {
            j.finishedAt = j.startedAt.addSecs(30);
            j.outcome = PushJobRecord::Outcome::Succeeded;
        }
        j.summary = QStringLiteral("%1 device(s)").arg(devices.size());
        j.devices = std::move(devices);
        return j;
    }

    std::int64_t store(const PushJobRecord &j)
    {
        auto id = PushJobRepository(*m_db).create(j);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? id.value() : 0;
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
    std::int64_t m_engagement = 0;
    std::int64_t m_other = 0;
};

} // namespace

TEST_F(PushJobRepositoryTest, CreateThenFindGivesTheSameJob)
{
    PushJobRecord j = job(PushJobRecord::Kind::Rollback, m_engagement, 5,
                          {device("fra1-pe1", Device::Outcome::RolledBack, "hostname fra1-pe1\n"),
                           device("par1-pe1", Device::Outcome::Failed)});
    j.mode = PushJobRecord::Mode::BestEffort;
    j.rollbackOf = 3;
    j.outcome = PushJobRecord::Outcome::Partial;
    j.devices[1].error = QStringLiteral("par1-pe1 (10.99.0.1:2222): connection refused");
    j.devices[1].transport = QStringLiteral("netconf"); // kept, so that a rollback reaches it the same way
    j.devices[0].auth = QStringLiteral("key");          // and logs in the same way
    j.devices[0].identityFile = QStringLiteral("/home/noc/.ssh/id_ed25519");
    j.devices[0].credential.clear();
    j.id = store(j);
    ASSERT_GT(j.id, 0);

    auto found = PushJobRepository(*m_db).find(j.id);
    ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ(**found, j);
    EXPECT_EQ((*found)->devices[0].name, QStringLiteral("fra1-pe1")); // plan order kept
    EXPECT_EQ((*found)->startedAt, j.startedAt);
}

TEST_F(PushJobRepositoryTest, RunningJobIsUpdatedWhenItEnds)
{
    PushJobRecord j = job(
        PushJobRecord::Kind::Commit, m_engagement, 0,
        {device("fra1-pe1", Device::Outcome::Pending), device("par1-pe1", Device::Outcome::Pending)}, false);
    j.id = store(j);
    auto running = PushJobRepository(*m_db).find(j.id);
    ASSERT_TRUE(running.ok() && running->has_value());
    EXPECT_EQ((*running)->outcome, PushJobRecord::Outcome::Running);
    EXPECT_FALSE((*running)->finishedAt.has_value());

    j.outcome = PushJobRecord::Outcome::Failed;
    j.finishedAt = j.startedAt.addSecs(90);
    j.summary = QStringLiteral("par1-pe1 failed; fra1-pe1 rolled back");
    j.devices[0].outcome = Device::Outcome::RolledBack;
    j.devices[0].postConfig = QStringLiteral("hostname fra1-pe1");
    j.devices[1].outcome = Device::Outcome::Failed;
    j.devices[1].error = QStringLiteral("BGP neighbour 10.0.0.2 did not come up");
    ASSERT_TRUE(PushJobRepository(*m_db).update(j).ok());
    auto ended = PushJobRepository(*m_db).find(j.id);
    ASSERT_TRUE(ended.ok() && ended->has_value());
    EXPECT_EQ(**ended, j);
    EXPECT_EQ(count("push_job_devices"), 2);
}

TEST_F(PushJobRepositoryTest, MissingJobsAndEngagementsAreNotFound)
{
    auto none = PushJobRepository(*m_db).find(42);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());

    PushJobRecord ghost =
        job(PushJobRecord::Kind::Commit, m_engagement, 0, {device("fra1-pe1", Device::Outcome::Changed)});
    ghost.id = 42;
    const Status updated = PushJobRepository(*m_db).update(ghost);
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().code, Error::Code::NotFound);
    EXPECT_TRUE(updated.error().message.contains(QLatin1String("no push job 42")))
        << updated.error().message.toStdString();

    auto created = PushJobRepository(*m_db).create(
        job(PushJobRecord::Kind::Commit, 999, 0, {device("fra1-pe1", Device::Outcome::Pending)}));
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, Error::Code::NotFound);
    EXPECT_EQ(count("push_jobs"), 0);
    EXPECT_EQ(count("push_job_devices"), 0); // nothing half-written
}

TEST_F(PushJobRepositoryTest, ListIsNewestFirstFilteredByEngagementWithoutDetail)
{
    const auto a = store(
        job(PushJobRecord::Kind::DryRun, m_engagement, 1, {device("fra1-pe1", Device::Outcome::Unchanged)}));
    const auto b = store(
        job(PushJobRecord::Kind::Commit, m_other, 2, {device("ams1-pe1", Device::Outcome::Changed, "x")}));
    const auto c = store(job(PushJobRecord::Kind::Commit, m_engagement, 3,
                             {device("fra1-pe1", Device::Outcome::Changed, "x"),
                              device("par1-pe1", Device::Outcome::Changed, "y")}));

    auto all = PushJobRepository(*m_db).list();
    ASSERT_TRUE(all.ok()) << all.error().message.toStdString();
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).id, c);
    EXPECT_EQ(all->at(1).id, b);
    EXPECT_EQ(all->at(2).id, a);

    auto mine = PushJobRepository(*m_db).list(m_engagement);
    ASSERT_TRUE(mine.ok());
    ASSERT_EQ(mine->size(), 2);
    EXPECT_EQ(mine->at(0).id, c);
    EXPECT_EQ(mine->at(1).id, a);
    ASSERT_EQ(mine->at(0).devices.size(), 2);
    EXPECT_EQ(mine->at(0).devices[1].name, QStringLiteral("par1-pe1"));
    EXPECT_EQ(mine->at(0).devices[1].outcome, Device::Outcome::Changed);
    EXPECT_TRUE(mine->at(0).devices[1].log.isEmpty());
    EXPECT_TRUE(mine->at(0).devices[1].postConfig.isEmpty());
    EXPECT_EQ(mine->at(0).user, QStringLiteral("alice"));
}

TEST_F(PushJobRepositoryTest, LastStatesTakeTheNewestFinishedCommitOrRollbackPerDevice)
{
    const auto first = store(job(PushJobRecord::Kind::Commit, m_engagement, 1,
                                 {device("fra1-pe1", Device::Outcome::Changed, "fra v1"),
                                  device("par1-pe1", Device::Outcome::Changed, "par v1")}));
    const auto rollback = store(job(PushJobRecord::Kind::Rollback, m_engagement, 2,
                                    {device("par1-pe1", Device::Outcome::RolledBack, "par v0")}));
    // Ignored: a dry-run, an unfinished commit, a failed device, another engagement.
    store(job(PushJobRecord::Kind::DryRun, m_engagement, 3,
              {device("fra1-pe1", Device::Outcome::Unchanged, "fra dry")}));
    store(job(PushJobRecord::Kind::Commit, m_engagement, 4,
              {device("fra1-pe1", Device::Outcome::Changed, "fra running")}, false));
    store(job(PushJobRecord::Kind::Commit, m_engagement, 5,
              {device("par1-pe1", Device::Outcome::Failed, "par broken")}));
    store(job(PushJobRecord::Kind::Commit, m_other, 6,
              {device("fra1-pe1", Device::Outcome::Changed, "other")}));
    // Found already as intended by a later commit: that is what it holds now.
    const auto unchanged = store(job(PushJobRecord::Kind::Commit, m_engagement, 7,
                                     {device("ams1-pe1", Device::Outcome::Unchanged, "ams v1"),
                                      device("lon1-pe1", Device::Outcome::Unchanged)}));

    auto states = PushJobRepository(*m_db).lastStates(m_engagement);
    ASSERT_TRUE(states.ok()) << states.error().message.toStdString();
    ASSERT_EQ(states->size(), 3);
    EXPECT_EQ(states->at(0).device.name, QStringLiteral("ams1-pe1"));
    EXPECT_EQ(states->at(0).jobId, unchanged);
    EXPECT_EQ(states->at(1).device.name, QStringLiteral("fra1-pe1"));
    EXPECT_EQ(states->at(1).jobId, first);
    EXPECT_EQ(states->at(1).device.postConfig, QStringLiteral("fra v1"));
    EXPECT_EQ(states->at(1).device.credential, QStringLiteral("lab-secret"));
    EXPECT_EQ(states->at(2).device.name, QStringLiteral("par1-pe1"));
    EXPECT_EQ(states->at(2).jobId, rollback);
    EXPECT_EQ(states->at(2).device.postConfig, QStringLiteral("par v0"));

    auto none = PushJobRepository(*m_db).lastStates(999);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
}

TEST_F(PushJobRepositoryTest, JobSurvivesReopeningTheWorkspace)
{
    PushJobRecord j =
        job(PushJobRecord::Kind::Commit, m_engagement, 8,
            {device("fra1-pe1", Device::Outcome::Changed, "hostname fra1-pe1\nrouter bgp 64500")});
    j.id = store(j);
    open();
    auto found = PushJobRepository(*m_db).find(j.id);
    ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ(**found, j);
}

TEST_F(PushJobRepositoryTest, RemovingTheEngagementRemovesItsJobs)
{
    store(job(PushJobRecord::Kind::Commit, m_engagement, 1,
              {device("fra1-pe1", Device::Outcome::Changed, "x")}));
    store(job(PushJobRecord::Kind::Commit, m_other, 2, {device("ams1-pe1", Device::Outcome::Changed, "y")}));
    ASSERT_TRUE(EngagementRepository(*m_db).remove(m_engagement).ok());
    EXPECT_EQ(count("push_jobs"), 1);
    EXPECT_EQ(count("push_job_devices"), 1);
}

TEST_F(PushJobRepositoryTest, DamagedStoredWordIsReportedNamingTheJob)
{
    const auto id = store(job(PushJobRecord::Kind::Commit, m_engagement, 1,
                              {device("fra1-pe1", Device::Outcome::Changed, "x")}));
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE push_jobs SET kind = 'push' WHERE id = %1").arg(id)));
    auto found = PushJobRepository(*m_db).find(id);
    ASSERT_FALSE(found.ok());
    EXPECT_TRUE(found.error().message.contains(QStringLiteral("push job %1").arg(id)));
    EXPECT_TRUE(found.error().message.contains(QLatin1String("kind 'push'")))
        << found.error().message.toStdString();
}
