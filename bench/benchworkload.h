#pragma once

// The workload the design and render benchmarks share: a PoP catalog of 50
// PEs, and every site of an engagement served on-net by them.

#include "engagement.h"
#include "popcatalog.h"
#include "siteserviceability.h"

#include <QList>

namespace vpnwb::bench {

constexpr int kPops = 25; // two PEs each: 50 PEs

// 25 PoPs of two PEs, each PE with 280 ports of 1 Gb/s and 8 of 10 Gb/s.
PopCatalog fiftyPes();

// Every site on-net, spread round robin over the 50 PEs; dual-homed sites also on the other PE of the PoP.
QList<SiteServiceability> onNet(const Engagement &e);

} // namespace vpnwb::bench
