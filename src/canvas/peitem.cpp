#include "peitem.h"

#include "canvasstyle.h"

#include <QPainter>

namespace vpnwb {

PeItem::PeItem(int index, CanvasNode node) : NodeItem(index, std::move(node))
{
    setZValue(2.0);
    remeasure();
}

QRectF PeItem::plate() const
{
    const double w = std::max(52.0, CanvasStyle::metrics(CanvasStyle::peFont()).horizontalAdvance(node().label) + 12.0);
    return {-w / 2.0, -10.0, w, 20.0};
}

QRectF PeItem::measure() const
{
    return plate().adjusted(-5.0, -5.0, 5.0, 5.0);
}

void PeItem::setDropTarget(bool on)
{
    if (on != m_dropTarget) {
        m_dropTarget = on;
        update();
        lookChanged();
    }
}

void PeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const CanvasNode &n = node();
    const double lod = levelOfDetail(painter);
    const QRectF plate = this->plate();
    const QColor fill = n.inUse ? CanvasStyle::peFill() : CanvasStyle::idlePeFill();
    if (lod < CanvasStyle::overviewLod)
        return; // the link layer draws it as a dot

    painter->save();
    const bool labelled = CanvasStyle::textReadable(CanvasStyle::peFont(), lod);
    // Without its name a full plate would be a blank slab: a small one marks the PE instead.
    const QRectF r = labelled ? plate : QRectF(-10.0, -6.0, 20.0, 12.0);
    if (isSelected() || m_dropTarget) {
        painter->setPen(QPen(CanvasStyle::selection(), m_dropTarget ? 4.0 : 3.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r.adjusted(-3, -3, 3, 3), 7.0, 7.0);
    }
    QPen border(n.inUse ? fill : CanvasStyle::mutedInk(), 1.2);
    if (!n.inUse)
        border.setDashPattern({3.0, 2.0});
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(r, 5.0, 5.0);
    if (labelled) {
        painter->setFont(CanvasStyle::peFont());
        painter->setPen(n.inUse ? QColor(Qt::white) : CanvasStyle::mutedInk());
        painter->drawText(r, Qt::AlignCenter, n.label);
    }
    painter->restore();
}

} // namespace vpnwb
