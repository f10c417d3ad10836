#pragma once

#include "result.h"

#include <QString>

#include <cstdint>

namespace vpnwb {

// Autonomous system numbers (RFC 6793: 4 bytes; 0 is reserved).
class AsNumber
{
public:
    // Reads "64500" (asplain); refuses anything outside 1 to 4294967295.
    static Result<std::uint32_t> parse(const QString &text);
    // Reads a number that is already an integer (JSON, database).
    static Result<std::uint32_t> fromInteger(std::int64_t value);
};

} // namespace vpnwb
