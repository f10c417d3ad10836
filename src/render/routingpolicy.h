#pragma once

#include "policyterm.h"

#include <QList>
#include <QString>

namespace vpnwb {

// A VRF import or export policy: terms in order, the first match decides;
// a route that matches no term is rejected.
struct RoutingPolicy
{
    QString name; // identifier, unique on the device
    QList<PolicyTerm> terms;

    bool isEmpty() const { return name.isEmpty(); }
    bool operator==(const RoutingPolicy &) const = default;
};

} // namespace vpnwb
