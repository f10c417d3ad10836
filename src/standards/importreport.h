#pragma once

#include "site.h"

#include <QList>
#include <QStringList>

namespace vpnwb {

// The outcome of a site import. When `errors` is not empty nothing was
// imported and `sites` is empty. Every message names the file and line.
struct ImportReport
{
    QList<Site> sites;
    QStringList errors;   // why nothing was imported
    QStringList skipped;  // rows left out in ImportMode::ValidRowsOnly, each with its reasons
    QStringList warnings; // imported, but worth a look

    bool ok() const { return errors.isEmpty(); }
};

} // namespace vpnwb
