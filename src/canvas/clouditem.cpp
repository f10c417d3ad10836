#include "clouditem.h"

#include "canvasstyle.h"

#include <QPainter>

namespace vpnwb {

CloudItem::CloudItem(int index, CanvasNode node) : NodeItem(index, std::move(node))
{
    setZValue(1.0);
    remeasure();
}

QPainterPath CloudItem::outline() const
{
    const double w = std::max(110.0, CanvasStyle::metrics(CanvasStyle::cloudFont()).horizontalAdvance(node().label) + 40.0);
    const double h = 62.0;
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    path.addRoundedRect(QRectF(-w / 2.0, -h / 4.0, w, h / 2.0 + 8.0), h / 4.0, h / 4.0);
    path.addEllipse(QPointF(-w / 4.0, -h / 8.0), w / 4.0, h / 3.0);
    path.addEllipse(QPointF(w / 8.0, -h / 5.0), w / 3.4, h / 2.4);
    path.addEllipse(QPointF(w / 2.6, 0.0), w / 6.0, h / 4.0);
    return path.simplified();
}

QRectF CloudItem::measure() const
{
    m_outline = outline();
    const QFontMetricsF &nm = CanvasStyle::metrics(CanvasStyle::nameFont());
    QRectF bounds = m_outline.boundingRect().adjusted(-5.0, -5.0, 5.0, 5.0);
    const double nameWidth = nm.horizontalAdvance(node().name) + 4.0;
    bounds |= QRectF(-nameWidth / 2.0, bounds.bottom(), nameWidth, nm.height() + 4.0);
    return bounds;
}

void CloudItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const double lod = levelOfDetail(painter);
    painter->save();
    const QPainterPath &path = m_outline;
    painter->setPen(QPen(isSelected() ? CanvasStyle::selection() : CanvasStyle::cloudInk(), isSelected() ? 3.0 : 1.5));
    painter->setBrush(CanvasStyle::cloudFill());
    painter->drawPath(path);
    if (CanvasStyle::textReadable(CanvasStyle::cloudFont(), lod)) {
        painter->setFont(CanvasStyle::cloudFont());
        painter->setPen(CanvasStyle::cloudInk());
        painter->drawText(path.boundingRect(), Qt::AlignCenter, node().label);
        if (lod >= CanvasStyle::namesLod / 2.0 && !node().name.isEmpty()) {
            const QFontMetricsF &nm = CanvasStyle::metrics(CanvasStyle::nameFont());
            const QRectF below(path.boundingRect().left(), path.boundingRect().bottom() + 2.0,
                               path.boundingRect().width(), nm.height() + 2.0);
            painter->setFont(CanvasStyle::nameFont());
            painter->drawText(below, Qt::AlignHCenter | Qt::AlignTop, node().name);
        }
    }
    painter->restore();
}

} // namespace vpnwb
