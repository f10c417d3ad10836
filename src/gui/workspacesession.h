#pragma once

#include "result.h"

#include <QObject>

#include <memory>

namespace vpnwb {

class CanvasPositions;
class Database;
class EngagementDocument;
class FlowStepModel;
class SiteHoming;
class SiteTableModel;

// One open workspace in the GUI: its database, the document of the open
// engagement and the models the views share. Replaced whole when the user
// opens another workspace.
class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<WorkspaceSession>> open(const QString &path);
    ~WorkspaceSession() override;

    QString path() const;
    Database &database() { return *m_db; }
    EngagementDocument &document() { return *m_document; }
    FlowStepModel *flowModel() { return m_flowModel; }
    SiteTableModel *siteModel() { return m_siteModel; }
    SiteHoming *siteHoming() { return m_siteHoming; }
    CanvasPositions *canvasPositions() { return m_canvasPositions; }

private:
    explicit WorkspaceSession(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    EngagementDocument *m_document = nullptr;
    FlowStepModel *m_flowModel = nullptr;
    SiteTableModel *m_siteModel = nullptr;
    SiteHoming *m_siteHoming = nullptr;
    CanvasPositions *m_canvasPositions = nullptr;
};

} // namespace vpnwb
