#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace vpnwb {

// What a network element reached over NETCONF is given by a push: its part
// of the design's L3NM (RFC 9182), as the XML content of an <edit-config>.
// That part is the provider's VPN profiles as they are, and every VPN
// service with a vpn-node whose ne-id is the element, holding its instance
// profiles and only that element's vpn-nodes.
class L3nmDeviceConfig
{
public:
    // `l3nmJson` is an L3nmCodec export; refused when no vpn-node has `neId`.
    static Result<QString> xml(const QByteArray &l3nmJson, const QString &neId);
    // The keys of the L3NM and VPN-common lists, by list name (RFC 9182, RFC 9181).
    static const QHash<QString, QStringList> &listKeys();
};

} // namespace vpnwb
