#include "forcelayout.h"

#include "canvasgraph.h"
#include "overlaprelief.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace vpnwb {
namespace {

struct Vec
{
    double x = 0.0;
    double y = 0.0;
};

// A Barnes–Hut quadtree over the nodes: far groups of nodes push as one
// body at their centre of mass.
class QuadTree
{
public:
    void build(const std::vector<Vec> &pos)
    {
        m_cells.clear();
        double minX = pos[0].x, maxX = minX, minY = pos[0].y, maxY = minY;
        for (const Vec &p : pos) {
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y);
            maxY = std::max(maxY, p.y);
        }
        const double half = std::max({maxX - minX, maxY - minY, 1.0}) / 2.0 + 1.0;
        m_cells.push_back(Cell{(minX + maxX) / 2.0, (minY + maxY) / 2.0, half});
        for (int i = 0; i < int(pos.size()); ++i)
            insert(pos, i);
    }

    // The push on `p` (node `self`) from all the others: strength k² / d each.
    Vec repulsion(const std::vector<Vec> &pos, int self, double k2, double theta2) const
    {
        Vec f;
        const Vec p = pos[std::size_t(self)];
        int stack[256];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Cell &c = m_cells[std::size_t(stack[--top])];
            if (c.mass == 0.0 || c.body == self)
                continue;
            const double cx = c.sumX / c.mass;
            const double cy = c.sumY / c.mass;
            double dx = p.x - cx;
            double dy = p.y - cy;
            double d2 = dx * dx + dy * dy;
            const double size = 2.0 * c.half;
            if (c.leaf() || size * size < theta2 * d2) {
                if (d2 < 1e-4) { // on top of each other: part them in a fixed direction
                    dx = c.body >= 0 && c.body < self ? 0.01 : -0.01;
                    dy = 0.0;
                    d2 = 1e-4;
                }
                const double s = c.mass * k2 / d2; // (k² / d) along (dx, dy) / d
                f.x += dx * s;
                f.y += dy * s;
                continue;
            }
            for (int child : c.children) {
                if (child >= 0 && top < 255)
                    stack[top++] = child;
            }
        }
        return f;
    }

private:
    struct Cell
    {
        double cx = 0.0;
        double cy = 0.0;
        double half = 0.0;
        double sumX = 0.0;
        double sumY = 0.0;
        double mass = 0.0;
        int body = -1; // the one node of a leaf; -1 for none or several
        int children[4] = {-1, -1, -1, -1};
        bool leaf() const { return children[0] < 0 && children[1] < 0 && children[2] < 0 && children[3] < 0; }
    };

    int childFor(int cell, const Vec &p)
    {
        const Cell c = m_cells[std::size_t(cell)];
        const int quadrant = (p.x >= c.cx ? 1 : 0) + (p.y >= c.cy ? 2 : 0);
        if (m_cells[std::size_t(cell)].children[quadrant] < 0) {
            const double h = c.half / 2.0;
            m_cells.push_back(Cell{c.cx + (quadrant & 1 ? h : -h), c.cy + (quadrant & 2 ? h : -h), h});
            m_cells[std::size_t(cell)].children[quadrant] = int(m_cells.size() - 1);
        }
        return m_cells[std::size_t(cell)].children[quadrant];
    }

    void insert(const std::vector<Vec> &pos, int body)
    {
        const Vec p = pos[std::size_t(body)];
        int cell = 0;
        for (int depth = 0;; ++depth) {
            Cell &c = m_cells[std::size_t(cell)];
            const bool emptyLeaf = c.mass == 0.0 && c.leaf();
            c.sumX += p.x;
            c.sumY += p.y;
            c.mass += 1.0;
            if (emptyLeaf) {
                c.body = body;
                return;
            }
            if (depth > 40) { // (almost) the same place: they share the leaf
                c.body = -1;
                return;
            }
            if (c.leaf()) { // one node here already: move it down a level
                const int resident = c.body;
                c.body = -1;
                const int down = childFor(cell, pos[std::size_t(resident)]);
                Cell &d = m_cells[std::size_t(down)];
                d.sumX += pos[std::size_t(resident)].x;
                d.sumY += pos[std::size_t(resident)].y;
                d.mass += 1.0;
                d.body = resident;
            }
            cell = childFor(cell, p);
        }
    }

    std::vector<Cell> m_cells;
};

} // namespace

QList<QPointF> ForceLayout::place(const CanvasGraph &graph) const
{
    const qsizetype n = graph.nodes().size();
    QList<QPointF> out(n);
    if (n == 0)
        return out;

    const double k = idealLength;
    const double side = k * std::sqrt(double(n)) * 1.2;
    std::mt19937 random(m_seed);
    std::uniform_real_distribution<double> uniform(-side / 2.0, side / 2.0);
    std::vector<Vec> pos(static_cast<std::size_t>(n));
    for (Vec &p : pos) {
        p.x = uniform(random);
        p.y = uniform(random);
    }
    std::vector<Vec> disp(static_cast<std::size_t>(n));
    QuadTree tree;
    const double startTemperature = side / 8.0;
    const double theta2 = 0.9 * 0.9;

    for (int iteration = 0; iteration < m_iterations; ++iteration) {
        const double temperature = startTemperature * (1.0 - double(iteration) / m_iterations) + k * 0.02;
        tree.build(pos);
        for (int i = 0; i < n; ++i)
            disp[std::size_t(i)] = tree.repulsion(pos, i, k * k, theta2);
        // Attraction along links: d² / k.
        for (const CanvasLink &l : graph.links()) {
            Vec &a = pos[std::size_t(l.from)];
            Vec &b = pos[std::size_t(l.to)];
            const double vx = a.x - b.x;
            const double vy = a.y - b.y;
            const double f = std::sqrt(vx * vx + vy * vy) / k; // (d² / k) along v / d
            disp[std::size_t(l.from)].x -= vx * f;
            disp[std::size_t(l.from)].y -= vy * f;
            disp[std::size_t(l.to)].x += vx * f;
            disp[std::size_t(l.to)].y += vy * f;
        }
        // A weak pull to the middle keeps unlinked parts together; then move, at most by the temperature.
        for (int i = 0; i < n; ++i) {
            Vec &d = disp[std::size_t(i)];
            Vec &p = pos[std::size_t(i)];
            d.x -= p.x * 0.02;
            d.y -= p.y * 0.02;
            const double len = std::sqrt(d.x * d.x + d.y * d.y);
            if (len < 1e-9)
                continue;
            const double step = std::min(len, temperature) / len;
            p.x += d.x * step;
            p.y += d.y * step;
        }
    }

    Vec centre;
    for (const Vec &p : pos) {
        centre.x += p.x / double(n);
        centre.y += p.y / double(n);
    }
    for (int i = 0; i < n; ++i)
        out[i] = QPointF(pos[std::size_t(i)].x - centre.x, pos[std::size_t(i)].y - centre.y);
    OverlapRelief(40).apply(graph, out);
    return out;
}

} // namespace vpnwb
