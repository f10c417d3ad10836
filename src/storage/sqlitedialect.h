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
    QString listTablesSql() const override
    {
        return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    }
};

} // namespace vpnwb
