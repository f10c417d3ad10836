#include "database.h"

#include "migration.h"
#include "sqlerrors.h"
#include "sqlitedialect.h"

#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace vpnwb {

Database::Database(std::unique_ptr<SqlDialect> dialect, QString location)
    : m_dialect(std::move(dialect))
    , m_location(std::move(location))
    , m_connectionName(QStringLiteral("vpnwb-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
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
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("workspace.vpnwb"));
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path)
{
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
    if (!m_db.transaction())
        return Error::storage(QStringLiteral("cannot start a transaction on '%1': %2")
                                  .arg(m_location, m_db.lastError().text()));
    ++m_transactionDepth;
    const Status s = work();
    --m_transactionDepth;
    if (!s) {
        m_db.rollback();
        return s;
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return Error::storage(QStringLiteral("cannot save to '%1': %2").arg(m_location, why));
    }
    return Status::success();
}

Status Database::migrate()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               " version INTEGER NOT NULL PRIMARY KEY,"
                               " applied_at TEXT NOT NULL,"
                               " description TEXT NOT NULL DEFAULT '')")))
        return sqlError(q, QStringLiteral("cannot create the schema table in '%1'").arg(m_location));
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next())
        return sqlError(q, QStringLiteral("cannot read the schema version of '%1'").arg(m_location));
    m_schemaVersion = q.value(0).toInt();

    for (const Migration &m : Migration::all()) {
        if (m.version <= m_schemaVersion)
            continue;
        const Status s = transaction([&]() -> Status {
            QSqlQuery step(m_db);
            for (QString sql : m.statements) {
                sql.replace(QLatin1String("%AUTO_ID%"), m_dialect->autoIdColumn());
                if (!step.exec(sql))
                    return sqlError(step, QStringLiteral("cannot upgrade '%1' to schema %2").arg(m_location).arg(m.version));
            }
            step.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)"));
            step.addBindValue(m.version);
            step.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            step.addBindValue(QLatin1String(m.description));
            if (!step.exec())
                return sqlError(step, QStringLiteral("cannot record schema %1 in '%2'").arg(m.version).arg(m_location));
            return Status::success();
        });
        if (!s)
            return s;
        m_schemaVersion = m.version;
    }
    return Status::success();
}

} // namespace vpnwb
