#pragma once

#include "iconfigrenderer.h"

#include <QObject>

namespace vpnwb {

// Juniper Junos OS (PE): routing-instances of type vrf with vrf-target or
// vrf-import/vrf-export policy chains, units with vlan-id, BGP groups,
// class-of-service per unit. Two styles: "hierarchical" (braces, for
// `load merge`; the removal uses `delete:` tags) and "set" (for `load set`).
class JunosRenderer : public QObject, public IConfigRenderer
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VPNWB_CONFIG_RENDERER_IID FILE "junos.json")
    Q_INTERFACES(vpnwb::IConfigRenderer)

public:
    QString vendor() const override { return QStringLiteral("junos"); }
    QStringList styles() const override { return {QStringLiteral("hierarchical"), QStringLiteral("set")}; }
    Result<Rendering> render(const DeviceDesign &device, const QString &style) const override;
};

} // namespace vpnwb
