#pragma once

#include "iconfigrenderer.h"

#include <QObject>

namespace vpnwb {

// Nokia SR OS in model-driven CLI (PE): one VPRN service per VRF with its
// route distinguisher, vrf-target or vrf-import/vrf-export policies, BGP
// neighbors, interfaces with SAPs and SAP QoS policies. The configuration is
// in `info` form for `load merge`; the removal is `delete` commands for the
// [/configure] context of a candidate.
class SrosRenderer : public QObject, public IConfigRenderer
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VPNWB_CONFIG_RENDERER_IID FILE "sros.json")
    Q_INTERFACES(vpnwb::IConfigRenderer)

public:
    QString vendor() const override { return QStringLiteral("sros"); }
    QStringList styles() const override { return {QStringLiteral("md-cli")}; }
    Result<Rendering> render(const DeviceDesign &device, const QString &style) const override;
};

} // namespace vpnwb
