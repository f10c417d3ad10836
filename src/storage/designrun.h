#pragma once

#include "designfinding.h"
#include "networkdesign.h"
#include "poolutilisation.h"
#include "providersettings.h"

#include <QList>
#include <QSet>
#include <QString>

namespace vpnwb {

// The outcome of designing an engagement: the design, what the validator
// found, what the run allocated, and how full the pools are.
struct DesignRun
{
    NetworkDesign design;
    QList<DesignFinding> findings;
    ProviderSettings settings;
    QList<PoolUtilisation> pools;
    bool allocated = false; // false: nothing was allocated or released (a pool fell short, a site has no PE yet)
    qsizetype added = 0;
    qsizetype released = 0;
    qsizetype held = 0;
    QSet<QString> overridden; // ResourceAllocation::key() of each value set by an override

    // Whether the engineer set this value by hand (vpnwb override, or an edited cell of step 4).
    bool isOverridden(const QString &object, const QString &field) const;

    bool hasBlocking() const;
    QList<DesignFinding> blocking() const;
};

} // namespace vpnwb
