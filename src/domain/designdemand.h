#pragma once

#include "networkdesign.h"
#include "resourcerequest.h"

#include <QList>

namespace vpnwb {

// An engagement decomposed into network objects that do not have their pool
// values yet, and the request for each value they need.
struct DesignDemand
{
    NetworkDesign skeleton;
    QList<ResourceRequest> requests;

    // Whether every site has a fresh serviceability result. Only then may
    // resources be allocated or released: a site whose PE is not known would
    // otherwise lose what it holds.
    bool isAllocatable() const;
};

} // namespace vpnwb
