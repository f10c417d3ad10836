#pragma once

#include <QList>
#include <QPointF>

namespace vpnwb {

class CanvasGraph;

// Places nodes where they are on the Earth, in an equirectangular projection
// true to scale at the sites' mean latitude (north up; over a continent
// distances stay fair, where Mercator would inflate the north). The scale follows
// the engagement: the median distance between neighbouring sites becomes a
// readable gap, within bounds set by the number of sites. The PEs of a PoP
// stand in a row at the PoP; sites without coordinates wait in rows below
// the map; a VPN cloud sits at the centre of what it links. Nodes that
// would cover each other are then moved apart just enough (OverlapRelief).
class GeoLayout
{
public:
    // Equirectangular coordinates of a position, in radians of the sphere:
    // x = longitude × cos(standard latitude), y = latitude, growing
    // southwards (as on screen).
    static QPointF project(double latitude, double longitude, double standardLatitude);

    QList<QPointF> place(const CanvasGraph &graph) const;

    static constexpr double neighbourGap = 40.0; // scene units between typical neighbours
    static constexpr double peSpacing = 62.0;    // between the PEs of one PoP
};

} // namespace vpnwb
