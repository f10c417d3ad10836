#pragma once

#include "designfinding.h"

#include <QDateTime>
#include <QList>

namespace vpnwb {

// The findings of an engagement's last design run or override, and when it was.
struct StoredFindings
{
    QDateTime validatedAt; // invalid when the engagement was never designed
    QList<DesignFinding> findings;
};

} // namespace vpnwb
