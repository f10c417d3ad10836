#include "inventorydraft.h"

namespace vpnwb {

DeviceInventory InventoryDraft::fromDesign(const QList<DeviceDesign> &devices, const Options &options,
                                           QStringList *withoutAddress)
{
    QList<Device> drafted;
    for (const DeviceDesign &d : devices) {
        if (d.loopback.isEmpty()) {
            if (withoutAddress)
                withoutAddress->append(d.name);
            continue;
        }
        Device device;
        device.name = d.name;
        device.role = d.role == DeviceRole::Pe ? Device::Role::Pe : Device::Role::Ce;
        device.managementAddress = d.loopback;
        device.port = options.port;
        device.transport = Device::Transport::SshCli;
        device.vendor = d.vendor;
        device.username = options.username;
        device.auth = options.auth;
        device.identityFile = options.identityFile;
        device.credential = d.role == DeviceRole::Pe ? options.peCredential : options.ceCredential;
        drafted.append(device);
    }
    return DeviceInventory(drafted);
}

} // namespace vpnwb
