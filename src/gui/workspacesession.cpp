#include "workspacesession.h"

#include "canvaspositions.h"
#include "database.h"
#include "engagementdocument.h"
#include "flowstepmodel.h"
#include "sitehoming.h"
#include "sitetablemodel.h"

#include <QtDebug>

namespace vpnwb {

WorkspaceSession::WorkspaceSession(std::unique_ptr<Database> db) : m_db(std::move(db))
{
    m_document = new EngagementDocument(*m_db, this);
    m_flowModel = new FlowStepModel(*m_document, this);
    m_siteModel = new SiteTableModel(*m_document, this);
    auto catalog = PopCatalog::builtIn();
    if (!catalog) // built into the program: only a broken build gets here
        qWarning("vpn-workbench: %s", qPrintable(catalog.error().message));
    m_siteHoming = new SiteHoming(*m_document, catalog ? std::move(catalog.value()) : PopCatalog{}, this);
    m_canvasPositions = new CanvasPositions(*m_document, this);
}

WorkspaceSession::~WorkspaceSession()
{
    // The models and the document refer to the database: delete them first.
    delete m_canvasPositions;
    delete m_siteHoming;
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
