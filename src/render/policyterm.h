#pragma once

#include <QString>
#include <QStringList>

namespace vpnwb {

// One term of a routing policy. A route matches when it carries one of
// `matchRouteTargets` (if any are given) and lies inside one of
// `matchPrefixes` (if any are given; "10.1.0.0/16" matches it and every
// longer prefix inside it). The first matching term decides.
struct PolicyTerm
{
    enum class Action { Accept, Reject };

    QString name; // identifier, unique in its policy
    QStringList matchRouteTargets; // "ASN:n" or "a.b.c.d:n"
    QStringList matchPrefixes;     // IPv4 CIDR
    Action action = Action::Accept;
    // Only for accepted routes:
    QStringList addRouteTargets; // added to the route's route targets
    int localPreference = 0;     // 0 leaves it unchanged

    bool operator==(const PolicyTerm &) const = default;
};

} // namespace vpnwb
