#pragma once

#include "device.h"

#include <QList>
#include <QString>

namespace vpnwb {

// The devices of a network the workbench provisions, in file order, names unique.
class DeviceInventory
{
public:
    DeviceInventory() = default;
    explicit DeviceInventory(QList<Device> devices) : m_devices(std::move(devices)) {}

    const QList<Device> &devices() const { return m_devices; }
    // The device called `name`, or nullptr.
    const Device *find(const QString &name) const;
    QStringList names() const;

private:
    QList<Device> m_devices;
};

} // namespace vpnwb
