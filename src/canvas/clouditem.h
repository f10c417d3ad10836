#pragma once

#include "nodeitem.h"

namespace vpnwb {

// The cloud of an any-to-any VPN, with the VPN's id (and name when zoomed in).
class CloudItem : public NodeItem
{
public:
    enum { Type = UserType + 3 };

    CloudItem(int index, CanvasNode node);

    int type() const override { return Type; }
    QPainterPath shape() const override { return m_outline; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QRectF measure() const override;

private:
    QPainterPath outline() const;

    mutable QPainterPath m_outline; // a cache, rebuilt by measure()
};

} // namespace vpnwb
