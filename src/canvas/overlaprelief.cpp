#include "overlaprelief.h"

#include "canvasgraph.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace vpnwb {
namespace {

constexpr double kPadding = 4.0; // kept free between two footprints

// Every other row of slots is shifted by half a slot, like bricks, so that
// the dots of a crowded city do not line up in columns.
double stagger(long long row)
{
    return (row & 1) ? 0.5 : 0.0;
}

} // namespace

QRectF OverlapRelief::footprint(const CanvasNode &node)
{
    switch (node.kind) {
    case CanvasNode::Kind::Site: {
        const bool hub = node.isHub();
        const double r = hub ? 12.0 : 8.0;
        const double label = double(node.label.size()) * (hub ? 10.5 : 7.6) + 8.0;
        return {-r, -r, 2 * r + label, 2 * r};
    }
    case CanvasNode::Kind::Pe: {
        const double w = std::max(52.0, double(node.label.size()) * 7.2 + 14.0);
        return {-w / 2.0, -10.0, w, 20.0};
    }
    case CanvasNode::Kind::Cloud:
        return {-60.0, -36.0, 120.0, 72.0};
    }
    return {};
}

void OverlapRelief::apply(const CanvasGraph &graph, QList<QPointF> &positions) const
{
    if (std::min(graph.nodes().size(), positions.size()) <= pushLimit)
        push(graph, positions);
    else
        slot(graph, positions);
}

void OverlapRelief::slot(const CanvasGraph &graph, QList<QPointF> &positions)
{
    const QList<CanvasNode> &nodes = graph.nodes();
    const int n = int(std::min(nodes.size(), positions.size()));
    // The nodes everything else hangs on get their places first.
    std::vector<int> order;
    order.reserve(std::size_t(n));
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < n; ++i) {
            const bool first = nodes[i].kind != CanvasNode::Kind::Site || graph.isHub(i);
            if (first == (pass == 0))
                order.push_back(i);
        }
    }
    auto keyOf = [](long long sx, long long sy) { return (std::uint64_t(sx) << 32) ^ std::uint64_t(sy & 0xffffffff); };
    std::unordered_set<std::uint64_t> taken;
    taken.reserve(std::size_t(n) * 2);
    for (int i : order) {
        const QRectF box = footprint(nodes[i]).adjusted(-kPadding / 2, -kPadding / 2, kPadding / 2, kPadding / 2);
        const int wide = std::max(1, int(std::ceil(box.width() / slotWidth)));
        const int high = std::max(1, int(std::ceil(box.height() / slotHeight)));
        const QPointF want = positions[i] + box.topLeft(); // where the footprint's corner should be
        const long long wy = std::llround(want.y() / slotHeight);
        const long long wx = std::llround(want.x() / slotWidth - stagger(wy));
        auto free = [&](long long sx, long long sy) {
            for (int dx = 0; dx < wide; ++dx) {
                for (int dy = 0; dy < high; ++dy) {
                    if (taken.count(keyOf(sx + dx, sy + dy)))
                        return false;
                }
            }
            return true;
        };
        // Rings of slots around the wanted one; in a ring, the free slot nearest on screen.
        long long bestX = wx, bestY = wy;
        for (long long ring = 0;; ++ring) {
            double bestDistance = std::numeric_limits<double>::infinity();
            for (long long dy = -ring; dy <= ring; ++dy) {
                for (long long dx = -ring; dx <= ring; ++dx) {
                    if (std::max(std::abs(dx), std::abs(dy)) != ring || !free(wx + dx, wy + dy))
                        continue;
                    const double d = std::hypot(dx * slotWidth, dy * slotHeight);
                    if (d < bestDistance) {
                        bestDistance = d;
                        bestX = wx + dx;
                        bestY = wy + dy;
                    }
                }
            }
            if (std::isfinite(bestDistance))
                break;
        }
        for (int dx = 0; dx < wide; ++dx) {
            for (int dy = 0; dy < high; ++dy)
                taken.insert(keyOf(bestX + dx, bestY + dy));
        }
        positions[i] = QPointF((bestX + stagger(bestY)) * slotWidth, bestY * slotHeight) - box.topLeft();
    }
}

void OverlapRelief::push(const CanvasGraph &graph, QList<QPointF> &positions) const
{
    const QList<CanvasNode> &nodes = graph.nodes();
    const int n = int(std::min(nodes.size(), positions.size()));
    if (n < 2)
        return;
    std::vector<QRectF> box(static_cast<std::size_t>(n));
    double cell = 0.0;
    for (int i = 0; i < n; ++i) {
        box[std::size_t(i)] = footprint(nodes[i]).adjusted(-kPadding / 2, -kPadding / 2, kPadding / 2, kPadding / 2);
        cell = std::max({cell, box[std::size_t(i)].width(), box[std::size_t(i)].height()});
    }
    auto keyOf = [](long long cx, long long cy) { return (std::uint64_t(cx) << 32) ^ std::uint64_t(cy & 0xffffffff); };
    std::unordered_map<std::uint64_t, std::vector<int>> grid;
    std::vector<QPointF> shift(static_cast<std::size_t>(n));

    for (int round = 0; round < m_rounds; ++round) {
        grid.clear();
        for (int i = 0; i < n; ++i) {
            const QPointF c = positions[i] + box[std::size_t(i)].center();
            grid[keyOf((long long)std::floor(c.x() / cell), (long long)std::floor(c.y() / cell))].push_back(i);
        }
        std::fill(shift.begin(), shift.end(), QPointF());
        bool moved = false;
        for (int i = 0; i < n; ++i) {
            const QRectF a = box[std::size_t(i)].translated(positions[i]);
            const long long cx = (long long)std::floor(a.center().x() / cell);
            const long long cy = (long long)std::floor(a.center().y() / cell);
            for (long long dx = -1; dx <= 1; ++dx) {
                for (long long dy = -1; dy <= 1; ++dy) {
                    const auto it = grid.find(keyOf(cx + dx, cy + dy));
                    if (it == grid.end())
                        continue;
                    for (int j : it->second) {
                        if (j <= i)
                            continue;
                        const QRectF b = box[std::size_t(j)].translated(positions[j]);
                        const double overlapX = std::min(a.right(), b.right()) - std::max(a.left(), b.left());
                        const double overlapY = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
                        if (overlapX <= 0.0 || overlapY <= 0.0)
                            continue;
                        // Part them along the axis where they overlap least, half each.
                        QPointF push;
                        if (overlapX < overlapY) {
                            const double dir = a.center().x() < b.center().x() || (a.center().x() == b.center().x() && i < j) ? -1.0 : 1.0;
                            push = QPointF(dir * overlapX / 2.0, 0.0);
                        } else {
                            const double dir = a.center().y() < b.center().y() || (a.center().y() == b.center().y() && i < j) ? -1.0 : 1.0;
                            push = QPointF(0.0, dir * overlapY / 2.0);
                        }
                        shift[std::size_t(i)] += push;
                        shift[std::size_t(j)] -= push;
                        moved = true;
                    }
                }
            }
        }
        if (!moved)
            return;
        for (int i = 0; i < n; ++i) {
            // Several neighbours may push at once: take a damped share, so that it settles.
            positions[i] += shift[std::size_t(i)] * 0.8;
        }
    }
}

} // namespace vpnwb
