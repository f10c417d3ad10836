#include "sqlitedialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace vpnwb {
namespace {

// SQLite's own diagnosis, on one line and without its banner.
QString diagnosis(QString text)
{
    text.remove(QStringLiteral("*** in database main ***"));
    text = text.simplified();
    return text.size() > 160 ? text.left(157) + QStringLiteral("...") : text;
}

// Runs `fn` on a read-only connection to `path` and closes it again; side
// files SQLite creates for reading (-wal, -shm) are removed, when the file is
// refused, if they were not there before, so a refused file is left as it was.
template<typename Fn> Status withReadOnlyConnection(const QString &path, Fn fn)
{
    const QStringList sideFiles{path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    QStringList existedBefore;
    for (const QString &f : sideFiles) {
        if (QFileInfo::exists(f))
            existedBefore << f;
    }
    const QString name =
        QStringLiteral("vpnwb-preflight-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // Wait like the writers do: another process may be creating or
        // writing the workspace at this moment (a lock is not damage).
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            status = Error::incompatible(
                QStringLiteral("'%1' cannot be opened as a database: %2").arg(path, diagnosis(db.lastError().databaseText())));
        else
            status = fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // Only a refused file gets its new side files removed. An accepted
    // workspace may be in use by another process that created them meanwhile:
    // removing its -wal would lose that process's committed writes.
    if (!status.ok()) {
        for (const QString &f : sideFiles) {
            if (!existedBefore.contains(f) && QFileInfo::exists(f))
                QFile::remove(f);
        }
    }
    return status;
}

} // namespace

Status SqliteDialect::preflight(const QString &path, int newestKnownSchema) const
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error::incompatible(QStringLiteral("'%1' is a folder, not a database file").arg(path));
    if (!info.exists() || info.size() == 0) {
        // A new workspace: its folder must exist or be creatable, and be writable.
        QFileInfo dir(info.absolutePath());
        while (!dir.exists() && dir.absoluteFilePath() != dir.absolutePath())
            dir = QFileInfo(dir.absolutePath());
        if (!dir.isDir() || !dir.isWritable())
            return Error::io(QStringLiteral("cannot create the workspace '%1': the folder '%2' is not writable")
                                 .arg(path, dir.absoluteFilePath()));
        return Status::success();
    }

    // Every command may write (SQLite's write-ahead log and its index sit beside the file), so a
    // workspace the user may only read is refused as such, not taken for a damaged one.
    const QFileInfo folder(info.absolutePath());
    if (!info.isReadable())
        return Error::io(QStringLiteral("'%1' cannot be read: it is not readable for you").arg(path));
    if (!info.isWritable() || !folder.isWritable())
        return Error::io(QStringLiteral("'%1' cannot be opened: %2 is read-only for you (the workspace and its "
                                        "folder must be writable); it was left unchanged")
                             .arg(path, info.isWritable() ? QStringLiteral("its folder '%1'").arg(folder.absoluteFilePath())
                                                          : QStringLiteral("the file")));

    // The file is only ever opened through SQLite here. Opening and closing it any other way (to
    // read its header, say) would drop the POSIX locks this process's own connections hold on it:
    // another process closing the workspace would then take itself for the last user and delete
    // the write-ahead log this process still writes to.
    return withReadOnlyConnection(path, [&](QSqlDatabase &db) -> Status {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()) {
            if (check.lastError().nativeErrorCode() == QLatin1String("26")) // SQLITE_NOTADB
                return Error::incompatible(QStringLiteral("'%1' is not a VPN Workbench database (not an SQLite "
                                                          "file); it was left unchanged")
                                               .arg(path));
            return Error::incompatible(QStringLiteral("'%1' is damaged and cannot be read (%2); it was left "
                                                      "unchanged. Restore it from a backup.")
                                           .arg(path, diagnosis(check.lastError().databaseText())));
        }
        const QString verdict = check.value(0).toString();
        if (verdict != QLatin1String("ok"))
            return Error::incompatible(QStringLiteral("'%1' is damaged (%2); it was left unchanged. "
                                                      "Restore it from a backup.")
                                           .arg(path, diagnosis(verdict)));
        QSqlQuery tables(db);
        if (!tables.exec(listTablesSql()))
            return Error::incompatible(
                QStringLiteral("'%1' is damaged: %2").arg(path, diagnosis(tables.lastError().databaseText())));
        bool anyTable = false;
        bool hasVersion = false;
        while (tables.next()) {
            anyTable = true;
            hasVersion = hasVersion || tables.value(0).toString() == QLatin1String("schema_version");
        }
        if (anyTable && !hasVersion)
            return Error::incompatible(
                QStringLiteral("'%1' is an SQLite database of another program, not a VPN "
                               "Workbench workspace; it was left unchanged")
                    .arg(path));
        if (!hasVersion)
            return Status::success();
        QSqlQuery version(db);
        if (!version.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !version.next())
            return Error::incompatible(
                QStringLiteral("'%1' is damaged: %2").arg(path, diagnosis(version.lastError().databaseText())));
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
        return Error::storage(QStringLiteral("cannot open '%1': %2").arg(path, diagnosis(db.lastError().databaseText())));
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA busy_timeout = 10000", "PRAGMA journal_mode = WAL",
                               "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        if (!q.exec(QLatin1String(pragma)))
            return Error::storage(QStringLiteral("cannot set up '%1' (%2): %3")
                                      .arg(path, QLatin1String(pragma), q.lastError().text()));
    }
    return Status::success();
}

} // namespace vpnwb
