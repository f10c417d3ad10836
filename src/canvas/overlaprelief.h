#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace vpnwb {

class CanvasGraph;
struct CanvasNode;

// Moves nodes apart where their footprints (marker and label) overlap, so
// that a layout keeps its shape but stays readable: nodes at one place on
// the map end up side by side.
//
// Up to `pushLimit` nodes, overlapping pairs push each other apart, each by
// as little as it takes, for a bounded number of rounds. Larger graphs (a
// city with hundreds of sites) would need many rounds of that; there each
// node instead takes the free slot of a fine grid nearest to where it
// should be (PEs, clouds and hubs first), which leaves no overlap in O(n).
class OverlapRelief
{
public:
    explicit OverlapRelief(int rounds = 40) : m_rounds(rounds) {}

    void apply(const CanvasGraph &graph, QList<QPointF> &positions) const;

    static constexpr int pushLimit = 800;
    static constexpr double slotWidth = 92.0;
    static constexpr double slotHeight = 26.0;

    // The space a node takes around its position, label included, estimated
    // from the length of its texts (no fonts needed).
    static QRectF footprint(const CanvasNode &node);

private:
    void push(const CanvasGraph &graph, QList<QPointF> &positions) const;
    static void slot(const CanvasGraph &graph, QList<QPointF> &positions);

    int m_rounds;
};

} // namespace vpnwb
