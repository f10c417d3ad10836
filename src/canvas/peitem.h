#pragma once

#include "nodeitem.h"

namespace vpnwb {

// A provider edge router at its PoP: a dark plate with its name (light and
// dashed when no site is homed on it). Sites dropped on it are re-homed.
class PeItem : public NodeItem
{
public:
    enum { Type = UserType + 2 };

    PeItem(int index, CanvasNode node);

    int type() const override { return Type; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QString peName() const { return node().label; }
    // Marks it as the place where the dragged sites would be re-homed.
    void setDropTarget(bool on);
    bool isDropTarget() const { return m_dropTarget; }

protected:
    QRectF measure() const override;

private:
    QRectF plate() const;

    bool m_dropTarget = false;
};

} // namespace vpnwb
