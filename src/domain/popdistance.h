#pragma once

#include <QtGlobal>

namespace vpnwb {

// A PoP found near a position: its index in the catalog's list of PoPs and
// its great-circle distance.
struct PopDistance
{
    qsizetype popIndex = -1;
    double distanceKm = 0.0;

    bool operator==(const PopDistance &) const = default;
};

} // namespace vpnwb
