#include "renderfixture.h"

#include "devicedesignjson.h"
#include "testpaths.h"

#include <QDir>

#include <gtest/gtest.h>

namespace vpnwb::test {

QString RenderFixture::goldenDir()
{
    return QDir(sourceDir()).filePath(QStringLiteral("tests/golden/renderers"));
}

QString RenderFixture::pluginDir()
{
    return QStringLiteral(VPNWB_RENDERER_PLUGIN_DIR);
}

const QList<DeviceDesign> &RenderFixture::goldenDesign()
{
    static const QList<DeviceDesign> devices = [] {
        const QString path = QDir(goldenDir()).filePath(QStringLiteral("design.json"));
        auto loaded = DeviceDesignJson::fromBytes(readFile(path), path);
        if (!loaded) {
            ADD_FAILURE() << loaded.error().message.toStdString();
            return QList<DeviceDesign>();
        }
        return *loaded;
    }();
    return devices;
}

const RendererRegistry &RenderFixture::registry()
{
    static const RendererRegistry registry(QStringList{pluginDir()});
    return registry;
}

const DeviceDesign &RenderFixture::device(const QString &name)
{
    for (const DeviceDesign &d : goldenDesign()) {
        if (d.name == name)
            return d;
    }
    static const DeviceDesign none;
    ADD_FAILURE() << "no device " << name.toStdString() << " in the golden design";
    return none;
}

} // namespace vpnwb::test
