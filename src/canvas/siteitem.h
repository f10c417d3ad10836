#pragma once

#include "nodeitem.h"

namespace vpnwb {

// A customer site: a dot in the colour of its access type (larger and dark
// for a hub), a double ring when dual-homed, a red ring when unserviceable.
// Its id appears once readable, its name when zoomed in further; zoomed
// out it is a plain square, cheap enough for tens of thousands.
class SiteItem : public NodeItem
{
public:
    enum { Type = UserType + 1 };

    SiteItem(int index, CanvasNode node);

    int type() const override { return Type; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    double radius() const;
    // Whether its id label is drawn at the level of detail `lod`.
    bool labelShownAt(double lod) const;
    // How much the id is enlarged at `lod` to stay readable (1: not at all).
    double labelScaleAt(double lod) const;
    // Where the id's baseline starts, in item coordinates.
    QPointF labelBaseline() const;

protected:
    QRectF measure() const override;

private:
    const QFont &labelFont() const;
};

} // namespace vpnwb
