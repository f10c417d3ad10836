#pragma once

#include "devicedesign.h"
#include "freetextcleaner.h"
#include "rendering.h"
#include "result.h"

#include <QString>

namespace vpnwb {

// Writes one device's FRR configuration and removal. The device has passed
// DeviceDesignCheck.
class FrrConfigWriter
{
public:
    explicit FrrConfigWriter(const DeviceDesign &device);

    Result<Rendering> write();

private:
    QString interfaceName(const QString &parent, int vlan) const;
    QString loopbackDevice(const VrfDefinition &vrf) const;
    QString vrfSuffix(const QString &vrf) const;

    void writeHostNotes(QString &out) const;
    void writeVrfBlocks(QString &out) const;
    void writeInterfaces(QString &out);
    void writeCoreBgp(QString &out) const;
    void writePeVrfBgp(QString &out, const VrfDefinition &vrf);
    void writeCeBgp(QString &out, const QString &vrf);
    void writeFilters(QString &out) const;
    void writePolicy(QString &out, const RoutingPolicy &policy) const;
    void writeRemoval(QString &out) const;
    void noteUnsupported();

    const DeviceDesign &m_device;
    Rendering m_rendering;
    FreeTextCleaner m_text;
};

} // namespace vpnwb
