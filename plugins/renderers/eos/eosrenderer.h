#pragma once

#include "iconfigrenderer.h"

#include <QObject>

namespace vpnwb {

// Arista EOS (PE): `vrf instance`, routed sub-interfaces, BGP VRFs with rd,
// route targets and route-target route-maps, CE neighbors, ingress QoS
// policy-maps and sub-interface shaping.
class EosRenderer : public QObject, public IConfigRenderer
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VPNWB_CONFIG_RENDERER_IID FILE "eos.json")
    Q_INTERFACES(vpnwb::IConfigRenderer)

public:
    QString vendor() const override { return QStringLiteral("eos"); }
    QStringList styles() const override { return {QStringLiteral("cli")}; }
    Result<Rendering> render(const DeviceDesign &device, const QString &style) const override;
};

} // namespace vpnwb
