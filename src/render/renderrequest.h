#pragma once

#include "devicedesign.h"
#include "result.h"

#include <QStringList>

#include <cstdint>
#include <initializer_list>

namespace vpnwb {

// What every renderer checks before writing a line: the design passes
// DeviceDesignCheck, the device's role is one the renderer serves, and the
// style is one it writes.
class RenderRequest
{
public:
    static Status check(const DeviceDesign &device, const QString &vendor, std::initializer_list<DeviceRole> roles,
                        const QStringList &styles, const QString &style, int maxVrfNameLength);
    // For a vendor whose loopback numbers stop at `maxNumber`: refuses a VRF
    // whose loopback would need a higher one (VrfDefinition::loopbackNumber).
    static Status checkLoopbackNumbers(const DeviceDesign &device, const QString &vendor,
                                       std::uint32_t maxNumber);
};

} // namespace vpnwb
