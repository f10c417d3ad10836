#pragma once

#include <QHash>
#include <QPointF>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace vpnwb {

class CanvasPositions;

// Moves canvas items; undo puts them back (or back to the default layout
// for items that had no saved position). Consecutive drags of the same
// selection merge into one step.
class MoveItemsCommand : public QUndoCommand
{
public:
    MoveItemsCommand(CanvasPositions &positions, QHash<QString, std::optional<QPointF>> before,
                     QHash<QString, QPointF> after, const QString &text, bool mergeable);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    CanvasPositions &m_positions;
    QHash<QString, std::optional<QPointF>> m_before;
    QHash<QString, QPointF> m_after;
    bool m_mergeable;
};

} // namespace vpnwb
