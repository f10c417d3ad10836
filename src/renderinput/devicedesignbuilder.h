#pragma once

#include "devicedesign.h"
#include "networkdesign.h"

#include <QList>

namespace vpnwb {

// The renderers' input from the network design of steps 4 and 5: one
// DeviceDesign per PE of the design and one per CPE of its sites.
//  - PE: its VRFs with RD, RTs, maximum routes and policies; an attachment
//    per site and VPN on the access circuit's port; iBGP VPNv4 sessions to
//    every other PE of the design (a full mesh of the design's PEs).
//  - CPE (managed, of the provider setting cpe-vendor, host name
//    "<site>-ce"): one WAN sub-interface per attachment of the site (Cisco
//    IOS XE: the primary circuit on GigabitEthernet0/0/0, the secondary on
//    GigabitEthernet0/0/1, the LAN on GigabitEthernet0/1/0; FRR on Linux:
//    wan0, wan1 and lan0), eBGP or a static default route to the PE, the LAN
//    prefixes on the LAN port, all in the global table: the design gives a
//    site's LAN prefixes to every VPN of the site.
// Sites the design leaves out (unserviceable, in no VPN) have no devices.
class DeviceDesignBuilder
{
public:
    // `cpeVendor`: one of ProviderSettings::cpeVendors() (iosxe, frr).
    static QList<DeviceDesign> build(const NetworkDesign &design, const QString &cpeVendor);
};

} // namespace vpnwb
