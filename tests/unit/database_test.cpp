#include "database.h"
#include "engagementrepository.h"
#include "migration.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vpnwb;
using vpnwb::test::readFile;
using vpnwb::test::writeFile;

namespace {

// Executes an SQL script (one statement per line, "--" comments) into a new SQLite file.
void loadScript(const QString &dbPath, const QString &scriptPath)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(dbPath);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        const QString script = QString::fromUtf8(readFile(scriptPath));
        ASSERT_FALSE(script.isEmpty()) << scriptPath.toStdString();
        for (const QString &line : script.split(QLatin1Char('\n'))) {
            if (line.trimmed().isEmpty() || line.startsWith(QLatin1String("--")))
                continue;
            ASSERT_TRUE(q.exec(line)) << line.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

} // namespace

TEST(Database, NewWorkspaceGetsTheLatestSchema)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/ws.vpnwb"));
    auto db = Database::openSqlite(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), Migration::latestVersion());
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST(Database, OldSchemaIsUpgradedInPlaceWithItsData)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.vpnwb"));
    loadScript(path, vpnwb::test::fixture(QStringLiteral("schema-v1.sql")));

    auto db = Database::openSqlite(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), Migration::latestVersion());

    EngagementRepository repo(**db);
    auto e = repo.find(QStringLiteral("Contoso Bank WAN"));
    ASSERT_TRUE(e.ok()) << e.error().message.toStdString();
    ASSERT_EQ(e->sites.size(), 2);
    EXPECT_EQ(e->sites[1].lanPrefixes,
              (QStringList{QStringLiteral("10.1.0.0/24"), QStringLiteral("10.1.1.0/24")}));
    EXPECT_EQ(e->sites[0].resiliency, Resiliency::DualHomed);
    ASSERT_EQ(e->vpns.size(), 1);
    EXPECT_EQ(e->vpns[0].members.size(), 2);
    EXPECT_EQ(e->stepStatus(1).state, StepState::Done);
    EXPECT_TRUE(e->stepStatus(1).note.isEmpty());

    // What schema 2 added works on the upgraded file.
    e->customer.contacts.append({QStringLiteral("Ana Silva"), QStringLiteral("CTO"), QString(), QString()});
    e->setStepStatus({2, StepState::InProgress, QDateTime::currentDateTimeUtc(), QStringLiteral("pricing")});
    auto resaved = repo.save(*e);
    ASSERT_TRUE(resaved.ok()) << resaved.error().message.toStdString();
    auto again = repo.load(e->id);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->customer.contacts.size(), 1);
    EXPECT_EQ(again->stepStatus(2).note, QStringLiteral("pricing"));
}

TEST(Database, NewerSchemaIsRefusedAndUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.vpnwb"));
    {
        auto db = Database::openSqlite(path);
        ASSERT_TRUE(db.ok());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(
            QStringLiteral("INSERT INTO schema_version VALUES (99, '2030-01-01T00:00:00Z', 'future')")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = digest(path);
    auto db = Database::openSqlite(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, Error::Code::IncompatibleFile);
    EXPECT_EQ(db.error().message,
              QStringLiteral(
                  "'%1' was written by a newer version of VPN Workbench (schema 99; this version knows up "
                  "to %2). Update VPN Workbench to open it; the file was left unchanged.")
                  .arg(path)
                  .arg(Migration::latestVersion()));
    EXPECT_EQ(digest(path), before);
}

TEST(Database, NonDatabaseFileIsRefusedAndStaysByteIdentical)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    const QByteArray content = "site list:\nLondon\nParis\n";
    writeFile(path, content);
    auto db = Database::openSqlite(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(
        db.error().message,
        QStringLiteral("'%1' is not a VPN Workbench database (not an SQLite file); it was left unchanged")
            .arg(path));
    EXPECT_EQ(readFile(path), content);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Database, CorruptDatabaseIsRefusedAndStaysByteIdentical)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.vpnwb"));
    {
        auto db = Database::openSqlite(path);
        ASSERT_TRUE(db.ok());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    QByteArray bytes = readFile(path);
    ASSERT_GT(bytes.size(), 4096 * 3);
    // Overwrite the second and third pages (table b-trees) with garbage, keeping the header.
    for (int i = 4096; i < 4096 * 3; ++i)
        bytes[i] = static_cast<char>((i * 7919) & 0xff);
    writeFile(path, bytes);
    const QByteArray before = digest(path);

    auto db = Database::openSqlite(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, Error::Code::IncompatibleFile);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("is damaged")))
        << db.error().message.toStdString();
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("left unchanged")));
    EXPECT_EQ(digest(path), before);
}

TEST(Database, ForeignSqliteDatabaseIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE songs (title TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = digest(path);
    auto db = Database::openSqlite(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("another program")));
    EXPECT_EQ(digest(path), before);
}
