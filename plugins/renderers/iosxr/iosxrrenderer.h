#pragma once

#include "iconfigrenderer.h"

#include <QObject>

namespace vpnwb {

// Cisco IOS XR (PE): VRFs with route targets and RPL route policies, L3
// sub-interfaces, MQC QoS (parent shaper, child classes), BGP VRFs with
// their CE neighbors, static routes. Text for `configure` + `load`/paste,
// committed as one change.
class IosXrRenderer : public QObject, public IConfigRenderer
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VPNWB_CONFIG_RENDERER_IID FILE "iosxr.json")
    Q_INTERFACES(vpnwb::IConfigRenderer)

public:
    QString vendor() const override { return QStringLiteral("iosxr"); }
    QStringList styles() const override { return {QStringLiteral("cli")}; }
    Result<Rendering> render(const DeviceDesign &device, const QString &style) const override;
};

} // namespace vpnwb
