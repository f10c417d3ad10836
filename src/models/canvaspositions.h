#pragma once

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace vpnwb {

class EngagementDocument;

// Where the user put the items of the open engagement's topology canvas
// (item ids as in CanvasLayoutRepository). Items without a position here
// are placed by the canvas's default layout. Moves are undoable commands on
// the document's stack and are saved at once; a move the database refuses
// is reported through the document and leaves the positions as they were.
class CanvasPositions : public QObject
{
    Q_OBJECT
public:
    explicit CanvasPositions(EngagementDocument &doc, QObject *parent = nullptr);

    std::optional<QPointF> position(const QString &itemId) const;
    const QHash<QString, QPointF> &all() const { return m_positions; }

    // Undoable: puts the items at `to`. Consecutive moves of the same items
    // merge into one undo step when `mergeable`.
    void move(const QHash<QString, QPointF> &to, const QString &text, bool mergeable = true);

    // Used by the undo command: sets `set`, forgets `forget` and saves both.
    bool apply(const QHash<QString, QPointF> &set, const QStringList &forget);

signals:
    void positionsReset();
    void positionsChanged(const QStringList &itemIds);

private:
    void reload();

    EngagementDocument &m_doc;
    QHash<QString, QPointF> m_positions;
};

} // namespace vpnwb
