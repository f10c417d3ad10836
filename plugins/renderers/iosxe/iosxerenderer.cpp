#include "iosxerenderer.h"

#include "iosxeconfigwriter.h"
#include "renderrequest.h"

namespace vpnwb {

Result<Rendering> IosXeRenderer::render(const DeviceDesign &device, const QString &style) const
{
    // IOS XE VRF names: at most 32 characters.
    const Status ok = RenderRequest::check(device, vendor(), {DeviceRole::Ce}, styles(), style, 32);
    if (!ok)
        return ok.error();
    return IosXeConfigWriter(device).write();
}

} // namespace vpnwb
