#include "iosxrrenderer.h"

#include "iosxrconfigwriter.h"
#include "renderrequest.h"

namespace vpnwb {

Result<Rendering> IosXrRenderer::render(const DeviceDesign &device, const QString &style) const
{
    // IOS XR VRF names are at most 32 characters.
    const Status ok = RenderRequest::check(device, vendor(), {DeviceRole::Pe}, styles(), style, 32);
    if (!ok)
        return ok.error();
    return IosXrConfigWriter(device).write();
}

} // namespace vpnwb
