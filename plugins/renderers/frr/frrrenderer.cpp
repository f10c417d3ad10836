#include "frrrenderer.h"

#include "frrconfigwriter.h"
#include "renderrequest.h"

namespace vpnwb {

Result<Rendering> FrrRenderer::render(const DeviceDesign &device, const QString &style) const
{
    // A VRF is a Linux network device: its name is an interface name of at most 15 characters.
    const Status ok =
        RenderRequest::check(device, vendor(), {DeviceRole::Pe, DeviceRole::Ce}, styles(), style, 15);
    if (!ok)
        return ok.error();
    return FrrConfigWriter(device).write();
}

} // namespace vpnwb
