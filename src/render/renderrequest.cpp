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

Status RenderRequest::checkLoopbackNumbers(const DeviceDesign &device, const QString &vendor,
                                           std::uint32_t maxNumber)
{
    for (const VrfDefinition &v : device.vrfs) {
        if (!v.loopback.isEmpty() && v.loopbackNumber() > maxNumber)
            return Error::invalidInput(
                QStringLiteral(
                    "device %1: VRF %2: its loopback would be number %3 (the service id), above %4, the "
                    "highest the %5 renderer can use; give the VRF a route distinguisher number up to %4")
                    .arg(device.name, v.name)
                    .arg(v.loopbackNumber())
                    .arg(maxNumber)
                    .arg(vendor));
    }
    return Status::success();
}

} // namespace vpnwb
