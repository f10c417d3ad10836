#include "setsiterolecommand.h"

#include "engagementdocument.h"

namespace vpnwb {

SetSiteRoleCommand::SetSiteRoleCommand(EngagementDocument &doc, State before, State after, const QString &text)
    : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
{}

void SetSiteRoleCommand::redo()
{
    if (!m_doc.applySitesAndVpns(m_after.sites, m_after.vpns))
        setObsolete(true);
}

void SetSiteRoleCommand::undo()
{
    if (!m_doc.applySitesAndVpns(m_before.sites, m_before.vpns))
        setObsolete(true);
}

} // namespace vpnwb
