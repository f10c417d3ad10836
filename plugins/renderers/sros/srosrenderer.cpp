#include "srosrenderer.h"

#include "renderrequest.h"
#include "srosconfigwriter.h"

namespace vpnwb {

Result<Rendering> SrosRenderer::render(const DeviceDesign &device, const QString &style) const
{
    // Service names: at most 64 characters.
    const Status ok = RenderRequest::check(device, vendor(), {DeviceRole::Pe}, styles(), style, 64);
    if (!ok)
        return ok.error();
    return SrosConfigWriter(device).write();
}

} // namespace vpnwb
