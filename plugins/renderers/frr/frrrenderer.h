#pragma once

#include "iconfigrenderer.h"

#include <QObject>

namespace vpnwb {

// FRRouting 8.4 (PE and CE), in the form vtysh loads (`vtysh -f FILE`) and
// `show running-config` prints. What the Linux host must provide (VRF and
// VLAN devices) is written as comments; QoS is left to the host (tc) and
// said so in a diagnostic.
class FrrRenderer : public QObject, public IConfigRenderer
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VPNWB_CONFIG_RENDERER_IID FILE "frr.json")
    Q_INTERFACES(vpnwb::IConfigRenderer)

public:
    QString vendor() const override { return QStringLiteral("frr"); }
    QStringList styles() const override { return {QStringLiteral("vtysh")}; }
    Result<Rendering> render(const DeviceDesign &device, const QString &style) const override;
};

} // namespace vpnwb
