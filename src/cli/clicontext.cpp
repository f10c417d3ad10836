#include "clicontext.h"

namespace vpnwb {

Result<Database *> CliContext::database(Database::OpenMode mode)
{
    if (!m_db) {
        auto opened = Database::openSqlite(m_dbPath, mode);
        if (!opened)
            return opened.error();
        m_db = std::move(opened.value());
    }
    return m_db.get();
}

} // namespace vpnwb
