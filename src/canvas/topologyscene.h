#pragma once

#include "canvasgraph.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>

#include <functional>

namespace vpnwb {

class LinkLayerItem;
class NodeItem;
class PeItem;

// The topology canvas's scene: one light item per site, PE and VPN cloud,
// all links in one layer item, indexed by a BSP tree. It shows a
// CanvasGraph at given positions and turns the user's drags into requests
// (moves, re-homing) for the models; it changes nothing itself.
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit TopologyScene(QObject *parent = nullptr);
    ~TopologyScene() override;

    // Shows `graph` with a position for each node. Items of ids already shown
    // are kept (with their selection) and updated; the others come and go.
    void setContent(const CanvasGraph &graph, const QList<QPointF> &positions);
    // Moves items, by item id.
    void setPositions(const QHash<QString, QPointF> &positions);

    const CanvasGraph &graph() const { return m_graph; }
    NodeItem *item(const QString &itemId) const { return m_items.value(itemId); }
    LinkLayerItem *linkLayer() const { return m_links; }
    // The rectangle around everything shown, with a margin.
    QRectF contentRect() const;

    QStringList selectedSiteIds() const;
    QStringList selectedItemIds() const;
    // Selects exactly these items (unknown ids are ignored).
    void selectItems(const QStringList &itemIds);

    // Supplies the tooltip of an item (rich text), e.g. from the models.
    void setToolTipProvider(std::function<QString(const QString &itemId)> provider);

signals:
    // The user dragged items to new places (item id → position).
    void itemsMoved(const QHash<QString, QPointF> &positions);
    // The user dropped sites on a PE.
    void rehomeRequested(const QStringList &siteIds, const QString &peName);
    // The scene shows a new set of items (another engagement, or the first build).
    void contentReset();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    NodeItem *createItem(int index, const CanvasNode &node);
    PeItem *dropTargetAt(const QPointF &scenePos) const;
    void setDropTarget(PeItem *target);
    void updateSceneRect();

    CanvasGraph m_graph;
    QHash<QString, NodeItem *> m_items;
    QList<NodeItem *> m_byIndex;
    LinkLayerItem *m_links = nullptr;
    std::function<QString(const QString &)> m_toolTips;
    QHash<NodeItem *, QPointF> m_dragStart;
    PeItem *m_dropTarget = nullptr;
};

} // namespace vpnwb
