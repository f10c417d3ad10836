#pragma once

#include "ipv4prefix.h"

#include <QList>

namespace vpnwb {

// Finds the prefixes of a list that overlap another. Two CIDR prefixes
// overlap only when one contains the other (or they are equal), so each
// overlap is told by the prefix that lies inside and its innermost container
// that comes before it in (network, length, position) order.
class PrefixOverlap
{
public:
    struct Overlap
    {
        qsizetype inner; // positions in the input
        qsizetype outer;
        bool operator==(const Overlap &) const = default;
    };

    // Sorts and sweeps once with a stack of open containers: O(n log n).
    static QList<Overlap> findBySweep(const QList<Ipv4Prefix> &prefixes);
    // Compares every pair: O(n²). The reference the tests and the benchmark
    // hold the sweep against; both give the same overlaps, ordered by `inner`.
    static QList<Overlap> findPairwise(const QList<Ipv4Prefix> &prefixes);
};

} // namespace vpnwb
