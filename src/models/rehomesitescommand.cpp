#include "rehomesitescommand.h"

#include "sitehoming.h"

namespace vpnwb {

RehomeSitesCommand::RehomeSitesCommand(SiteHoming &homing, QList<SiteServiceability> before,
                                       QList<SiteServiceability> after, const QString &text)
    : QUndoCommand(text), m_homing(homing), m_before(std::move(before)), m_after(std::move(after))
{}

void RehomeSitesCommand::redo()
{
    if (!m_homing.applyResults(m_after))
        setObsolete(true);
}

void RehomeSitesCommand::undo()
{
    if (!m_homing.applyResults(m_before))
        setObsolete(true);
}

} // namespace vpnwb
