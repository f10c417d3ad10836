#pragma once

#include "database.h"
#include "result.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace vpnwb {

// What every command gets: its arguments after the command name, the
// workspace location, the output streams, and a way to open the workspace.
class CliContext
{
public:
    CliContext(QStringList args, QString dbPath, bool json, QTextStream &out, QTextStream &err)
        : m_args(std::move(args)), m_dbPath(std::move(dbPath)), m_json(json), m_out(out), m_err(err)
    {}

    const QStringList &args() const { return m_args; }
    bool json() const { return m_json; }
    QString dbPath() const { return m_dbPath; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens the workspace once; later calls return the same database.
    // Commands that only read or change what exists pass ExistingOnly, so a
    // mistyped --db path is reported instead of creating a new workspace.
    Result<Database *> database(Database::OpenMode mode = Database::OpenMode::CreateIfMissing);

private:
    QStringList m_args;
    QString m_dbPath;
    bool m_json = false;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_db;
};

} // namespace vpnwb
