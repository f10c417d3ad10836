#include "editsitecommand.h"

#include "engagementdocument.h"

namespace vpnwb {

EditSiteCommand::EditSiteCommand(EngagementDocument &doc, Site before, Site after, const QString &text)
    : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
{}

void EditSiteCommand::redo()
{
    if (!m_doc.applySite(m_before.siteId, m_after))
        setObsolete(true);
}

void EditSiteCommand::undo()
{
    if (!m_doc.applySite(m_after.siteId, m_before))
        setObsolete(true);
}

} // namespace vpnwb
