#pragma once

#include "devicedesign.h"
#include "freetextcleaner.h"
#include "rendering.h"

#include <QString>

namespace vpnwb {

// Writes one PE's IOS XR configuration and removal. The device has passed
// DeviceDesignCheck.
class IosXrConfigWriter
{
public:
    explicit IosXrConfigWriter(const DeviceDesign &device);

    Rendering write();

private:
    void writeVrfs(QString &out);
    void writeSets(QString &out) const;
    void writePolicies(QString &out) const;
    void writePolicy(QString &out, const RoutingPolicy &policy) const;
    void writeQos(QString &out) const;
    void writeInterfaces(QString &out);
    void writeBgp(QString &out);
    void writeStatic(QString &out) const;
    void writeRemoval(QString &out) const;

    const DeviceDesign &m_device;
    Rendering m_rendering;
    FreeTextCleaner m_text;
};

} // namespace vpnwb
