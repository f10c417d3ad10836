#include "prefixoverlap.h"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <vector>

namespace vpnwb {
namespace {

auto orderKey(const QList<Ipv4Prefix> &p, qsizetype i)
{
    return std::tuple(p[i].network(), p[i].length(), i);
}

bool contains(const Ipv4Prefix &outer, const Ipv4Prefix &inner)
{
    return outer.length() <= inner.length() && outer.contains(inner.network());
}

void sortByInner(QList<PrefixOverlap::Overlap> &list)
{
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.inner < b.inner; });
}

} // namespace

QList<PrefixOverlap::Overlap> PrefixOverlap::findBySweep(const QList<Ipv4Prefix> &p)
{
    std::vector<qsizetype> order(std::size_t(p.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return orderKey(p, a) < orderKey(p, b); });
    QList<Overlap> out;
    std::vector<qsizetype> open; // nested containers, innermost on top
    for (const qsizetype i : order) {
        while (!open.empty() && p[open.back()].lastAddress() < p[i].network())
            open.pop_back();
        if (!open.empty())
            out.append({i, open.back()});
        open.push_back(i);
    }
    sortByInner(out);
    return out;
}

QList<PrefixOverlap::Overlap> PrefixOverlap::findPairwise(const QList<Ipv4Prefix> &p)
{
    QList<Overlap> out;
    for (qsizetype i = 0; i < p.size(); ++i) {
        qsizetype best = -1;
        for (qsizetype j = 0; j < p.size(); ++j) {
            if (j == i || !contains(p[j], p[i]) || orderKey(p, j) > orderKey(p, i))
                continue;
            if (best < 0 || orderKey(p, j) > orderKey(p, best))
                best = j;
        }
        if (best >= 0)
            out.append({i, best});
    }
    return out;
}

} // namespace vpnwb
