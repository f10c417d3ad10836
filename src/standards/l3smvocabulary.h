#pragma once

#include "domaintypes.h"

#include <QString>

#include <optional>

namespace vpnwb {

// How the workbench spells its model in IETF L3SM (RFC 8299, module
// ietf-l3vpn-svc) JSON; docs/L3SM.md explains each choice. Shared by the
// exporter and the importer so that the two cannot drift apart.
class L3smVocabulary
{
public:
    static QString module() { return QStringLiteral("ietf-l3vpn-svc"); }
    // The top-level container, named with its module as RFC 7951 requires.
    static QString container() { return QStringLiteral("ietf-l3vpn-svc:l3vpn-svc"); }

    // An identity of the module, namespace-qualified ("ietf-l3vpn-svc:hub-role").
    static QString identity(const char *name);
    // The identity's name when `value` names an identity of the module,
    // qualified or not (RFC 7951 §6.8); nullopt for another module's.
    static std::optional<QString> identityName(const QString &value);

    static QString siteRole(SiteRole role);
    static std::optional<SiteRole> siteRoleFromIdentity(const QString &name);
    static QString topology(VpnTopology topology);
    static std::optional<VpnTopology> topologyFromIdentity(const QString &name);

    // A site's coordinates as its location-id: a geo URI (RFC 5870),
    // "geo:50.1183,8.7353", written with the fewest digits that read back exactly.
    static QString geoUri(double latitude, double longitude);
    static bool parseGeoUri(const QString &text, double *latitude, double *longitude);

    // What the workbench assumes for leaves it does not keep: the importer
    // accepts these values silently and reports any other.
    static constexpr int mtu = 1500;
    static QString unassignedNextHop() { return QStringLiteral("0.0.0.0"); }
};

} // namespace vpnwb
