#pragma once

#include "designchoices.h"
#include "engagement.h"
#include "networkdesign.h"
#include "popcatalog.h"
#include "providersettings.h"
#include "siteserviceability.h"

#include <QHash>

namespace vpnwb::test {

// Small engagements for the design tests: two PoPs, A and B, each with two
// PEs (a1, a2, b1, b2) of 4 ports of 1 Gb/s and 2 of 10 Gb/s.
PopCatalog designCatalog();
ProviderSettings designSettings();

// Site `id` with the LAN 10.n.0.0/24, eBGP from AS 65000 + n, 100 Mb/s.
Site designSite(const QString &id, int n, Resiliency resiliency = Resiliency::Single);
VpnService designVpn(const QString &id, VpnTopology topology, const QList<VpnMember> &members);
Engagement designEngagement(const QList<Site> &sites, const QList<VpnService> &vpns);

// On-net results: each site on `peOf[site]` (default a1); dual-homed sites also on a2 (or b2 for b1).
QList<SiteServiceability> onNet(const Engagement &e, const QHash<QString, QString> &peOf = {});

// The design of `e`, allocated from empty pools.
NetworkDesign designOf(const Engagement &e, const DesignChoices &choices = {},
                       const ProviderSettings &settings = designSettings(),
                       const QList<SiteServiceability> &results = {});

} // namespace vpnwb::test
