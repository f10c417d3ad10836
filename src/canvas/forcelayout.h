#pragma once

#include <QList>
#include <QPointF>

#include <cstdint>

namespace vpnwb {

class CanvasGraph;

// A force-directed layout (Fruchterman–Reingold) for any-to-any designs:
// links pull their ends together, nodes push each other apart, and the
// movement cools down over a fixed number of iterations. The push of far
// groups of nodes is taken at their centre of mass (a Barnes–Hut quadtree),
// which keeps each iteration O(n log n); labels that still overlap are
// moved apart at the end. The same seed always gives the same layout.
class ForceLayout
{
public:
    explicit ForceLayout(std::uint32_t seed = 1, int iterations = 160) : m_seed(seed), m_iterations(iterations) {}

    QList<QPointF> place(const CanvasGraph &graph) const;

    static constexpr double idealLength = 90.0; // scene units

private:
    std::uint32_t m_seed;
    int m_iterations;
};

} // namespace vpnwb
