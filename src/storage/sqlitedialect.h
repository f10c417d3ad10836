#pragma once

#include "sqldialect.h"

namespace vpnwb {

class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    Status preflight(const QString &location, int newestKnownSchema) const override;
    Status configure(QSqlDatabase &db, const QString &location) const override;
    QString autoIdColumn() const override { return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"); }
    // IMMEDIATE takes the write lock at once, so that two processes writing
    // the same workspace queue up (busy timeout) instead of one failing.
    QString beginWriteSql() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString listTablesSql() const override
    {
        return QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    }
};

} // namespace vpnwb
