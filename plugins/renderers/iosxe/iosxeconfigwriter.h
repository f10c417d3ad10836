#pragma once

#include "devicedesign.h"
#include "freetextcleaner.h"
#include "rendering.h"

#include <QString>

namespace vpnwb {

// Writes one CPE's IOS XE configuration and removal. The device has passed
// DeviceDesignCheck.
class IosXeConfigWriter
{
public:
    explicit IosXeConfigWriter(const DeviceDesign &device);

    Rendering write();

private:
    void writeVrfs(QString &out);
    void writeQos(QString &out) const;
    void writeInterfaces(QString &out);
    void writeStaticRoutes(QString &out) const;
    void writeFilters(QString &out) const;
    void writeBgp(QString &out);
    void writeRemoval(QString &out) const;

    const DeviceDesign &m_device;
    Rendering m_rendering;
    FreeTextCleaner m_text;
};

} // namespace vpnwb
