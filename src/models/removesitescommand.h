#pragma once

#include "removedsite.h"

#include <QList>
#include <QUndoCommand>

namespace vpnwb {

class EngagementDocument;

// Removes sites with their VPN memberships and canvas positions; undo puts
// them back at their old rows and positions in the member lists.
class RemoveSitesCommand : public QUndoCommand
{
public:
    RemoveSitesCommand(EngagementDocument &doc, QList<RemovedSite> removed, const QString &text);

    void redo() override;
    void undo() override;

private:
    EngagementDocument &m_doc;
    QList<RemovedSite> m_removed;
};

} // namespace vpnwb
