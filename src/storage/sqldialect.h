#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace vpnwb {

// Everything that differs between database engines lives behind this
// interface: how a location is checked before it is opened, how a
// connection is set up, and the few type names that differ. All other SQL
// in the storage layer is written to run unchanged on SQLite and PostgreSQL.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString driverName() const = 0;
    // Checks the location without changing it: a file of another kind or a
    // damaged database is refused here, before anything could write to it.
    // `newestKnownSchema` lets the check refuse a database of a newer schema.
    virtual Status preflight(const QString &location, int newestKnownSchema) const = 0;
    virtual Status configure(QSqlDatabase &db, const QString &location) const = 0;
    // Type of an auto-numbered 64-bit primary key column.
    virtual QString autoIdColumn() const = 0;
    // The names of the tables that exist, to tell an empty database from a foreign one.
    virtual QString listTablesSql() const = 0;
    // Starts a write transaction that waits for other writers instead of
    // failing when it later needs to write.
    virtual QString beginWriteSql() const = 0;
};

} // namespace vpnwb
