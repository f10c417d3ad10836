#include "siteserviceability.h"

#include <QCryptographicHash>
#include <QStringList>

namespace vpnwb {

QString toString(ServiceabilityVerdict v)
{
    switch (v) {
    case ServiceabilityVerdict::OnNet:
        return QStringLiteral("on-net");
    case ServiceabilityVerdict::OffNet:
        return QStringLiteral("off-net");
    case ServiceabilityVerdict::Unserviceable:
        return QStringLiteral("unserviceable");
    }
    return {};
}

std::optional<ServiceabilityVerdict> serviceabilityVerdictFromString(const QString &s)
{
    for (const auto v : {ServiceabilityVerdict::OnNet, ServiceabilityVerdict::OffNet,
                         ServiceabilityVerdict::Unserviceable}) {
        if (s == toString(v))
            return v;
    }
    return std::nullopt;
}

QString SiteServiceability::inputsHashOf(const Site &site)
{
    // Versioned, so that a future change of the inputs makes old results stale.
    const QStringList inputs{QStringLiteral("v1"),
                             site.countryCode,
                             QString::number(site.latitude, 'g', 17),
                             QString::number(site.longitude, 'g', 17),
                             QString::number(site.bandwidthKbps),
                             toString(site.accessType),
                             toString(site.resiliency)};
    const QByteArray digest =
        QCryptographicHash::hash(inputs.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex());
}

} // namespace vpnwb
