#pragma once

#include "domaintypes.h"

#include <QString>

namespace vpnwb {

// Something the design validator found: which rule, how bad, on which object
// (an id such as "attachment:DC-FRA/CORP/primary" that a page can jump to),
// what is wrong and what to do about it.
struct DesignFinding
{
    QString rule; // e.g. "lan-overlap"
    FindingSeverity severity = FindingSeverity::Blocking;
    QString objectId;
    QString message;
    QString hint;

    bool isBlocking() const { return severity == FindingSeverity::Blocking; }
    QString toString() const { return objectId + QStringLiteral(": ") + message; }

    bool operator==(const DesignFinding &) const = default;
};

} // namespace vpnwb
