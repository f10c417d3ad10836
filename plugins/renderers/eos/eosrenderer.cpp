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
    // Loopback interface numbers: 0 to 8000 (EOS 4.2x and later).
    if (const Status numbers = RenderRequest::checkLoopbackNumbers(device, vendor(), 8000); !numbers)
        return numbers.error();
    return EosConfigWriter(device).write();
}

} // namespace vpnwb
