#pragma once

#include "canvaslink.h"
#include "canvasnode.h"
#include "engagement.h"
#include "popcatalog.h"
#include "siteserviceability.h"

#include <QHash>
#include <QList>

namespace vpnwb {

// What the topology canvas draws, worked out from the engagement, the
// serviceability results and the PoP catalog; no widgets, no positions.
//
// - Every site is a node. A site with an on-net result has an access link to
//   its PE (two for a dual-homed site); an off-net site a dashed partner
//   access to the PE of the nearest PoP, where the partner hands over.
// - PEs are shown for the PoPs in use and for the PoPs in the sites' countries.
// - A hub-and-spoke VPN is drawn as one link from each spoke to each hub
//   (n - 1 links for n members and one hub); links that several VPNs share
//   are drawn once. An any-to-any VPN is one cloud linked to the PEs that
//   serve its members (or to the members themselves when they have no PE):
//   never a line between every two members.
class CanvasGraph
{
public:
    static CanvasGraph build(const Engagement &engagement, const QList<SiteServiceability> &results,
                             const PopCatalog &catalog);

    const QList<CanvasNode> &nodes() const { return m_nodes; }
    const QList<CanvasLink> &links() const { return m_links; }
    // The node's index, or -1.
    int indexOf(const QString &itemId) const { return m_index.value(itemId, -1); }
    qsizetype siteCount() const { return m_siteCount; }
    // Whether a node stands at the centre of a star: a hub site, or the target of spoke links.
    bool isHub(int node) const;

private:
    int addNode(CanvasNode node);
    int addLink(CanvasLink link);

    QList<CanvasNode> m_nodes;
    QList<CanvasLink> m_links;
    QHash<QString, int> m_index;
    QList<bool> m_hub;
    qsizetype m_siteCount = 0;
};

} // namespace vpnwb
