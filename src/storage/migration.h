#pragma once

#include <QStringList>

namespace vpnwb {

// One forward step of the schema. `%AUTO_ID%` in a statement stands for the
// dialect's auto-numbered key column.
struct Migration
{
    int version = 0;
    const char *description = nullptr;
    QStringList statements;

    static const QList<Migration> &all();
    static int latestVersion();
};

} // namespace vpnwb
