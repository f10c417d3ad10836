#pragma once

#include "domaintypes.h"
#include "pop.h"
#include "popdistance.h"

#include <QList>

#include <array>
#include <limits>
#include <vector>

namespace vpnwb {

// Finds the PoPs nearest to a position without looking at every PoP: a k-d
// tree over the PoPs' points on the unit sphere, where the straight-line
// (chord) distance orders points exactly as the great-circle distance does.
// Building takes O(n log n); a query visits O(log n) nodes for small k.
//
// Results are ordered by distance, ties by catalog position, so that the same
// catalog always gives the same answer.
class PopSpatialIndex
{
public:
    PopSpatialIndex() = default;
    // Indexes those of `pops` that sell `offering`; results name PoPs by their index in `pops`.
    PopSpatialIndex(const QList<Pop> &pops, AccessType offering);

    qsizetype size() const { return static_cast<qsizetype>(m_nodes.size()); }

    // The `k` nearest indexed PoPs no further than `maxKm`, nearest first.
    QList<PopDistance> nearest(double latitude, double longitude, qsizetype k,
                               double maxKm = std::numeric_limits<double>::infinity()) const;
    // The same answer found by measuring every PoP: the reference the tree is
    // tested and benchmarked against.
    QList<PopDistance> nearestByScan(double latitude, double longitude, qsizetype k,
                                     double maxKm = std::numeric_limits<double>::infinity()) const;

private:
    struct Node
    {
        std::array<double, 3> point; // on the unit sphere
        double latitude = 0.0;
        double longitude = 0.0;
        qsizetype popIndex = -1;
        int axis = 0; // the coordinate this node splits its subtree on
    };
    class Search;

    void build(qsizetype begin, qsizetype end);
    void descend(qsizetype begin, qsizetype end, Search &search) const;

    // In tree order: the node splitting [begin, end) stands at its middle.
    std::vector<Node> m_nodes;
};

} // namespace vpnwb
