#pragma once

#include "engagement.h"
#include "l3smexport.h"
#include "l3smimport.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace vpnwb {

// Converts an engagement to and from the IETF L3VPN service model (L3SM,
// RFC 8299) in RFC 7951 JSON: the container "ietf-l3vpn-svc:l3vpn-svc".
// docs/L3SM.md describes the mapping.
class L3smCodec
{
public:
    // Refused when a site is in no VPN: L3SM attaches every site network
    // access to a VPN. The warnings list the content L3SM has no place for.
    static Result<L3smExport> encode(const Engagement &engagement);

    // `source` names the file in messages. The engagement gets
    // `engagementName`, or the customer's name when that is empty. It has
    // passed EngagementRules; an error names the file and the JSON path of
    // the first problem, and nothing is imported. Leaves the workbench does
    // not keep are listed as warnings with their JSON path.
    static Result<L3smImport> decode(const QByteArray &bytes, const QString &source,
                                     const QString &engagementName = QString());
};

} // namespace vpnwb
