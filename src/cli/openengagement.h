#pragma once

#include "database.h"
#include "engagement.h"
#include "popcatalog.h"
#include "result.h"

#include <QString>

namespace vpnwb {

class CliContext;

// What a command on an engagement's design needs: the engagement (by id or
// name), the PoP catalog and the workspace, which must exist.
struct OpenEngagement
{
    Engagement engagement;
    PopCatalog catalog;
    Database *db = nullptr;

    // The reason is the first thing that is missing, ready to show.
    static Result<OpenEngagement> open(CliContext &c, const QString &idOrName);
};

} // namespace vpnwb
