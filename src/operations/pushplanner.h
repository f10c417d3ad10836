#pragma once

#include "devicedesign.h"
#include "pushplan.h"
#include "result.h"

#include <QList>
#include <QString>

namespace vpnwb {

class Database;
class DeviceInventory;
class PopCatalog;
struct Engagement;

// Makes the plan of a push: the engagement's current design, which must be
// complete and free of blocking findings, for each device the inventory
// lists: rendered for the vendor the design renders it for (reached over SSH
// CLI, where the inventory must name that vendor), or, for a PE reached over
// NETCONF, its part of the design's L3NM as XML. Nothing is contacted.
class PushPlanner
{
public:
    // The devices of the engagement's current design, which must be complete
    // and free of blocking findings.
    static Result<QList<DeviceDesign>> designedDevices(Database &db, const PopCatalog &catalog,
                                                       const Engagement &engagement);
    static Result<PushPlan> make(Database &db, const PopCatalog &catalog, const Engagement &engagement,
                                 const DeviceInventory &inventory, const QString &inventoryName);

    // A push that changes devices must be able to put each one back: an error
    // naming every device of `plan` the workbench cannot restore (a CLI vendor
    // without a restore, see ConfigRestore), with what to do. Dry-runs need not ask.
    static Status restorable(const PushPlan &plan);
};

} // namespace vpnwb
