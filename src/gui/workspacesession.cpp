#include "workspacesession.h"

#include "database.h"
#include "engagementdocument.h"
#include "flowstepmodel.h"
#include "sitetablemodel.h"

namespace vpnwb {

WorkspaceSession::WorkspaceSession(std::unique_ptr<Database> db) : m_db(std::move(db))
{
    m_document = new EngagementDocument(*m_db, this);
    m_flowModel = new FlowStepModel(*m_document, this);
    m_siteModel = new SiteTableModel(*m_document, this);
}

WorkspaceSession::~WorkspaceSession()
{
    // The models and the document refer to the database: delete them first.
    delete m_siteModel;
    delete m_flowModel;
    delete m_document;
}

Result<std::unique_ptr<WorkspaceSession>> WorkspaceSession::open(const QString &path)
{
    auto db = Database::openSqlite(path);
    if (!db)
        return db.error();
    return std::unique_ptr<WorkspaceSession>(new WorkspaceSession(std::move(db.value())));
}

QString WorkspaceSession::path() const
{
    return m_db->location();
}

} // namespace vpnwb
