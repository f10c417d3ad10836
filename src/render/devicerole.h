#pragma once

#include <QString>

#include <optional>

namespace vpnwb {

// What a device is to the VPN: a provider edge router or the customer's
// edge router (a managed CPE).
enum class DeviceRole { Pe, Ce };

// "pe" / "ce", as in plugin metadata, JSON and on the command line.
QString toString(DeviceRole role);
std::optional<DeviceRole> deviceRoleFromString(const QString &text);

} // namespace vpnwb
