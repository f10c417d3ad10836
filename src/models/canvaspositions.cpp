#include "canvaspositions.h"

#include "canvaslayoutrepository.h"
#include "engagementdocument.h"
#include "moveitemscommand.h"

namespace vpnwb {

CanvasPositions::CanvasPositions(EngagementDocument &doc, QObject *parent) : QObject(parent), m_doc(doc)
{
    connect(&doc, &EngagementDocument::engagementOpened, this, &CanvasPositions::reload);
    connect(&doc, &EngagementDocument::engagementClosed, this, &CanvasPositions::reload);
    // The document removes and restores the positions of sites together with the sites.
    connect(&doc, &EngagementDocument::siteRemoved, this, [this](int, const QString &siteId) {
        if (m_positions.remove(siteId) > 0)
            emit positionsChanged({siteId});
    });
    connect(&doc, &EngagementDocument::siteInserted, this, [this](int, const QString &siteId) {
        auto stored = CanvasLayoutRepository(m_doc.database()).position(m_doc.engagement().id, siteId);
        if (!stored) {
            emit m_doc.errorOccurred(
                tr("The canvas position of site %1 could not be read: %2").arg(siteId, stored.error().message));
            return;
        }
        if (*stored) {
            m_positions.insert(siteId, **stored);
            emit positionsChanged({siteId});
        }
    });
    reload();
}

std::optional<QPointF> CanvasPositions::position(const QString &itemId) const
{
    const auto it = m_positions.constFind(itemId);
    return it == m_positions.cend() ? std::nullopt : std::optional<QPointF>(*it);
}

void CanvasPositions::move(const QHash<QString, QPointF> &to, const QString &text, bool mergeable)
{
    if (to.isEmpty() || !m_doc.isOpen())
        return;
    QHash<QString, std::optional<QPointF>> before;
    bool changed = false;
    for (auto it = to.cbegin(); it != to.cend(); ++it) {
        const std::optional<QPointF> old = position(it.key());
        before.insert(it.key(), old);
        changed = changed || old != *it;
    }
    if (!changed)
        return;
    m_doc.undoStack()->push(new MoveItemsCommand(*this, std::move(before), to, text, mergeable));
}

bool CanvasPositions::apply(const QHash<QString, QPointF> &set, const QStringList &forget)
{
    QStringList ids = set.keys();
    ids.append(forget);
    if (const Status s = CanvasLayoutRepository(m_doc.database()).save(m_doc.engagement().id, set, forget); !s) {
        emit m_doc.errorOccurred(tr("The canvas layout was not saved: %1").arg(s.error().message));
        emit positionsChanged(ids); // views put the items back where they are stored
        return false;
    }
    for (auto it = set.cbegin(); it != set.cend(); ++it)
        m_positions.insert(it.key(), *it);
    for (const QString &id : forget)
        m_positions.remove(id);
    emit positionsChanged(ids);
    return true;
}

void CanvasPositions::reload()
{
    m_positions.clear();
    if (m_doc.isOpen()) {
        auto loaded = CanvasLayoutRepository(m_doc.database()).load(m_doc.engagement().id);
        if (loaded)
            m_positions = std::move(loaded.value());
        else
            emit m_doc.errorOccurred(tr("The canvas layout of “%1” could not be read, so the canvas shows the "
                                        "geographic layout: %2")
                                         .arg(m_doc.engagement().name, loaded.error().message));
    }
    emit positionsReset();
}

} // namespace vpnwb
