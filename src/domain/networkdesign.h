#pragma once

#include "accesscircuit.h"
#include "designpe.h"
#include "designsite.h"
#include "poolshortage.h"
#include "vrfpolicy.h"
#include "siteattachment.h"
#include "siteqos.h"
#include "vpndesign.h"
#include "vrfinstance.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace vpnwb {

// The network-level design of an engagement (the facts of RFC 9182, L3NM):
// VRFs with RD and RTs on each PE, access circuits on PE ports, attachments
// with VLAN, link addresses and PE-CE routing, QoS per site and the VRFs'
// routing policies. Every object has an id ("vrf:fra1-pe1/E1-CORP-HUB",
// "attachment:DC-FRA/CORP/primary") that findings and overrides name.
struct NetworkDesign
{
    std::int64_t engagementId = 0;
    QString engagementName;
    QString customerName;
    std::uint32_t providerAs = 0;
    int efMaxPercent = 33;
    QList<DesignPe> pes;
    QList<DesignSite> sites;
    QList<VpnDesign> vpns;
    QList<VrfInstance> vrfs;
    QList<AccessCircuit> circuits;
    QList<SiteAttachment> attachments;
    QList<SiteQos> qos;
    QList<VrfPolicy> policies;
    QList<PoolShortage> shortages; // what the pools could not give

    const DesignSite *findSite(const QString &siteId) const;
    const VpnDesign *findVpn(const QString &vpnId) const;
    const DesignPe *findPe(const QString &name) const;
    const AccessCircuit *findCircuit(const QString &circuitId) const;
    // The pool values the design still lacks, as "OBJECT FIELD" (e.g. "vrf:fra1-pe1/E1-CORP rd"):
    // empty once every object holds what it needs.
    QStringList missingValues() const;

    bool operator==(const NetworkDesign &) const = default;
};

} // namespace vpnwb
