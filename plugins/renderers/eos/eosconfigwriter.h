#pragma once

#include "devicedesign.h"
#include "freetextcleaner.h"
#include "rendering.h"

#include <QString>

namespace vpnwb {

// Writes one PE's Arista EOS configuration and removal. The device has
// passed DeviceDesignCheck.
class EosConfigWriter
{
public:
    explicit EosConfigWriter(const DeviceDesign &device);

    Rendering write();

private:
    void writeVrfs(QString &out);
    void writeQos(QString &out) const;
    void writeInterfaces(QString &out);
    void writeFilters(QString &out) const;
    void writeStaticRoutes(QString &out) const;
    void writeBgp(QString &out);
    void writeRemoval(QString &out) const;
    void noteUnsupported();

    const DeviceDesign &m_device;
    Rendering m_rendering;
    FreeTextCleaner m_text;
};

} // namespace vpnwb
