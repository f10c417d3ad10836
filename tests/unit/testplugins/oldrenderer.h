#pragma once

#include "iconfigrenderer.h"

#include <QObject>

namespace vpnwb::test {

// A renderer built for an older renderer interface (its metadata says
// interfaceVersion 0): RendererRegistry must skip it, with the reason.
class OldRenderer : public QObject, public IConfigRenderer
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VPNWB_CONFIG_RENDERER_IID FILE "oldrenderer.json")
    Q_INTERFACES(vpnwb::IConfigRenderer)

public:
    QString vendor() const override { return QStringLiteral("old"); }
    QStringList styles() const override { return {QStringLiteral("cli")}; }
    Result<Rendering> render(const DeviceDesign &device, const QString &style) const override;
};

} // namespace vpnwb::test
