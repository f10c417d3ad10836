#include "devicerole.h"

namespace vpnwb {

QString toString(DeviceRole role)
{
    return role == DeviceRole::Pe ? QStringLiteral("pe") : QStringLiteral("ce");
}

std::optional<DeviceRole> deviceRoleFromString(const QString &text)
{
    if (text == QLatin1String("pe"))
        return DeviceRole::Pe;
    if (text == QLatin1String("ce"))
        return DeviceRole::Ce;
    return std::nullopt;
}

} // namespace vpnwb
