#include "openengagement.h"

#include "clicontext.h"
#include "engagementcommands.h"

namespace vpnwb {

Result<OpenEngagement> OpenEngagement::open(CliContext &c, const QString &idOrName)
{
    auto engagement = findEngagement(c, idOrName);
    if (!engagement)
        return engagement.error();
    auto catalog = PopCatalog::builtIn();
    if (!catalog)
        return catalog.error();
    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return db.error();
    return OpenEngagement{std::move(*engagement), std::move(*catalog), *db};
}

} // namespace vpnwb
