#pragma once

#include "result.h"

#include <QString>

#include <cstdint>

namespace vpnwb {

// An inclusive range of numbers, such as a pool of RT numbers or of VLAN ids.
struct NumberRange
{
    std::int64_t first = 0;
    std::int64_t last = -1;

    std::int64_t size() const { return last < first ? 0 : last - first + 1; }
    bool contains(std::int64_t n) const { return n >= first && n <= last; }
    QString toString() const { return QString::number(first) + QLatin1Char('-') + QString::number(last); }

    // Reads "FIRST-LAST" within min..max.
    static Result<NumberRange> parse(const QString &text, std::int64_t min, std::int64_t max);

    bool operator==(const NumberRange &) const = default;
};

} // namespace vpnwb
