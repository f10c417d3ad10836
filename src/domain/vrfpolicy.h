#pragma once

#include "routevalue.h"

#include <QList>
#include <QString>

namespace vpnwb {

// A VRF's import or export policy: terms tried in order; a route that no
// term accepts is rejected.
struct VrfPolicy
{
    enum class Direction { Import, Export };

    struct Term
    {
        int sequence = 0;
        QString description;           // e.g. "routes of the hubs of CORP"
        QList<RouteValue> matchTargets; // import: accept routes carrying one of these
        QList<RouteValue> setTargets;   // export: attach these to every route
        bool operator==(const Term &) const = default;
    };

    QString name; // e.g. "E1-CORP-SPOKE-IMPORT"; one policy per VRF name, shared by its PEs
    QString vpnId;
    Direction direction = Direction::Import;
    QList<Term> terms;

    bool operator==(const VrfPolicy &) const = default;
};

} // namespace vpnwb
