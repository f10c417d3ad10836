#pragma once

#include "result.h"

#include <QString>

#include <cstdint>

namespace vpnwb {

// Bandwidth as people write it in a site list: "100M", "1G", "512k",
// "100 Mb/s", "2.5 Gbit/s", "100 Mbps", or a plain integer meaning kb/s.
// Prefixes are decimal (1M = 1000k) and case-insensitive.
class BandwidthText
{
public:
    static Result<std::int64_t> parseKbps(const QString &text);
};

} // namespace vpnwb
