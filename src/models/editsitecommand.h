#pragma once

#include "site.h"

#include <QUndoCommand>

namespace vpnwb {

class EngagementDocument;

// Replaces one site's values; undo puts the old ones back.
class EditSiteCommand : public QUndoCommand
{
public:
    EditSiteCommand(EngagementDocument &doc, Site before, Site after, const QString &text);

    void redo() override;
    void undo() override;

private:
    EngagementDocument &m_doc;
    Site m_before;
    Site m_after;
};

} // namespace vpnwb
