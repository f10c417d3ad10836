#pragma once

#include "importeddesign.h"
#include "l3nmexport.h"
#include "networkdesign.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace vpnwb {

// Converts a network design to and from the IETF L3VPN network model (L3NM,
// RFC 9182) in RFC 7951 JSON: the container "ietf-l3vpn-ntw:l3vpn-ntw".
// docs/DESIGN.md describes the mapping. RDs, RTs and SoOs are written in
// RFC 8294's form with their type ("0:64500:7").
class L3nmCodec
{
public:
    // Refused when the design lacks a value L3NM needs (an RD, a VLAN, a link):
    // design the engagement first. The warnings list what L3NM has no place for.
    static Result<L3nmExport> encode(const NetworkDesign &design);

    // Reads a brownfield L3NM file. `source` names the file in messages; an
    // error names the JSON path of the first problem and nothing is imported.
    static Result<ImportedDesign> decode(const QByteArray &bytes, const QString &source);
};

} // namespace vpnwb
