#include "database.h"

#include "migration.h"
#include "sqlerrors.h"
#include "sqlitedialect.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace vpnwb {

Database::Database(std::unique_ptr<SqlDialect> dialect, QString location)
    : m_dialect(std::move(dialect)), m_location(std::move(location)),
      m_connectionName(QStringLiteral("vpnwb-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultLocation()
{
    // $XDG_DATA_HOME/vpn-workbench (~/.local/share/vpn-workbench) on Linux.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("vpn-workbench/workspace.vpnwb"));
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, OpenMode mode)
{
    if (mode == OpenMode::ExistingOnly && !QFileInfo::exists(path))
        return Error::notFound(QStringLiteral("there is no workspace '%1' (create one with 'vpnwb demo' or an "
                                              "import, or name another with --db)")
                                   .arg(path));
    auto dialect = std::make_unique<SqliteDialect>();
    if (const Status s = dialect->preflight(path, Migration::latestVersion()); !s)
        return s.error();
    std::unique_ptr<Database> db(new Database(std::move(dialect), path));
    if (const Status s = db->m_dialect->configure(db->m_db, path); !s)
        return s.error();
    if (const Status s = db->migrate(); !s)
        return s.error();
    return db;
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const Status s = work();
        --m_transactionDepth;
        return s;
    }
    QSqlQuery begin(m_db);
    if (!begin.exec(m_dialect->beginWriteSql()))
        return sqlError(begin, QStringLiteral("cannot start a transaction on '%1'").arg(m_location));
    ++m_transactionDepth;
    const Status s = work();
    --m_transactionDepth;
    QSqlQuery end(m_db);
    if (!s) {
        end.exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const Error e = sqlError(end, QStringLiteral("cannot save to '%1'").arg(m_location));
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    return Status::success();
}

int Database::storedSchemaVersion(Status *status)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next()) {
        *status = sqlError(q, QStringLiteral("cannot read the schema version of '%1'").arg(m_location));
        return 0;
    }
    return q.value(0).toInt();
}

Status Database::migrate()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               " version INTEGER NOT NULL PRIMARY KEY,"
                               " applied_at TEXT NOT NULL,"
                               " description TEXT NOT NULL DEFAULT '')")))
        return sqlError(q, QStringLiteral("cannot create the schema table in '%1'").arg(m_location));
    Status read;
    m_schemaVersion = storedSchemaVersion(&read);
    if (!read)
        return read;

    for (const Migration &m : Migration::all()) {
        if (m.version <= m_schemaVersion)
            continue;
        const Status s = transaction([&]() -> Status {
            // Another process may have upgraded the file while this one waited for the lock.
            Status again;
            m_schemaVersion = storedSchemaVersion(&again);
            if (!again || m.version <= m_schemaVersion)
                return again;
            QSqlQuery step(m_db);
            for (QString sql : m.statements) {
                sql.replace(QLatin1String("%AUTO_ID%"), m_dialect->autoIdColumn());
                if (!step.exec(sql))
                    return sqlError(
                        step,
                        QStringLiteral("cannot upgrade '%1' to schema %2").arg(m_location).arg(m.version));
            }
            step.prepare(QStringLiteral(
                "INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)"));
            step.addBindValue(m.version);
            step.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            step.addBindValue(QLatin1String(m.description));
            if (!step.exec())
                return sqlError(
                    step, QStringLiteral("cannot record schema %1 in '%2'").arg(m.version).arg(m_location));
            return Status::success();
        });
        if (!s)
            return s;
        m_schemaVersion = std::max(m_schemaVersion, m.version);
    }
    return Status::success();
}

} // namespace vpnwb
