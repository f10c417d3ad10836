#include "removesitescommand.h"

#include "engagementdocument.h"

namespace vpnwb {

RemoveSitesCommand::RemoveSitesCommand(EngagementDocument &doc, QList<RemovedSite> removed, const QString &text)
    : QUndoCommand(text), m_doc(doc), m_removed(std::move(removed))
{}

void RemoveSitesCommand::redo()
{
    QStringList ids;
    ids.reserve(m_removed.size());
    for (const RemovedSite &r : std::as_const(m_removed))
        ids.append(r.site.siteId);
    if (!m_doc.applyRemoveSites(ids))
        setObsolete(true);
}

void RemoveSitesCommand::undo()
{
    if (!m_doc.applyRestoreSites(m_removed))
        setObsolete(true);
}

} // namespace vpnwb
