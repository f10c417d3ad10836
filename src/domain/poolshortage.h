#pragma once

#include <QString>

#include <cstdint>

namespace vpnwb {

// A resource that could not be allocated because its pool is used up.
struct PoolShortage
{
    QString pool;     // e.g. "link pool 100.64.0.0/16 (/30 links)"
    QString objectId; // what needed it
    QString field;    // e.g. "link"
    std::int64_t size = 0; // how many the pool holds

    bool operator==(const PoolShortage &) const = default;
};

} // namespace vpnwb
