#pragma once

#include "devicedesign.h"
#include "rendering.h"
#include "result.h"

#include <QString>
#include <QStringList>
#include <QtPlugin>

namespace vpnwb {

// A configuration renderer for one vendor's operating system, loaded as a Qt
// plugin by RendererRegistry. The plugin's JSON metadata (Q_PLUGIN_METADATA)
// says, before the plugin is loaded:
//   {"vendor": "iosxr", "name": "Cisco IOS XR", "platforms": ["ASR 9000", ...],
//    "roles": ["pe"], "styles": ["cli"], "interfaceVersion": 2}
// A plugin whose interfaceVersion differs from IConfigRenderer::interfaceVersion
// is not loaded. The version changes with the interface and with the layout of
// DeviceDesign, which crosses it (2: the VRF loopback).
//
// Renderers are pure: no database, no network, no widgets, no exceptions. The
// same DeviceDesign always gives the same text.
class IConfigRenderer
{
public:
    static constexpr int interfaceVersion = 2;

    virtual ~IConfigRenderer() = default;

    // The vendor key of the metadata ("frr", "iosxr", ...).
    virtual QString vendor() const = 0;
    // The output styles, the default first (Junos: "hierarchical", "set").
    virtual QStringList styles() const = 0;
    // The configuration and removal of `device` in `style` (one of styles()).
    // A device that fails DeviceDesignCheck, has a role the renderer does
    // not serve, or an unknown style is refused with InvalidInput naming
    // the device and the field; nothing is rendered then.
    virtual Result<Rendering> render(const DeviceDesign &device, const QString &style) const = 0;
};

} // namespace vpnwb

#define VPNWB_CONFIG_RENDERER_IID "org.vpnworkbench.IConfigRenderer/2.0"
Q_DECLARE_INTERFACE(vpnwb::IConfigRenderer, VPNWB_CONFIG_RENDERER_IID)
