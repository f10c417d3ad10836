#pragma once

#include "result.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace vpnwb {

// One open workspace database: a connection (owned by the thread that
// opened it), its dialect, and the schema brought up to date at open.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (or creates) the SQLite workspace at `path`. A file that is not
    // a workspace, a damaged one and one of a newer schema are refused and
    // left byte-for-byte unchanged.
    enum class OpenMode { CreateIfMissing, ExistingOnly };
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path,
                                                        OpenMode mode = OpenMode::CreateIfMissing);

    QSqlDatabase &connection() { return m_db; }
    const SqlDialect &dialect() const { return *m_dialect; }
    QString location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }

    // Runs `work` in one transaction: committed when it returns success,
    // rolled back otherwise. Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);

    static QString defaultLocation();

private:
    Database(std::unique_ptr<SqlDialect> dialect, QString location);
    Status migrate();
    int storedSchemaVersion(Status *status);

    std::unique_ptr<SqlDialect> m_dialect;
    QString m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
};

} // namespace vpnwb
