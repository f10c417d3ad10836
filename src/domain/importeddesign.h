#pragma once

#include "networkdesign.h"
#include "resourceallocation.h"

#include <QList>
#include <QStringList>

namespace vpnwb {

// A design read from outside (a brownfield L3NM file): what it describes,
// the pool values it holds (origin Import), and what was not kept.
struct ImportedDesign
{
    NetworkDesign design;
    QList<ResourceAllocation> resources;
    QStringList warnings;
};

} // namespace vpnwb
