#include "setvpnscommand.h"

#include "engagementdocument.h"

namespace vpnwb {

SetVpnsCommand::SetVpnsCommand(EngagementDocument &doc, QList<VpnService> before, QList<VpnService> after,
                               const QString &text)
    : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
{}

void SetVpnsCommand::redo()
{
    if (!m_doc.applySitesAndVpns({}, m_after))
        setObsolete(true);
}

void SetVpnsCommand::undo()
{
    if (!m_doc.applySitesAndVpns({}, m_before))
        setObsolete(true);
}

} // namespace vpnwb
