#pragma once

#include <QStringList>

namespace vpnwb {

// One record of a CSV file: its fields and the line it starts on (a quoted
// field may hold line breaks, so a record can span several lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;

    bool operator==(const CsvRecord &) const = default;
};

} // namespace vpnwb
