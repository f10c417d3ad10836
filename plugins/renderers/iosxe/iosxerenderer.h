#pragma once

#include "iconfigrenderer.h"

#include <QObject>

namespace vpnwb {

// Cisco IOS XE as the managed CPE (CE): WAN sub-interfaces towards the PE,
// LAN interfaces, VRF-lite when the site is in several VPNs, eBGP or a
// static default route to the PE, and a QoS policy shaped to the contracted rate.
class IosXeRenderer : public QObject, public IConfigRenderer
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VPNWB_CONFIG_RENDERER_IID FILE "iosxe.json")
    Q_INTERFACES(vpnwb::IConfigRenderer)

public:
    QString vendor() const override { return QStringLiteral("iosxe"); }
    QStringList styles() const override { return {QStringLiteral("cli")}; }
    Result<Rendering> render(const DeviceDesign &device, const QString &style) const override;
};

} // namespace vpnwb
