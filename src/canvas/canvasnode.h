#pragma once

#include "domaintypes.h"
#include "siteserviceability.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace vpnwb {

// One thing drawn on the topology canvas: a customer site, a provider edge
// router (PE) at its PoP, or the cloud of an any-to-any VPN. A value that
// the scene's items copy, so that they can paint without the model.
struct CanvasNode
{
    enum class Kind { Site, Pe, Cloud };

    Kind kind = Kind::Site;
    QString itemId; // unique on the canvas: the site id, "pe:" + PE name, "vpn:" + VPN id
    QString label;  // short: site id, PE name, VPN id
    QString name;   // long: site name, PoP name, VPN name

    // Where it is on the Earth (sites, and PEs at their PoP); unknown for
    // clouds and for sites imported without coordinates (0, 0).
    bool located = false;
    double latitude = 0.0;
    double longitude = 0.0;

    // Sites
    SiteRole role = SiteRole::Spoke;
    AccessType accessType = AccessType::Fiber;
    std::int64_t bandwidthKbps = 0;
    bool dualHomed = false;
    std::optional<ServiceabilityVerdict> verdict; // none until checked
    bool stale = false;                          // the site changed after the check

    // PEs
    QString popId;
    bool inUse = false; // some site is homed on it

    bool isHub() const { return kind == Kind::Site && role == SiteRole::Hub; }

    static QString peItemId(const QString &peName) { return QStringLiteral("pe:") + peName; }
    static QString cloudItemId(const QString &vpnId) { return QStringLiteral("vpn:") + vpnId; }

    bool operator==(const CanvasNode &) const = default;
};

} // namespace vpnwb
