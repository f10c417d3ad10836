#include "topologyscene.h"

#include "canvasstyle.h"
#include "clouditem.h"
#include "linklayeritem.h"
#include "peitem.h"
#include "siteitem.h"

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QSet>
#include <QToolTip>

namespace vpnwb {

TopologyScene::TopologyScene(QObject *parent) : QGraphicsScene(parent)
{
    setItemIndexMethod(BspTreeIndex);
    m_links = new LinkLayerItem;
    addItem(m_links);
}

TopologyScene::~TopologyScene()
{
    // Items tell the link layer when they move; take them away first.
    for (NodeItem *item : std::as_const(m_byIndex))
        item->setLinkLayer(nullptr);
}

NodeItem *TopologyScene::createItem(int index, const CanvasNode &node)
{
    switch (node.kind) {
    case CanvasNode::Kind::Site:
        return new SiteItem(index, node);
    case CanvasNode::Kind::Pe:
        return new PeItem(index, node);
    case CanvasNode::Kind::Cloud:
        return new CloudItem(index, node);
    }
    return nullptr;
}

void TopologyScene::setContent(const CanvasGraph &graph, const QList<QPointF> &positions)
{
    const bool reset = m_items.isEmpty();
    const QList<CanvasNode> &nodes = graph.nodes();
    setDropTarget(nullptr);
    m_dragStart.clear();

    // Items whose node is gone.
    QSet<QString> ids;
    ids.reserve(nodes.size());
    for (const CanvasNode &n : nodes)
        ids.insert(n.itemId);
    for (auto it = m_items.begin(); it != m_items.end();) {
        const bool sameKind = ids.contains(it.key()) &&
                              nodes[graph.indexOf(it.key())].kind == (*it)->node().kind;
        if (sameKind) {
            ++it;
            continue;
        }
        (*it)->setLinkLayer(nullptr);
        delete *it;
        it = m_items.erase(it);
    }

    m_byIndex.resize(nodes.size());
    for (int i = 0; i < nodes.size(); ++i) {
        const QPointF pos = positions.value(i);
        NodeItem *item = m_items.value(nodes[i].itemId);
        if (item) {
            item->setLinkLayer(nullptr);
            item->setNode(i, nodes[i]);
            if (item->pos() != pos)
                item->setPos(pos);
        } else {
            item = createItem(i, nodes[i]);
            item->setPos(pos);
            addItem(item);
            m_items.insert(nodes[i].itemId, item);
        }
        m_byIndex[i] = item;
    }
    m_graph = graph;
    m_links->setLinks(m_graph.links(), m_byIndex);
    for (NodeItem *item : std::as_const(m_byIndex))
        item->setLinkLayer(m_links);
    updateSceneRect();
    if (reset)
        emit contentReset();
}

void TopologyScene::setPositions(const QHash<QString, QPointF> &positions)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (NodeItem *item = m_items.value(it.key()); item && item->pos() != *it)
            item->setPos(*it);
    }
    updateSceneRect();
}

QRectF TopologyScene::contentRect() const
{
    QRectF r;
    for (const NodeItem *item : m_byIndex)
        r |= item->sceneBoundingRect();
    if (r.isNull())
        return QRectF(-100, -100, 200, 200);
    const double margin = 30.0 + 0.03 * std::max(r.width(), r.height());
    return r.adjusted(-margin, -margin, margin, margin);
}

void TopologyScene::updateSceneRect()
{
    // Room around the content to drag into and to pan over.
    const QRectF c = contentRect();
    const double room = std::max(c.width(), c.height()) * 0.5;
    const QRectF wanted = c.adjusted(-room, -room, room, room);
    if (!sceneRect().contains(c) || sceneRect().width() > wanted.width() * 3.0)
        setSceneRect(wanted);
}

QStringList TopologyScene::selectedSiteIds() const
{
    QStringList out;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == SiteItem::Type)
            out.append(static_cast<SiteItem *>(item)->itemId());
    }
    return out;
}

QStringList TopologyScene::selectedItemIds() const
{
    QStringList out;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == SiteItem::Type || item->type() == PeItem::Type || item->type() == CloudItem::Type)
            out.append(static_cast<NodeItem *>(item)->itemId());
    }
    return out;
}

void TopologyScene::selectItems(const QStringList &itemIds)
{
    const QSet<QString> wanted(itemIds.cbegin(), itemIds.cend());
    const QList<QGraphicsItem *> selected = selectedItems();
    // One selectionChanged signal for the whole change.
    const bool blocked = blockSignals(true);
    for (QGraphicsItem *item : selected) {
        if (item->type() != LinkLayerItem::Type && !wanted.contains(static_cast<NodeItem *>(item)->itemId()))
            item->setSelected(false);
    }
    for (const QString &id : wanted) {
        if (NodeItem *item = m_items.value(id))
            item->setSelected(true);
    }
    blockSignals(blocked);
    emit selectionChanged();
}

void TopologyScene::setToolTipProvider(std::function<QString(const QString &)> provider)
{
    m_toolTips = std::move(provider);
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_dragStart.clear();
    if (event->button() != Qt::LeftButton)
        return;
    QGraphicsItem *grabber = mouseGrabberItem();
    if (!grabber || grabber->type() == LinkLayerItem::Type || !(grabber->flags() & QGraphicsItem::ItemIsMovable))
        return;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() != LinkLayerItem::Type)
            m_dragStart.insert(static_cast<NodeItem *>(item), item->pos());
    }
}

void TopologyScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseMoveEvent(event);
    if (m_dragStart.isEmpty())
        return;
    bool carriesSites = false;
    for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend() && !carriesSites; ++it)
        carriesSites = it.key()->type() == SiteItem::Type;
    setDropTarget(carriesSites ? dropTargetAt(event->scenePos()) : nullptr);
}

void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_dragStart.isEmpty())
        return;
    const QHash<NodeItem *, QPointF> start = std::exchange(m_dragStart, {});
    PeItem *target = m_dropTarget;
    setDropTarget(nullptr);
    QHash<QString, QPointF> moved;
    QStringList sites;
    for (auto it = start.cbegin(); it != start.cend(); ++it) {
        if (it.key()->pos() == *it)
            continue;
        moved.insert(it.key()->itemId(), it.key()->pos());
        if (it.key()->type() == SiteItem::Type)
            sites.append(it.key()->itemId());
    }
    if (moved.isEmpty())
        return;
    if (target && !sites.isEmpty()) {
        // Dropped on a PE: the sites stay where they were and are re-homed instead.
        for (auto it = start.cbegin(); it != start.cend(); ++it)
            it.key()->setPos(*it);
        sites.sort();
        emit rehomeRequested(sites, target->peName());
        return;
    }
    emit itemsMoved(moved);
}

PeItem *TopologyScene::dropTargetAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == PeItem::Type && !m_dragStart.contains(static_cast<NodeItem *>(item)))
            return static_cast<PeItem *>(item);
    }
    return nullptr;
}

void TopologyScene::setDropTarget(PeItem *target)
{
    if (target == m_dropTarget)
        return;
    if (m_dropTarget)
        m_dropTarget->setDropTarget(false);
    m_dropTarget = target;
    if (m_dropTarget)
        m_dropTarget->setDropTarget(true);
}

void TopologyScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    QString text;
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (item->type() == LinkLayerItem::Type)
            continue;
        if (m_toolTips)
            text = m_toolTips(static_cast<NodeItem *>(item)->itemId());
        break;
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), text, event->widget());
    event->setAccepted(!text.isEmpty());
}

void TopologyScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, CanvasStyle::background());
}

} // namespace vpnwb
