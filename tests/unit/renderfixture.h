#pragma once

#include "devicedesign.h"
#include "rendererregistry.h"

#include <QList>
#include <QString>

namespace vpnwb::test {

// The golden-file design (tests/golden/renderers/design.json) and the
// renderer plugins of the build tree, loaded once per test program.
class RenderFixture
{
public:
    static const QList<DeviceDesign> &goldenDesign();
    static const RendererRegistry &registry();
    static QString goldenDir();
    static QString pluginDir(); // the build tree's renderer plugins
    static const DeviceDesign &device(const QString &name);
};

} // namespace vpnwb::test
