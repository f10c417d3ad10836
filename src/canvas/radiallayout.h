#pragma once

#include <QList>
#include <QPointF>

namespace vpnwb {

class CanvasGraph;

// Places a hub-and-spoke design as rings: the hubs (and VPN clouds) at the
// centre, the PEs on the first ring, and the other sites on outer rings,
// each in the sector of the PE it is homed on, so that access links run
// outwards and never cross the centre. Rings are added as the sites need
// room, so ten thousand sites still keep apart.
class RadialLayout
{
public:
    QList<QPointF> place(const CanvasGraph &graph) const;

    static constexpr double siteSpacing = 30.0; // along a ring, in scene units
    static constexpr double ringGap = 42.0;     // between the rings of sites
};

} // namespace vpnwb
