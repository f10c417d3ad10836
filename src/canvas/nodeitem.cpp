#include "nodeitem.h"

#include "canvasstyle.h"
#include "linklayeritem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace vpnwb {

NodeItem::NodeItem(int index, CanvasNode node) : m_node(std::move(node)), m_index(index)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
}

void NodeItem::setNode(int index, const CanvasNode &node)
{
    m_index = index;
    if (node == m_node)
        return;
    m_node = node;
    remeasure();
    update();
    lookChanged();
}

void NodeItem::lookChanged()
{
    if (m_links)
        m_links->nodeChanged(m_index);
}

void NodeItem::remeasure()
{
    const QRectF bounds = measure();
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged && m_links) {
        m_links->nodeMoved(m_index);
        lookChanged(); // the dot at the new place
    } else if (change == ItemPositionChange || change == ItemSelectedHasChanged) {
        lookChanged(); // the dot at the old place, or its selection mark
    }
    return QGraphicsItem::itemChange(change, value);
}

double NodeItem::levelOfDetail(const QPainter *painter)
{
    return QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
}

void NodeItem::drawLabel(QPainter *painter, const QPointF &baseline, const QString &text, const QFont &font,
                         const QColor &ink)
{
    const QFontMetricsF &fm = CanvasStyle::metrics(font);
    const QRectF plate(baseline.x() - 2.0, baseline.y() - fm.ascent() - 1.0, fm.horizontalAdvance(text) + 4.0,
                       fm.height() + 2.0);
    painter->setPen(Qt::NoPen);
    painter->setBrush(CanvasStyle::labelBackground());
    painter->drawRoundedRect(plate, 2.0, 2.0);
    painter->setFont(font);
    painter->setPen(ink);
    painter->drawText(baseline, text);
}

} // namespace vpnwb
