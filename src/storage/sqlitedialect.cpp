#include "sqlitedialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace vpnwb {
namespace {

constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL byte: 16 bytes in all

// Runs `fn` on a read-only connection to `path` and closes it again.
template<typename Fn>
Status withReadOnlyConnection(const QString &path, Fn fn)
{
    const QString name = QStringLiteral("vpnwb-preflight-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            status = Error::incompatible(QStringLiteral("'%1' cannot be opened as a database: %2")
                                             .arg(path, db.lastError().text()));
        else
            status = fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

} // namespace

Status SqliteDialect::preflight(const QString &path, int newestKnownSchema) const
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error::incompatible(QStringLiteral("'%1' is a folder, not a database file").arg(path));
    if (!info.exists() || info.size() == 0)
        return Status::success(); // a new workspace

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("'%1' cannot be read: %2").arg(path, file.errorString()));
    const QByteArray head = file.read(16);
    file.close();
    if (head != QByteArray(kSqliteMagic, 16))
        return Error::incompatible(QStringLiteral("'%1' is not a VPN Workbench database (not an SQLite file); "
                                                  "it was left unchanged")
                                       .arg(path));

    return withReadOnlyConnection(path, [&](QSqlDatabase &db) -> Status {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
            return Error::incompatible(QStringLiteral("'%1' is damaged and cannot be read (%2); it was left "
                                                      "unchanged. Restore it from a backup.")
                                           .arg(path, check.lastError().text()));
        const QString verdict = check.value(0).toString();
        if (verdict != QLatin1String("ok"))
            return Error::incompatible(QStringLiteral("'%1' is damaged (%2); it was left unchanged. "
                                                      "Restore it from a backup.")
                                           .arg(path, verdict));
        QSqlQuery tables(db);
        if (!tables.exec(listTablesSql()))
            return Error::incompatible(QStringLiteral("'%1' is damaged: %2").arg(path, tables.lastError().text()));
        bool anyTable = false;
        bool hasVersion = false;
        while (tables.next()) {
            anyTable = true;
            hasVersion = hasVersion || tables.value(0).toString() == QLatin1String("schema_version");
        }
        if (anyTable && !hasVersion)
            return Error::incompatible(QStringLiteral("'%1' is an SQLite database of another program, not a VPN "
                                                      "Workbench workspace; it was left unchanged")
                                           .arg(path));
        if (!hasVersion)
            return Status::success();
        QSqlQuery version(db);
        if (!version.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !version.next())
            return Error::incompatible(
                QStringLiteral("'%1' is damaged: %2").arg(path, version.lastError().text()));
        const int found = version.value(0).toInt();
        if (found > newestKnownSchema)
            return Error::incompatible(QStringLiteral("'%1' was written by a newer version of VPN Workbench "
                                                      "(schema %2; this version knows up to %3). Update VPN "
                                                      "Workbench to open it; the file was left unchanged.")
                                           .arg(path)
                                           .arg(found)
                                           .arg(newestKnownSchema));
        return Status::success();
    });
}

Status SqliteDialect::configure(QSqlDatabase &db, const QString &path) const
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::io(QStringLiteral("cannot create the folder '%1'").arg(info.absolutePath()));
    db.setDatabaseName(path);
    if (!db.open())
        return Error::storage(QStringLiteral("cannot open '%1': %2").arg(path, db.lastError().text()));
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA busy_timeout = 5000", "PRAGMA synchronous = NORMAL"}) {
        if (!q.exec(QLatin1String(pragma)))
            return Error::storage(QStringLiteral("cannot set up '%1' (%2): %3")
                                      .arg(path, QLatin1String(pragma), q.lastError().text()));
    }
    return Status::success();
}

} // namespace vpnwb
