#include "junosrenderer.h"

#include "junosconfigwriter.h"
#include "renderrequest.h"

namespace vpnwb {

Result<Rendering> JunosRenderer::render(const DeviceDesign &device, const QString &style) const
{
    // Routing-instance names: up to 127 characters; the identifiers' own limit is lower.
    const Status ok = RenderRequest::check(device, vendor(), {DeviceRole::Pe}, styles(), style, 127);
    if (!ok)
        return ok.error();
    // Logical units of lo0: 0 to 16384.
    if (const Status units = RenderRequest::checkLoopbackNumbers(device, vendor(), 16384); !units)
        return units.error();
    return JunosConfigWriter(device).write(style == QLatin1String("set") ? JunosConfigWriter::Style::Set
                                                                         : JunosConfigWriter::Style::Hierarchical);
}

} // namespace vpnwb
