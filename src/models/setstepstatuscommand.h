#pragma once

#include "stepstatus.h"

#include <QUndoCommand>

namespace vpnwb {

class EngagementDocument;

// Sets a flow step's state and note; undo restores the previous status.
class SetStepStatusCommand : public QUndoCommand
{
public:
    SetStepStatusCommand(EngagementDocument &doc, StepStatus before, StepStatus after, const QString &text);

    void redo() override;
    void undo() override;

private:
    EngagementDocument &m_doc;
    StepStatus m_before;
    StepStatus m_after;
};

} // namespace vpnwb
