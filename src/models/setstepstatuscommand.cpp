#include "setstepstatuscommand.h"

#include "engagementdocument.h"

namespace vpnwb {

SetStepStatusCommand::SetStepStatusCommand(EngagementDocument &doc, StepStatus before, StepStatus after,
                                           const QString &text)
    : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
{}

void SetStepStatusCommand::redo()
{
    if (!m_doc.applyStepStatus(m_after))
        setObsolete(true);
}

void SetStepStatusCommand::undo()
{
    if (!m_doc.applyStepStatus(m_before))
        setObsolete(true);
}

} // namespace vpnwb
