#pragma once

#include "devicedesign.h"
#include "identifier.h"
#include "result.h"

namespace vpnwb {

// Checks a DeviceDesign before any text is written: identifiers from the
// strict alphabet (Identifier), addresses, prefixes, route distinguishers
// and targets, VLANs, AS numbers, references between VRFs, attachments and
// LAN interfaces, and the QoS model. The first problem is returned as
// InvalidInput naming the device, the object and the field; renderers
// render nothing then. Free text is not checked here: SafeText cleans it.
class DeviceDesignCheck
{
public:
    // `maxVrfNameLength`: the vendor's limit on VRF names (FRR: 15, a Linux
    // interface name), at most Identifier::maxLength.
    static Status check(const DeviceDesign &device, int maxVrfNameLength = Identifier::maxLength);

    static bool isInterfaceName(QStringView text);
};

} // namespace vpnwb
