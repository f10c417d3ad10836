#include "eosrenderer.h"

#include "eosconfigwriter.h"
#include "renderrequest.h"

namespace vpnwb {

Result<Rendering> EosRenderer::render(const DeviceDesign &device, const QString &style) const
{
    // EOS VRF names: at most 100 characters; the identifiers' own limit is lower.
    const Status ok = RenderRequest::check(device, vendor(), {DeviceRole::Pe}, styles(), style, 100);
    if (!ok)
        return ok.error();
    return EosConfigWriter(device).write();
}

} // namespace vpnwb
