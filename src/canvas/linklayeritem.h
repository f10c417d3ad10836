#pragma once

#include "canvaslink.h"

#include <QGraphicsItem>
#include <QLineF>
#include <QPen>

#include <vector>

namespace vpnwb {

class NodeItem;

// All links of the canvas in one item: lines are grouped by style and drawn
// with one QPainter::drawLines() call per group, only those crossing the
// exposed area. A moving node updates just its own links. Thousands of
// separate line items would cost more to index and to paint than the
// lines themselves. Zoomed out, the VPN paths of nearby sites to the same
// hub or cloud are drawn as one bundle, thicker the more sites it carries,
// instead of thousands of overlapping lines; and the layer draws the sites
// and PEs too, as dots of a few pixels batched by colour, so that the
// overview of ten thousand sites is a handful of QPainter calls.
class LinkLayerItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };

    LinkLayerItem();

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // `endpoints` holds the item of each node index the links refer to.
    void setLinks(const QList<CanvasLink> &links, const QList<NodeItem *> &endpoints);
    void nodeMoved(int nodeIndex);
    // A node's look changed (selection, drop target, data): repaint its overview dot.
    void nodeChanged(int nodeIndex);
    void setKindsShown(bool access, bool vpn);
    bool accessShown() const { return m_showAccess; }
    bool vpnShown() const { return m_showVpn; }
    qsizetype linkCount() const { return qsizetype(m_lines.size()); }

private:
    struct Style
    {
        QPen pen;
        bool doubled = false;
        bool vpn = false; // a VPN (spoke or cloud) line rather than an access circuit
        std::vector<int> links;
    };

    int styleFor(const CanvasLink &link);
    void growBounds(const QRectF &rect);
    void paintBundles(QPainter *painter, const Style &style, int styleIndex, double lod) const;
    void paintOverviewNodes(QPainter *painter, const QRectF &exposed, double lod) const;

    std::vector<Style> m_styles;
    std::vector<QLineF> m_lines;     // by link
    std::vector<int> m_ends;         // by link: from, to node indexes (2 per link)
    std::vector<std::vector<int>> m_linksOfNode;
    QList<NodeItem *> m_endpoints;
    QRectF m_bounds;
    mutable double m_lastLod = 1.0; // of the last paint, to size the dots' repaints
    bool m_showAccess = true;
    bool m_showVpn = true;
};

} // namespace vpnwb
