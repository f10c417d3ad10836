#include "database.h"
#include "demoengagement.h"
#include "engagementrepository.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vpnwb;

// The desktop program keeps the workspace open and opens it again on worker
// threads while vpnwb commands come and go in other processes. Every write of
// either must stay visible to the other: a command ending must never take
// itself for the workspace's last user and drop the log the program writes to.
TEST(SharedWorkspace, WritesOfAProcessThatOpenedItTwiceSurviveACommandEndingBeside)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.vpnwb"));
    auto program = Database::openSqlite(path);
    ASSERT_TRUE(program.ok()) << program.error().message.toStdString();
    Engagement demo = *DemoEngagement::load();
    demo.name = QStringLiteral("First");
    ASSERT_TRUE(EngagementRepository(**program).save(demo).ok());
    {
        // A worker thread's connection: opened (with its checks) and closed again.
        auto worker = Database::openSqlite(path, Database::OpenMode::ExistingOnly);
        ASSERT_TRUE(worker.ok()) << worker.error().message.toStdString();
    }
    // A command in another process opens the workspace and ends.
    auto r = test::runCli({QStringLiteral("--db"), path, QStringLiteral("engagements")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("First")) << r.out.toStdString();

    // The program writes again; the next command sees it.
    demo.id = 0;
    demo.name = QStringLiteral("Second");
    ASSERT_TRUE(EngagementRepository(**program).save(demo).ok());
    r = test::runCli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("engagements")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QStringList names;
    for (const QJsonValue &e : QJsonDocument::fromJson(r.out).array())
        names.append(e.toObject().value(QStringLiteral("name")).toString());
    EXPECT_EQ(names, (QStringList{QStringLiteral("First"), QStringLiteral("Second")})) << r.out.toStdString();
}
