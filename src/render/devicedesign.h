#pragma once

#include "attachment.h"
#include "coreneighbor.h"
#include "devicerole.h"
#include "laninterface.h"
#include "vrfdefinition.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace vpnwb {

// Everything one device needs for the engagement's VPN service: the input of
// a renderer (IConfigRenderer). A value built from the network design; the
// renderers never see the engagement, the database or the network.
//
// Fields marked "free text" come from people (customer, site and VPN names,
// descriptions) and are made safe by SafeText before they reach a
// configuration; everything else must pass DeviceDesignCheck or the device
// is not rendered.
struct DeviceDesign
{
    QString name;   // identifier: the device's host name
    QString vendor; // renderer vendor key: frr, iosxr, junos, sros, eos, iosxe
    DeviceRole role = DeviceRole::Pe;
    QString loopback;             // IPv4: router id, source of the core iBGP sessions
    std::uint32_t providerAs = 0; // the provider's AS
    std::uint32_t localAs = 0;    // the device's own AS: providerAs on a PE, the site's AS on a CE (0: static)
    QString customerName;         // free text
    QString customerId;           // identifier (SR OS customer)
    QList<VrfDefinition> vrfs;
    QList<Attachment> attachments;
    QList<CoreNeighbor> coreNeighbors; // PE only
    QList<LanInterface> lanInterfaces; // CE only

    const VrfDefinition *findVrf(const QString &vrfName) const
    {
        for (const VrfDefinition &v : vrfs) {
            if (v.name == vrfName)
                return &v;
        }
        return nullptr;
    }
    bool operator==(const DeviceDesign &) const = default;
};

} // namespace vpnwb
