#include "geolayout.h"

#include "canvasgraph.h"
#include "overlaprelief.h"

#include <QHash>
#include <QRectF>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace vpnwb {
namespace {

constexpr double kDegree = std::numbers::pi / 180.0;

// The smallest rectangle holding all points (QRectF::united ignores empty rectangles).
QRectF boundsOf(const std::vector<QPointF> &points)
{
    if (points.empty())
        return {};
    double left = points.front().x(), right = left, top = points.front().y(), bottom = top;
    for (const QPointF &p : points) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

// The median distance from a point to its nearest neighbour, found on a grid
// so that it stays O(n) for evenly spread points.
double medianNearestDistance(const std::vector<QPointF> &points)
{
    if (points.size() < 2)
        return 0.0;
    const QRectF box = boundsOf(points);
    const double cell = std::max({box.width(), box.height(), 1e-9}) / std::sqrt(double(points.size()));
    QHash<quint64, std::vector<int>> grid;
    auto keyOf = [&](int cx, int cy) { return (quint64(quint32(cx)) << 32) | quint32(cy); };
    auto cellOf = [&](const QPointF &p) {
        return std::pair<int, int>(int((p.x() - box.left()) / cell), int((p.y() - box.top()) / cell));
    };
    for (int i = 0; i < int(points.size()); ++i) {
        const auto [cx, cy] = cellOf(points[i]);
        grid[keyOf(cx, cy)].push_back(i);
    }
    std::vector<double> nearest;
    nearest.reserve(points.size());
    for (int i = 0; i < int(points.size()); ++i) {
        const auto [cx, cy] = cellOf(points[i]);
        double best = std::numeric_limits<double>::infinity();
        // Rings of cells around the point's own, until no nearer point can be found.
        for (int ring = 0; ring < 64; ++ring) {
            if (std::isfinite(best) && ring > 0 && (ring - 1) * cell * (ring - 1) * cell >= best)
                break;
            for (int dx = -ring; dx <= ring; ++dx) {
                for (int dy = -ring; dy <= ring; ++dy) {
                    if (std::max(std::abs(dx), std::abs(dy)) != ring)
                        continue;
                    const auto it = grid.constFind(keyOf(cx + dx, cy + dy));
                    if (it == grid.cend())
                        continue;
                    for (int j : *it) {
                        if (j == i)
                            continue;
                        const double dx = points[j].x() - points[i].x();
                        const double dy = points[j].y() - points[i].y();
                        best = std::min(best, dx * dx + dy * dy); // squared until the end
                    }
                }
            }
        }
        if (std::isfinite(best))
            nearest.push_back(std::sqrt(best));
    }
    if (nearest.empty())
        return 0.0;
    std::nth_element(nearest.begin(), nearest.begin() + nearest.size() / 2, nearest.end());
    return nearest[nearest.size() / 2];
}

} // namespace

QPointF GeoLayout::project(double latitude, double longitude, double standardLatitude)
{
    return {longitude * kDegree * std::cos(std::clamp(standardLatitude, -80.0, 80.0) * kDegree),
            -latitude * kDegree};
}

QList<QPointF> GeoLayout::place(const CanvasGraph &graph) const
{
    const QList<CanvasNode> &nodes = graph.nodes();
    QList<QPointF> out(nodes.size());

    double latitudes = 0.0;
    int located = 0;
    for (const CanvasNode &n : nodes) {
        if (n.located && n.kind == CanvasNode::Kind::Site) {
            latitudes += n.latitude;
            ++located;
        }
    }
    const double standard = located > 0 ? latitudes / located : 0.0;

    std::vector<QPointF> sitePoints;
    std::vector<QPointF> areaPoints; // sites, and the PEs they use
    for (const CanvasNode &n : nodes) {
        if (!n.located)
            continue;
        const QPointF p = project(n.latitude, n.longitude, standard);
        if (n.kind == CanvasNode::Kind::Site)
            sitePoints.push_back(p);
        if (n.kind == CanvasNode::Kind::Site || n.inUse)
            areaPoints.push_back(p);
    }
    const bool haveArea = !areaPoints.empty();
    const QRectF area = boundsOf(areaPoints);

    // Scene units per projected unit.
    const double siteCount = std::max<double>(1.0, double(graph.siteCount()));
    const double span = std::max({area.width(), area.height(), 1e-4});
    const double minExtent = 500.0;
    // Many sites: a large map, zoomed out to dots and bundles, in which the sites of a city keep apart.
    const double maxExtent = std::max(700.0, 400.0 * std::sqrt(siteCount));
    const double gap = medianNearestDistance(sitePoints);
    const double wanted = gap > 0.0 ? neighbourGap / gap : minExtent / span;
    const double scale = std::clamp(wanted, minExtent / span, maxExtent / span);
    const QPointF origin = haveArea ? area.center() : QPointF();

    // The PEs of each PoP in a row, centred on the PoP.
    QHash<QString, QList<int>> pesOfPop;
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes[i].kind == CanvasNode::Kind::Pe)
            pesOfPop[nodes[i].popId].append(i);
    }

    double bottom = 0.0;
    QList<int> unplaced;
    for (int i = 0; i < nodes.size(); ++i) {
        const CanvasNode &n = nodes[i];
        if (n.kind == CanvasNode::Kind::Cloud)
            continue;
        if (!n.located) {
            unplaced.append(i);
            continue;
        }
        QPointF p = (project(n.latitude, n.longitude, standard) - origin) * scale;
        if (n.kind == CanvasNode::Kind::Pe) {
            const QList<int> &row = pesOfPop[n.popId];
            const qsizetype k = row.indexOf(i);
            p += QPointF((double(k) - double(row.size() - 1) / 2.0) * peSpacing, 0.0);
        }
        out[i] = p;
        bottom = std::max(bottom, p.y());
    }

    // Sites without coordinates: rows under the map, left to right.
    if (!unplaced.isEmpty()) {
        const double width = std::max(span * scale, 600.0);
        const int perRow = std::max(1, int(width / 90.0));
        const double top = bottom + 120.0;
        for (int k = 0; k < unplaced.size(); ++k)
            out[unplaced[k]] = QPointF(-width / 2.0 + (k % perRow) * 90.0, top + (k / perRow) * 50.0);
    }

    // Clouds at the centre of what they link; a cloud without links above the map.
    QList<QPointF> sum(nodes.size());
    QList<int> count(nodes.size(), 0);
    for (const CanvasLink &l : graph.links()) {
        if (l.kind != CanvasLink::Kind::Cloud)
            continue;
        sum[l.to] += out[l.from];
        ++count[l.to];
    }
    double cloudRowX = 0.0;
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes[i].kind != CanvasNode::Kind::Cloud)
            continue;
        if (count[i] > 0) {
            out[i] = sum[i] / count[i];
        } else {
            out[i] = QPointF(cloudRowX, -span * scale / 2.0 - 160.0);
            cloudRowX += 180.0;
        }
    }
    // Sites at one place (or at their PoP) end up side by side.
    OverlapRelief(200).apply(graph, out);
    return out;
}

} // namespace vpnwb
