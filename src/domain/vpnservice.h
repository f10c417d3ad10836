#pragma once

#include "domaintypes.h"
#include "vpnmember.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vpnwb {

// One VPN (one VRF across the provider network) of the engagement; several
// of them segment the customer's traffic (e.g. CORP, GUEST, PCI).
struct VpnService
{
    QString vpnId;
    QString name;
    VpnTopology topology = VpnTopology::AnyToAny;
    QList<VpnMember> members;
    // Extranet: this VPN offers shared services to these VPNs. Their VRFs
    // import the RTs of its service sites, and its VRFs import theirs.
    QStringList extranetConsumers;

    bool operator==(const VpnService &) const = default;
};

} // namespace vpnwb
