#include "clicontext.h"

namespace vpnwb {

Result<Database *> CliContext::database()
{
    if (!m_db) {
        auto opened = Database::openSqlite(m_dbPath);
        if (!opened)
            return opened.error();
        m_db = std::move(opened.value());
    }
    return m_db.get();
}

} // namespace vpnwb
