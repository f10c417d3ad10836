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
// complete and free of blocking findings, rendered for each device the
// inventory lists (with the vendor the design renders it for and SSH CLI
// access). Nothing is contacted.
class PushPlanner
{
public:
    // The devices of the engagement's current design, which must be complete
    // and free of blocking findings.
    static Result<QList<DeviceDesign>> designedDevices(Database &db, const PopCatalog &catalog,
                                                       const Engagement &engagement);
    static Result<PushPlan> make(Database &db, const PopCatalog &catalog, const Engagement &engagement,
                                 const DeviceInventory &inventory, const QString &inventoryName);
};

} // namespace vpnwb
