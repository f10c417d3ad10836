#include "l3nmvocabulary.h"

namespace vpnwb {

QString L3nmVocabulary::common(const char *name)
{
    return QStringLiteral("ietf-vpn-common:") + QLatin1String(name);
}

bool L3nmVocabulary::is(const QString &identity, const char *name)
{
    return identity == common(name) || identity == QLatin1String(name);
}

QString L3nmVocabulary::topology(VpnTopology t)
{
    switch (t) {
    case VpnTopology::AnyToAny:
        return common("any-to-any");
    case VpnTopology::HubAndSpoke:
        return common("hub-spoke");
    case VpnTopology::HubAndSpokeDisjoint:
        return common("hub-spoke-disjoint");
    }
    return {};
}

std::optional<VpnTopology> L3nmVocabulary::topologyFrom(const QString &identity)
{
    for (const VpnTopology t : {VpnTopology::AnyToAny, VpnTopology::HubAndSpoke, VpnTopology::HubAndSpokeDisjoint}) {
        if (identity == topology(t) || identity == topology(t).section(QLatin1Char(':'), 1))
            return t;
    }
    return std::nullopt;
}

QString L3nmVocabulary::role(VrfRole r)
{
    switch (r) {
    case VrfRole::AnyToAny:
        return common("any-to-any-role");
    case VrfRole::Hub:
        return common("hub-role");
    case VrfRole::Spoke:
        return common("spoke-role");
    }
    return {};
}

std::optional<VrfRole> L3nmVocabulary::roleFrom(const QString &identity)
{
    for (const VrfRole r : {VrfRole::AnyToAny, VrfRole::Hub, VrfRole::Spoke}) {
        if (identity == role(r) || identity == role(r).section(QLatin1Char(':'), 1))
            return r;
    }
    return std::nullopt;
}

QString L3nmVocabulary::qosProfile(QosModelKind model)
{
    return QStringLiteral("vpnwb-") + toString(model);
}

} // namespace vpnwb
