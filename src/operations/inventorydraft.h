#pragma once

#include "deviceinventory.h"
#include "devicedesign.h"

#include <QList>
#include <QString>

namespace vpnwb {

// A device inventory drafted from a design, for the operator to complete:
// every PE and CPE the design uses, with the vendor the design renders it
// for, reached over SSH CLI at its loopback (the PoP catalog's PE loopback,
// the CPE's loopback from the design), logged in to as the options say.
class InventoryDraft
{
public:
    struct Options
    {
        QString username = QStringLiteral("netops");
        QString peCredential = QStringLiteral("pe-routers");
        QString ceCredential = QStringLiteral("cpe-routers");
        int port = 22;
        // How the devices are logged in to; with a key or the agent, the
        // credentials (a key's passphrase) are left empty unless given.
        Device::Auth auth = Device::Auth::Password;
        QString identityFile; // Auth::PublicKey, absolute
    };

    // Devices without a loopback are listed in `withoutAddress` and left out.
    static DeviceInventory fromDesign(const QList<DeviceDesign> &devices, const Options &options,
                                      QStringList *withoutAddress = nullptr);
};

} // namespace vpnwb
