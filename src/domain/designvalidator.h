#pragma once

#include "designfinding.h"
#include "designrule.h"
#include "networkdesign.h"

#include <QList>

namespace vpnwb {

// Checks a network design against the rules that keep VPNs from breaking in
// production (docs/DESIGN.md lists them). A blocking finding keeps steps 4
// and 5 from being done and the design from being exported or pushed.
class DesignValidator
{
public:
    static const QList<DesignRule> &rules();
    static const DesignRule *findRule(const QString &name);

    // The findings of every rule, in the order of the rules.
    static QList<DesignFinding> validate(const NetworkDesign &design);
    static bool hasBlocking(const QList<DesignFinding> &findings);
};

} // namespace vpnwb
