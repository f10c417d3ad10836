#pragma once

#include "site.h"
#include "vpnmember.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace vpnwb {

// A site as it stood before it was removed, with everything that refers to
// it, so that undo puts all of it back where it was.
struct RemovedSite
{
    // Its place in one VPN's list of members.
    struct Membership
    {
        QString vpnId;
        qsizetype position = 0;
        VpnMember member;
    };

    qsizetype row = 0; // index in the engagement's sites
    Site site;
    QList<Membership> memberships;
    std::optional<QPointF> canvasPosition; // where the user had put it on the topology canvas
};

} // namespace vpnwb
