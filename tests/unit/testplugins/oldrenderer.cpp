#include "oldrenderer.h"

namespace vpnwb::test {

Result<Rendering> OldRenderer::render(const DeviceDesign &device, const QString &) const
{
    return Error::invalidInput(QStringLiteral("device %1: the old renderer renders nothing").arg(device.name));
}

} // namespace vpnwb::test
