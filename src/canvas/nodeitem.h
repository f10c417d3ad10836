#pragma once

#include "canvasnode.h"

#include <QGraphicsItem>

namespace vpnwb {

class LinkLayerItem;

// What the site, PE and cloud items share: the node they draw (a copy, with
// its item id), their place in the canvas graph, a cached bounding
// rectangle, and telling the link layer when they move.
class NodeItem : public QGraphicsItem
{
public:
    NodeItem(int index, CanvasNode node);

    const CanvasNode &node() const { return m_node; }
    const QString &itemId() const { return m_node.itemId; }
    int nodeIndex() const { return m_index; }
    // Takes new values; repaints (and re-measures) only when they differ.
    void setNode(int index, const CanvasNode &node);
    void setLinkLayer(LinkLayerItem *links) { m_links = links; }

    QRectF boundingRect() const override { return m_bounds; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    virtual QRectF measure() const = 0;
    void remeasure();
    // Tells the link layer, which draws the node when zoomed far out.
    void lookChanged();

    // The level of detail of the painter's current transform.
    static double levelOfDetail(const QPainter *painter);
    // A label on a light plate, so that it stays readable over lines.
    static void drawLabel(QPainter *painter, const QPointF &baseline, const QString &text, const QFont &font,
                          const QColor &ink);

private:
    CanvasNode m_node;
    int m_index;
    QRectF m_bounds;
    LinkLayerItem *m_links = nullptr;
};

} // namespace vpnwb
