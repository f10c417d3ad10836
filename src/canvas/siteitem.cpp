#include "siteitem.h"

#include "canvasstyle.h"

#include <QPainter>

namespace vpnwb {

SiteItem::SiteItem(int index, CanvasNode node) : NodeItem(index, std::move(node))
{
    setZValue(3.0);
    remeasure();
}

double SiteItem::radius() const
{
    return node().isHub() ? CanvasStyle::hubRadius() : CanvasStyle::siteRadius();
}

const QFont &SiteItem::labelFont() const
{
    return node().isHub() ? CanvasStyle::hubFont() : CanvasStyle::siteFont();
}

QPointF SiteItem::labelBaseline() const
{
    const QFontMetricsF &fm = CanvasStyle::metrics(labelFont());
    return {radius() + 5.0, (fm.ascent() - fm.descent()) / 2.0};
}

bool SiteItem::labelShownAt(double lod) const
{
    return lod >= CanvasStyle::overviewLod &&
           (lod >= CanvasStyle::enlargedLabelLod || CanvasStyle::textReadable(labelFont(), lod));
}

double SiteItem::labelScaleAt(double lod) const
{
    const double onScreen = labelFont().pixelSize() * std::max(lod, CanvasStyle::enlargedLabelLod);
    return std::max(1.0, CanvasStyle::readableTextPx / onScreen);
}

QRectF SiteItem::measure() const
{
    const double r = radius() + 6.0; // rings and the selection halo
    QRectF bounds(-r, -r, 2 * r, 2 * r);
    const QFontMetricsF &fm = CanvasStyle::metrics(labelFont());
    const QPointF base = labelBaseline();
    const QRectF label(-2.0, -fm.ascent() - 1.0, fm.horizontalAdvance(node().label) + 4.0, fm.height() + 2.0);
    const double enlarged = labelScaleAt(CanvasStyle::enlargedLabelLod); // the largest it is drawn
    bounds |= QRectF(label.topLeft() * enlarged, label.size() * enlarged).translated(base);
    const QFontMetricsF &nm = CanvasStyle::metrics(CanvasStyle::nameFont());
    bounds |= QRectF(base.x() - 2.0, base.y() + fm.descent() + 1.0, nm.horizontalAdvance(node().name) + 4.0,
                     nm.height() + 2.0);
    return bounds;
}

QPainterPath SiteItem::shape() const
{
    QPainterPath path;
    const double r = radius() + 2.0;
    path.addEllipse(QPointF(), r, r);
    return path;
}

void SiteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const CanvasNode &n = node();
    const double lod = levelOfDetail(painter);
    const double r = radius();
    const QColor fill = n.isHub() ? CanvasStyle::hubFill() : CanvasStyle::accessColor(n.accessType);
    const bool unserviceable = n.verdict == ServiceabilityVerdict::Unserviceable;

    if (lod < CanvasStyle::overviewLod)
        return; // the link layer draws all sites at once as dots

    painter->save();
    if (isSelected()) {
        painter->setPen(QPen(CanvasStyle::selection(), 3.0));
        painter->setBrush(QColor(0x1a, 0x73, 0xe8, 40));
        painter->drawEllipse(QPointF(), r + 4.5, r + 4.5);
    }
    if (n.dualHomed) {
        painter->setPen(QPen(fill, 1.4));
        painter->setBrush(Qt::white);
        painter->drawEllipse(QPointF(), r + 2.8, r + 2.8);
    }
    painter->setPen(QPen(n.isHub() ? CanvasStyle::accessColor(n.accessType) : QColor(255, 255, 255),
                         n.isHub() ? 2.5 : 1.3));
    painter->setBrush(fill);
    painter->drawEllipse(QPointF(), r, r);
    if (unserviceable || n.stale) {
        QPen ring(unserviceable ? CanvasStyle::unserviceable() : CanvasStyle::stale(), 2.0);
        if (!unserviceable)
            ring.setDashPattern({2.0, 1.5});
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(), r + 1.5, r + 1.5);
    }
    if (labelShownAt(lod)) {
        const QPointF base = labelBaseline();
        if (const double k = labelScaleAt(lod); k > 1.0) {
            painter->save();
            painter->translate(base);
            painter->scale(k, k);
            drawLabel(painter, QPointF(), n.label, labelFont(), CanvasStyle::ink());
            painter->restore();
        } else {
            drawLabel(painter, base, n.label, labelFont(), CanvasStyle::ink());
        }
        if (lod >= CanvasStyle::namesLod && !n.name.isEmpty()) {
            const QFontMetricsF &fm = CanvasStyle::metrics(labelFont());
            const QFontMetricsF &nm = CanvasStyle::metrics(CanvasStyle::nameFont());
            drawLabel(painter, QPointF(base.x(), base.y() + fm.descent() + 2.0 + nm.ascent()), n.name,
                      CanvasStyle::nameFont(), CanvasStyle::mutedInk());
        }
    }
    painter->restore();
}

} // namespace vpnwb
