#pragma once

#include "device.h"
#include "devicerole.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vpnwb {

// One device of a push plan: what the design wants on it and how to reach it.
struct PlannedDevice
{
    QString name;
    DeviceRole role = DeviceRole::Pe;
    Device device; // from the inventory
    QString intendedConfig;
    QStringList bgpPeers; // PE: the loopbacks of the other PEs of the plan
};

// The devices of an engagement's design that an inventory lists, PEs first.
struct PushPlan
{
    std::int64_t engagementId = 0;
    QString engagementName;
    QList<PlannedDevice> devices;
    QStringList notInInventory; // devices of the design the inventory does not list
    QStringList notInDesign;    // devices of the inventory the design does not have: left alone
};

} // namespace vpnwb
