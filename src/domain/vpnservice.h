#pragma once

#include "domaintypes.h"
#include "vpnmember.h"

#include <QList>
#include <QString>

namespace vpnwb {

// One VPN (one VRF across the provider network) of the engagement; several
// of them segment the customer's traffic (e.g. CORP, GUEST, PCI).
struct VpnService
{
    QString vpnId;
    QString name;
    VpnTopology topology = VpnTopology::AnyToAny;
    QList<VpnMember> members;

    bool operator==(const VpnService &) const = default;
};

} // namespace vpnwb
