#pragma once

#include "designfinding.h"
#include "networkdesign.h"

#include <QList>

namespace vpnwb {

// The checks behind the rules of DesignValidator, one function per rule.
namespace DesignRules {

using Findings = QList<DesignFinding>;

// Sites (accessrules.cpp)
void siteNotChecked(const NetworkDesign &d, Findings &out);
void siteExcluded(const NetworkDesign &d, Findings &out);
// Pools and addressing (addressingrules.cpp)
void poolExhausted(const NetworkDesign &d, Findings &out);
void lanOverlap(const NetworkDesign &d, Findings &out);
// Routing (routingrules.cpp)
void rdReused(const NetworkDesign &d, Findings &out);
void rtTopology(const NetworkDesign &d, Findings &out);
void sameCustomerAs(const NetworkDesign &d, Findings &out);
void dualHomedSoo(const NetworkDesign &d, Findings &out);
// Access (accessrules.cpp)
void mtuMismatch(const NetworkDesign &d, Findings &out);
void portCapacity(const NetworkDesign &d, Findings &out);
void vlanReuse(const NetworkDesign &d, Findings &out);
// QoS (qosrules.cpp)
void efShare(const NetworkDesign &d, Findings &out);
void classShares(const NetworkDesign &d, Findings &out);

} // namespace DesignRules
} // namespace vpnwb
