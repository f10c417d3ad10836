#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace vpnwb {

// The key to the canvas's symbols: site and hub markers, PEs, VPN clouds,
// access types by colour, partner access, dual homing, spoke paths and
// unserviceable sites. Drawn beside the view and into exports, in device
// units so that it keeps its size at any zoom.
class CanvasLegend
{
    Q_DECLARE_TR_FUNCTIONS(CanvasLegend)
public:
    static QSizeF size(int columns = 2);
    // Draws the legend in `columns` columns with its top-left corner at `topLeft`.
    static void paint(QPainter &painter, const QPointF &topLeft, int columns = 2);
};

} // namespace vpnwb
