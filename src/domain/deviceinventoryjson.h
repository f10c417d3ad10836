#pragma once

#include "deviceinventory.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace vpnwb {

// Reads a device inventory ("vpnwb-device-inventory", version 1; the router
// lab writes one, tests/lab/README.md describes it). The first problem is
// reported with the file and its JSON path, e.g.
// "inventory.json: $.devices[2].port: 70000 is outside 1..65535".
class DeviceInventoryJson
{
public:
    static Result<DeviceInventory> fromFile(const QString &path);
    // `source` names the file in error messages.
    static Result<DeviceInventory> fromBytes(const QByteArray &bytes, const QString &source);
    static Result<DeviceInventory> fromJson(const QJsonObject &root, const QString &source);
    // The inventory as a file reads it back; `source` says where it came from.
    static QByteArray toBytes(const DeviceInventory &inventory, const QString &source);

    static constexpr int formatVersion = 1;
};

} // namespace vpnwb
