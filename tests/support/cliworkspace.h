#pragma once

#include "testpaths.h"

#include <QStringList>
#include <QTemporaryDir>

namespace vpnwb::test {

// A workspace database in a temporary folder, and the built vpnwb run on it.
class CliWorkspace
{
public:
    QString path() const { return m_dir.filePath(QStringLiteral("ws.vpnwb")); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    ProcessResult run(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), path()} + args);
    }

private:
    QTemporaryDir m_dir;
};

} // namespace vpnwb::test
