#include "deviceinventory.h"

namespace vpnwb {

const Device *DeviceInventory::find(const QString &name) const
{
    for (const Device &d : m_devices) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

QStringList DeviceInventory::names() const
{
    QStringList out;
    out.reserve(m_devices.size());
    for (const Device &d : m_devices)
        out.append(d.name);
    return out;
}

} // namespace vpnwb
