#include "popspatialindex.h"

#include "greatcircle.h"

#include <algorithm>
#include <tuple>

namespace vpnwb {
namespace {

double squaredChord(const std::array<double, 3> &a, const std::array<double, 3> &b)
{
    const double dx = a[0] - b[0];
    const double dy = a[1] - b[1];
    const double dz = a[2] - b[2];
    return dx * dx + dy * dy + dz * dz;
}

} // namespace

// The k best nodes seen so far, kept as a max-heap on (squared chord, PoP
// index) so that the worst is dropped first.
class PopSpatialIndex::Search
{
public:
    Search(double latitude, double longitude, qsizetype k, double maxKm)
        : m_point(GreatCircle::unitVector(latitude, longitude)), m_k(static_cast<std::size_t>(k))
    {
        // A little slack so that rounding never drops a PoP the exact
        // great-circle distance (checked in result()) keeps.
        const double chord = GreatCircle::chordForKm(maxKm);
        m_maxSquaredChord = chord * chord * (1.0 + 1e-9) + 1e-15;
        m_maxKm = maxKm;
    }

    const std::array<double, 3> &point() const { return m_point; }

    // Any node further than this (squared chord) cannot enter the result.
    double bound() const { return m_best.size() < m_k ? m_maxSquaredChord : m_best.front().first; }

    void offer(const Node &node)
    {
        const Candidate c{squaredChord(m_point, node.point), &node};
        if (c.first > m_maxSquaredChord)
            return;
        if (m_best.size() < m_k) {
            m_best.push_back(c);
            std::push_heap(m_best.begin(), m_best.end(), before);
        } else if (!m_best.empty() && before(c, m_best.front())) {
            std::pop_heap(m_best.begin(), m_best.end(), before);
            m_best.back() = c;
            std::push_heap(m_best.begin(), m_best.end(), before);
        }
    }

    QList<PopDistance> result(double latitude, double longitude)
    {
        std::sort_heap(m_best.begin(), m_best.end(), before);
        QList<PopDistance> out;
        out.reserve(static_cast<qsizetype>(m_best.size()));
        for (const Candidate &c : m_best) {
            const double km =
                GreatCircle::distanceKm(latitude, longitude, c.second->latitude, c.second->longitude);
            if (km <= m_maxKm)
                out.append({c.second->popIndex, km});
        }
        return out;
    }

private:
    using Candidate = std::pair<double, const Node *>;
    static bool before(const Candidate &a, const Candidate &b)
    {
        return std::tie(a.first, a.second->popIndex) < std::tie(b.first, b.second->popIndex);
    }

    std::array<double, 3> m_point;
    std::size_t m_k = 0;
    double m_maxSquaredChord = 0.0;
    double m_maxKm = 0.0;
    std::vector<Candidate> m_best;
};

PopSpatialIndex::PopSpatialIndex(const QList<Pop> &pops, AccessType offering)
{
    for (qsizetype i = 0; i < pops.size(); ++i) {
        const Pop &p = pops[i];
        if (p.offer(offering))
            m_nodes.push_back(
                {GreatCircle::unitVector(p.latitude, p.longitude), p.latitude, p.longitude, i, 0});
    }
    build(0, size());
}

void PopSpatialIndex::build(qsizetype begin, qsizetype end)
{
    if (end - begin <= 1)
        return;
    // Split on the coordinate in which the points spread most.
    int axis = 0;
    double widest = -1.0;
    for (int a = 0; a < 3; ++a) {
        const auto [lo, hi] =
            std::minmax_element(m_nodes.begin() + begin, m_nodes.begin() + end,
                                [a](const Node &x, const Node &y) { return x.point[a] < y.point[a]; });
        if (hi->point[a] - lo->point[a] > widest) {
            widest = hi->point[a] - lo->point[a];
            axis = a;
        }
    }
    const qsizetype middle = begin + (end - begin) / 2;
    std::nth_element(m_nodes.begin() + begin, m_nodes.begin() + middle, m_nodes.begin() + end,
                     [axis](const Node &x, const Node &y) { return x.point[axis] < y.point[axis]; });
    m_nodes[middle].axis = axis;
    build(begin, middle);
    build(middle + 1, end);
}

void PopSpatialIndex::descend(qsizetype begin, qsizetype end, Search &search) const
{
    if (begin >= end)
        return;
    const qsizetype middle = begin + (end - begin) / 2;
    const Node &node = m_nodes[middle];
    search.offer(node);
    const double offset = search.point()[node.axis] - node.point[node.axis];
    // Points on the query's side of the splitting plane first; the other side
    // only while the plane is nearer than the worst point kept.
    const bool lowSide = offset < 0.0;
    descend(lowSide ? begin : middle + 1, lowSide ? middle : end, search);
    if (offset * offset <= search.bound())
        descend(lowSide ? middle + 1 : begin, lowSide ? end : middle, search);
}

QList<PopDistance> PopSpatialIndex::nearest(double latitude, double longitude, qsizetype k,
                                            double maxKm) const
{
    if (k <= 0)
        return {};
    Search search(latitude, longitude, k, maxKm);
    descend(0, size(), search);
    return search.result(latitude, longitude);
}

QList<PopDistance> PopSpatialIndex::nearestByScan(double latitude, double longitude, qsizetype k,
                                                  double maxKm) const
{
    if (k <= 0)
        return {};
    Search search(latitude, longitude, k, maxKm);
    for (const Node &node : m_nodes)
        search.offer(node);
    return search.result(latitude, longitude);
}

} // namespace vpnwb
