#include "renderrequest.h"

#include "devicedesigncheck.h"

namespace vpnwb {

Status RenderRequest::check(const DeviceDesign &device, const QString &vendor,
                            std::initializer_list<DeviceRole> roles, const QStringList &styles,
                            const QString &style, int maxVrfNameLength)
{
    if (std::find(roles.begin(), roles.end(), device.role) == roles.end())
        return Error::invalidInput(QStringLiteral("device %1: the %2 renderer does not render %3 devices")
                                       .arg(device.name, vendor, toString(device.role).toUpper()));
    if (!styles.contains(style))
        return Error::invalidInput(QStringLiteral("device %1: the %2 renderer has no style '%3' (styles: %4)")
                                       .arg(device.name, vendor, style, styles.join(QStringLiteral(", "))));
    return DeviceDesignCheck::check(device, maxVrfNameLength);
}

} // namespace vpnwb
