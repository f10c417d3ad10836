#include "moveitemscommand.h"

#include "canvaspositions.h"

#include <QStringList>

namespace vpnwb {

MoveItemsCommand::MoveItemsCommand(CanvasPositions &positions, QHash<QString, std::optional<QPointF>> before,
                                   QHash<QString, QPointF> after, const QString &text, bool mergeable)
    : QUndoCommand(text), m_positions(positions), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeable(mergeable)
{}

void MoveItemsCommand::redo()
{
    if (!m_positions.apply(m_after, {}))
        setObsolete(true);
}

void MoveItemsCommand::undo()
{
    QHash<QString, QPointF> set;
    QStringList forget;
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        if (*it)
            set.insert(it.key(), **it);
        else
            forget.append(it.key());
    }
    if (!m_positions.apply(set, forget))
        setObsolete(true);
}

int MoveItemsCommand::id() const
{
    return 0x4d6f7665; // "Move"
}

bool MoveItemsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveItemsCommand *>(other);
    if (!m_mergeable || !next->m_mergeable || &next->m_positions != &m_positions ||
        next->m_after.size() != m_after.size())
        return false;
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it) {
        if (!next->m_after.contains(it.key()))
            return false;
    }
    m_after = next->m_after;
    bool back = true; // a drag there and back again leaves nothing to undo
    for (auto it = m_before.cbegin(); it != m_before.cend() && back; ++it)
        back = *it && **it == m_after.value(it.key());
    setObsolete(back);
    return true;
}

} // namespace vpnwb
