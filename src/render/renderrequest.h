#pragma once

#include "devicedesign.h"
#include "result.h"

#include <QStringList>

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
};

} // namespace vpnwb
