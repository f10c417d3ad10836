#include "radiallayout.h"

#include "canvasgraph.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace vpnwb {
namespace {

constexpr double kTwoPi = 2.0 * std::numbers::pi;

QPointF polar(double radius, double angle)
{
    // Angle 0 points up; angles grow clockwise, as on a clock face.
    return {radius * std::sin(angle), -radius * std::cos(angle)};
}

} // namespace

QList<QPointF> RadialLayout::place(const CanvasGraph &graph) const
{
    const QList<CanvasNode> &nodes = graph.nodes();
    QList<QPointF> out(nodes.size());

    QList<int> centre;
    QList<int> pes;
    for (int i = 0; i < nodes.size(); ++i) {
        if (graph.isHub(i) || nodes[i].kind == CanvasNode::Kind::Cloud)
            centre.append(i);
        else if (nodes[i].kind == CanvasNode::Kind::Pe)
            pes.append(i);
    }

    // The centre: one node in the middle, several on a small ring.
    const double centreRadius =
        centre.size() <= 1 ? 0.0 : std::max(80.0, double(centre.size()) * 70.0 / kTwoPi);
    for (int k = 0; k < centre.size(); ++k)
        out[centre[k]] = polar(centreRadius, kTwoPi * k / std::max<qsizetype>(1, centre.size()));

    // The other sites, grouped by the PE of their primary access (no PE: last group).
    QList<int> groupOfPe(nodes.size(), -1);
    for (int g = 0; g < pes.size(); ++g)
        groupOfPe[pes[g]] = g;
    QList<QList<int>> groups(pes.size() + 1);
    QList<int> primaryPe(nodes.size(), -1);
    for (const CanvasLink &l : graph.links()) {
        if (l.kind == CanvasLink::Kind::Access && !l.secondary && primaryPe[l.from] < 0)
            primaryPe[l.from] = l.to;
    }
    qsizetype spokes = 0;
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes[i].kind != CanvasNode::Kind::Site || graph.isHub(i))
            continue;
        const int g = primaryPe[i] >= 0 ? groupOfPe[primaryPe[i]] : -1;
        groups[g >= 0 ? g : pes.size()].append(i);
        ++spokes;
    }

    // Each group gets a sector in proportion to its sites, and every PE some room.
    const double share = std::max(1.0, double(spokes) / (2.0 * std::max<qsizetype>(1, groups.size())));
    QList<double> weight(groups.size());
    double total = 0.0;
    for (int g = 0; g < groups.size(); ++g) {
        const bool used = g < pes.size() || !groups[g].isEmpty();
        weight[g] = used ? double(groups[g].size()) + share : 0.0;
        total += weight[g];
    }

    // Rings: the PEs, then as many rings of sites as they need.
    const double minPeSector = share / std::max(total, 1.0) * kTwoPi;
    const double peRadius = std::max(centreRadius + 190.0, pes.isEmpty() ? 0.0 : 74.0 / minPeSector);
    const double firstSiteRing = (pes.isEmpty() ? centreRadius + 150.0 : peRadius + 150.0);
    int rings = 1;
    for (double capacity = 0.0;; ++rings) {
        capacity += std::floor(kTwoPi * (firstSiteRing + (rings - 1) * ringGap) / siteSpacing);
        if (capacity >= double(spokes))
            break;
    }

    double start = 0.0;
    for (int g = 0; g < groups.size(); ++g) {
        const double sector = total > 0.0 ? weight[g] / total * kTwoPi : 0.0;
        if (g < pes.size())
            out[pes[g]] = polar(peRadius, start + sector / 2.0);
        const QList<int> &members = groups[g];
        for (int k = 0; k < members.size(); ++k) {
            const double angle = start + sector * (k + 0.5) / members.size();
            // Neighbours alternate between the rings, so that they keep apart.
            out[members[k]] = polar(firstSiteRing + (k % rings) * ringGap, angle);
        }
        start += sector;
    }
    return out;
}

} // namespace vpnwb
