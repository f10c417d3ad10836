#pragma once

#include "designfinding.h"
#include "networkdesign.h"

#include <QList>

namespace vpnwb {

// One named rule of the design validator. `check` adds a finding (object,
// message, hint) for each problem; the validator stamps the rule's name and
// severity on it.
struct DesignRule
{
    const char *name;
    FindingSeverity severity;
    const char *summary; // what the rule guards against, for help and docs
    void (*check)(const NetworkDesign &design, QList<DesignFinding> &findings);
};

} // namespace vpnwb
