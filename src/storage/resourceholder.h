#pragma once

#include <QString>

#include <cstdint>

namespace vpnwb {

// Who holds a pool value: named in the refusal of an override to it.
struct ResourceHolder
{
    std::int64_t engagementId = 0;
    QString engagementName;
    QString object;
    QString field;

    QString toString() const
    {
        return QStringLiteral("%1 %2 of engagement '%3' (id %4)").arg(object, field, engagementName).arg(engagementId);
    }
};

} // namespace vpnwb
