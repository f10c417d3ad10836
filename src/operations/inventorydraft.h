#pragma once

#include "deviceinventory.h"
#include "devicedesign.h"

#include <QList>
#include <QString>

namespace vpnwb {

// A device inventory drafted from a design, for the operator to complete:
// every PE and CPE the design uses, with the vendor the design renders it
// for, reached over SSH CLI at its loopback (the PoP catalog's PE loopback,
// the CPE's loopback from the design), and the credential names given.
class InventoryDraft
{
public:
    struct Options
    {
        QString username = QStringLiteral("netops");
        QString peCredential = QStringLiteral("pe-routers");
        QString ceCredential = QStringLiteral("cpe-routers");
        int port = 22;
    };

    // Devices without a loopback are listed in `withoutAddress` and left out.
    static DeviceInventory fromDesign(const QList<DeviceDesign> &devices, const Options &options,
                                      QStringList *withoutAddress = nullptr);
};

} // namespace vpnwb
