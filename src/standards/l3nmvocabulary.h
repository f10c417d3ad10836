#pragma once

#include "domaintypes.h"

#include <QString>

#include <optional>

namespace vpnwb {

// The identities and names by which L3NM (RFC 9182, with RFC 9181's
// ietf-vpn-common) spells what the workbench's design holds.
class L3nmVocabulary
{
public:
    static QString container() { return QStringLiteral("ietf-l3vpn-ntw:l3vpn-ntw"); }
    // "ietf-vpn-common:<name>"
    static QString common(const char *name);
    static QString topology(VpnTopology t);
    static std::optional<VpnTopology> topologyFrom(const QString &identity);
    static QString role(VrfRole r);
    static std::optional<VrfRole> roleFrom(const QString &identity);
    // The provider's QoS profile that holds a class model's DSCP map and queues.
    static QString qosProfile(QosModelKind model);
    // The name of a VRF's loopback interface in the VRF.
    static QString loopbackAccessId(const QString &vrfName) { return vrfName + QStringLiteral("-loopback"); }
    // Whether `identity` names `name` of ietf-vpn-common, with or without the module prefix.
    static bool is(const QString &identity, const char *name);
};

} // namespace vpnwb
