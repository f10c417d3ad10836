#include "configdialect.h"

namespace vpnwb {

std::optional<ConfigDialect> ConfigDialect::forVendor(const QString &vendor)
{
    // Comments, and the banner lines `show running-config` prints before the configuration.
    const QStringList bang{QStringLiteral("!"), QStringLiteral("Building configuration"),
                           QStringLiteral("Current configuration")};
    if (vendor == QLatin1String("frr"))
        return ConfigDialect{Syntax::Indented, bang,
                             {QStringLiteral("exit"), QStringLiteral("exit-vrf"), QStringLiteral("exit-address-family"),
                              QStringLiteral("end")},
                             false};
    if (vendor == QLatin1String("iosxr"))
        return ConfigDialect{Syntax::Indented, bang,
                             {QStringLiteral("exit"), QStringLiteral("end"), QStringLiteral("root"),
                              QStringLiteral("end-policy"), QStringLiteral("end-set"), QStringLiteral("end-class-map"),
                              QStringLiteral("end-policy-map")},
                             false};
    if (vendor == QLatin1String("iosxe") || vendor == QLatin1String("eos"))
        return ConfigDialect{Syntax::Indented, bang,
                             {QStringLiteral("exit"), QStringLiteral("end"), QStringLiteral("exit-address-family")},
                             false};
    if (vendor == QLatin1String("junos"))
        return ConfigDialect{Syntax::Braces, {QStringLiteral("#"), QStringLiteral("/*")}, {}, true};
    if (vendor == QLatin1String("sros"))
        return ConfigDialect{Syntax::Braces, {QStringLiteral("#")}, {}, false};
    return std::nullopt;
}

QStringList ConfigDialect::vendors()
{
    return {QStringLiteral("eos"), QStringLiteral("frr"), QStringLiteral("iosxe"), QStringLiteral("iosxr"),
            QStringLiteral("junos"), QStringLiteral("sros")};
}

} // namespace vpnwb
