#pragma once

#include "devicedesign.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace vpnwb {

// What the router lab builds for an engagement (`vpnwb lab up --engagement`):
// the design's FRR PEs, at most `maxPes` in design order, and the CEs
// attached to them, each with its loopback and the Linux devices its
// rendering uses (ports, VLAN sub-interfaces, VRF loopbacks), and every
// PE-CE attachment between them. The lab configures only the base (host
// name, loopback, a core with routes between the PEs' loopbacks): the
// service comes from `vpnwb push`. Written as the JSON file `lab up --spec`
// reads (format vpnwb-lab-spec, version 1; see tests/lab/README.md).
class LabSpec
{
public:
    // Refused, naming the device, when no PE of the design is FRR, when a CE
    // of a chosen PE is not FRR (the provider setting cpe-vendor says what
    // the CPEs are rendered for), or when a device name is not a Linux one.
    static Result<LabSpec> fromDesign(qint64 engagementId, const QString &engagementName,
                                      const QList<DeviceDesign> &devices, int maxPes);

    QStringList pes() const { return m_pes; }
    QStringList ces() const { return m_ces; }
    // Why each PE of the design is not in the lab, e.g. "ams1-pe1 is iosxr; the lab runs FRR only".
    QStringList leftOut() const { return m_leftOut; }
    QByteArray toJson() const { return m_json; }

private:
    QStringList m_pes;
    QStringList m_ces;
    QStringList m_leftOut;
    QByteArray m_json;
};

} // namespace vpnwb
