#include "linklayeritem.h"

#include "canvasstyle.h"
#include "nodeitem.h"
#include "peitem.h"
#include "siteitem.h"

#include <QPainter>
#include <QSet>
#include <QStyleOptionGraphicsItem>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace vpnwb {
namespace {

QRectF lineBox(const QLineF &l)
{
    return QRectF(l.p1(), l.p2()).normalized();
}

// The line moved sideways by `d` scene units.
QLineF offset(const QLineF &l, double d)
{
    const double len = l.length();
    if (len < 1e-9)
        return l;
    const QPointF n(-l.dy() / len * d, l.dx() / len * d);
    return {l.p1() + n, l.p2() + n};
}

// Zoomed out, hubs and PEs are named when there are no more of them than this.
constexpr qsizetype kMaxOverviewLabels = 60;

} // namespace

LinkLayerItem::LinkLayerItem()
{
    setZValue(0.0);
    setFlag(ItemUsesExtendedStyleOption); // paint() culls lines to the exposed rectangle
    setAcceptedMouseButtons(Qt::NoButton);
}

int LinkLayerItem::styleFor(const CanvasLink &link)
{
    Style s;
    switch (link.kind) {
    case CanvasLink::Kind::Access: {
        const double width = CanvasStyle::accessWidth(link.bandwidthKbps);
        s.doubled = link.dualHomed;
        s.pen = QPen(CanvasStyle::accessColor(link.accessType), s.doubled ? std::max(0.9, width * 0.55) : width,
                     Qt::SolidLine, Qt::FlatCap);
        if (link.partner)
            s.pen.setDashPattern({4.0, 2.5});
        break;
    }
    case CanvasLink::Kind::Spoke:
        s.vpn = true;
        s.pen = QPen(CanvasStyle::spokeLink(), 1.1, Qt::SolidLine, Qt::RoundCap);
        break;
    case CanvasLink::Kind::Cloud:
        s.vpn = true;
        s.pen = QPen(CanvasStyle::cloudLink(), 1.6, Qt::SolidLine, Qt::RoundCap);
        s.pen.setDashPattern({1.0, 2.5});
        break;
    }
    for (int i = 0; i < int(m_styles.size()); ++i) {
        const Style &o = m_styles[i];
        if (o.pen == s.pen && o.doubled == s.doubled && o.vpn == s.vpn)
            return i;
    }
    m_styles.push_back(std::move(s));
    return int(m_styles.size() - 1);
}

void LinkLayerItem::setLinks(const QList<CanvasLink> &links, const QList<NodeItem *> &endpoints)
{
    m_styles.clear();
    m_lines.clear();
    m_ends.clear();
    m_endpoints = endpoints;
    m_linksOfNode.assign(std::size_t(endpoints.size()), {});
    m_lines.reserve(std::size_t(links.size()));
    m_ends.reserve(std::size_t(links.size()) * 2);
    QRectF bounds;
    for (const CanvasLink &l : links) {
        const int index = int(m_lines.size());
        const QLineF line(endpoints[l.from]->pos(), endpoints[l.to]->pos());
        m_lines.push_back(line);
        m_ends.push_back(l.from);
        m_ends.push_back(l.to);
        m_linksOfNode[std::size_t(l.from)].push_back(index);
        m_linksOfNode[std::size_t(l.to)].push_back(index);
        m_styles[std::size_t(styleFor(l))].links.push_back(index);
        bounds |= lineBox(line);
    }
    prepareGeometryChange();
    m_bounds = bounds.adjusted(-20.0, -20.0, 20.0, 20.0);
    update();
}

void LinkLayerItem::growBounds(const QRectF &rect)
{
    if (m_bounds.contains(rect))
        return;
    // Grow with room to spare, so that a drag does not re-index the layer at every step.
    prepareGeometryChange();
    m_bounds |= rect.adjusted(-400.0, -400.0, 400.0, 400.0);
}

void LinkLayerItem::nodeMoved(int nodeIndex)
{
    if (nodeIndex < 0 || std::size_t(nodeIndex) >= m_linksOfNode.size())
        return;
    QRectF dirty;
    for (int link : m_linksOfNode[std::size_t(nodeIndex)]) {
        QLineF &line = m_lines[std::size_t(link)];
        dirty |= lineBox(line);
        line = QLineF(m_endpoints[m_ends[2 * std::size_t(link)]]->pos(),
                      m_endpoints[m_ends[2 * std::size_t(link) + 1]]->pos());
        dirty |= lineBox(line);
    }
    if (dirty.isNull())
        return;
    growBounds(dirty);
    // Zoomed out, lines are a device pixel wide (or a bundle of a few): widen the repaint to match.
    const double margin = m_lastLod < CanvasStyle::overviewLod ? 6.0 / std::max(m_lastLod, 1e-6) : 8.0;
    update(dirty.adjusted(-margin, -margin, margin, margin));
}

void LinkLayerItem::nodeChanged(int nodeIndex)
{
    if (nodeIndex < 0 || nodeIndex >= m_endpoints.size() || m_lastLod >= CanvasStyle::overviewLod)
        return;
    const double half = 12.0 / std::max(m_lastLod, 1e-6); // the largest dot, in scene units
    const QPointF at = m_endpoints[nodeIndex]->pos();
    update(QRectF(at.x() - half, at.y() - half, 2 * half, 2 * half));
}

void LinkLayerItem::setKindsShown(bool access, bool vpn)
{
    if (access == m_showAccess && vpn == m_showVpn)
        return;
    m_showAccess = access;
    m_showVpn = vpn;
    update();
}

void LinkLayerItem::paintBundles(QPainter *painter, const Style &style, int styleIndex, double lod) const
{
    // Sites within one cell of 40 device pixels share a bundle to each hub or cloud.
    const double cell = 40.0 / std::max(lod, 1e-6);
    struct Bundle
    {
        QPointF sum;
        int count = 0;
        QPointF to;
    };
    std::unordered_map<std::uint64_t, Bundle> bundles;
    bundles.reserve(style.links.size() / 4 + 16);
    for (int link : style.links) {
        const QLineF &line = m_lines[std::size_t(link)];
        const auto cx = std::uint64_t(std::int64_t(std::floor(line.x1() / cell)) + (1 << 19)) & 0xfffff;
        const auto cy = std::uint64_t(std::int64_t(std::floor(line.y1() / cell)) + (1 << 19)) & 0xfffff;
        const auto to = std::uint64_t(m_ends[2 * std::size_t(link) + 1]) & 0x3ffff;
        Bundle &b = bundles[(cx << 44) | (cy << 24) | (to << 6) | std::uint64_t(styleIndex & 0x3f)];
        b.sum += line.p1();
        ++b.count;
        b.to = line.p2();
    }
    QPen pen = style.pen;
    pen.setCosmetic(true);
    pen.setStyle(Qt::SolidLine);
    QColor lighter = pen.color(); // zoomed out, the paths recede behind the sites and PoPs
    lighter.setAlpha(lighter.alpha() * 2 / 3);
    pen.setColor(lighter);
    // One drawLines() per width: widths grow with the logarithm of the sites carried.
    QVarLengthArray<QLineF, 256> byWidth[6];
    for (const auto &[key, b] : bundles)
        byWidth[std::min(5, int(std::log2(double(b.count))))].append(QLineF(b.sum / b.count, b.to));
    for (int w = 0; w < 6; ++w) {
        if (byWidth[w].isEmpty())
            continue;
        pen.setWidthF(1.0 + 0.8 * w);
        painter->setPen(pen);
        painter->drawLines(byWidth[w].constData(), int(byWidth[w].size()));
    }
}

void LinkLayerItem::paintOverviewNodes(QPainter *painter, const QRectF &exposed, double lod) const
{
    // Squares by colour, sized in device pixels: one drawRects() call per colour and size.
    std::map<std::pair<QRgb, int>, QVarLengthArray<QRectF, 512>> dots;
    std::map<int, QVarLengthArray<QRectF, 64>> halos; // selection and drop target, by size
    const double unit = 1.0 / std::max(lod, 1e-6);   // one device pixel in scene units
    auto square = [unit](const QPointF &at, int px) {
        const double half = px * unit / 2.0;
        return QRectF(at.x() - half, at.y() - half, 2 * half, 2 * half);
    };
    QVarLengthArray<const NodeItem *, 64> landmarks; // hubs, one PE per PoP, clouds
    QSet<QString> namedPops;
    for (const NodeItem *item : m_endpoints) {
        const CanvasNode &n = item->node();
        const QPointF at = item->pos();
        // Landmarks everywhere, not only in the exposed part: which labels give way to
        // others must not depend on what is being repainted.
        if (n.isHub() || n.kind == CanvasNode::Kind::Cloud ||
            (n.kind == CanvasNode::Kind::Pe && !namedPops.contains(n.popId))) {
            landmarks.append(item);
            namedPops.insert(n.popId);
        }
        if (!exposed.contains(at))
            continue;
        if (n.kind == CanvasNode::Kind::Cloud)
            continue;
        QColor colour;
        double side = 0.0;
        bool marked = item->isSelected();
        if (n.kind == CanvasNode::Kind::Site) {
            const double r = static_cast<const SiteItem *>(item)->radius();
            side = std::max(2.0 * r * lod, n.isHub() ? 7.0 : 3.0);
            colour = n.verdict == ServiceabilityVerdict::Unserviceable ? CanvasStyle::unserviceable()
                     : n.isHub()                                       ? CanvasStyle::hubFill()
                                                                       : CanvasStyle::accessColor(n.accessType);
        } else {
            side = std::max(item->boundingRect().height() * lod, 6.0);
            colour = n.inUse ? CanvasStyle::peFill() : CanvasStyle::mutedInk();
            marked = marked || static_cast<const PeItem *>(item)->isDropTarget();
        }
        const int px = int(std::lround(side));
        dots[{colour.rgba(), px}].append(square(at, px));
        if (marked)
            halos[px + 6].append(square(at, px + 6));
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(CanvasStyle::selection());
    for (const auto &[px, rects] : halos)
        painter->drawRects(rects.constData(), int(rects.size()));
    for (const auto &[key, rects] : dots) {
        painter->setBrush(QColor::fromRgba(key.first));
        painter->drawRects(rects.constData(), int(rects.size()));
    }
    if (landmarks.size() > kMaxOverviewLabels)
        return;
    // The hubs and PEs keep their names, at a readable size, as landmarks.
    const QTransform toDevice = painter->worldTransform();
    painter->save();
    painter->resetTransform();
    QFont font = CanvasStyle::peFont();
    font.setPixelSize(11);
    const QFontMetricsF fm(font);
    painter->setFont(font);
    // Hubs and clouds first; a label that would cover one already placed is left out.
    std::stable_sort(landmarks.begin(), landmarks.end(), [](const NodeItem *a, const NodeItem *b) {
        return (a->node().kind != CanvasNode::Kind::Pe) > (b->node().kind != CanvasNode::Kind::Pe);
    });
    QVarLengthArray<QRectF, 64> placed;
    const QRectF exposedOnDevice = toDevice.mapRect(exposed);
    for (const NodeItem *item : landmarks) {
        const CanvasNode &n = item->node();
        // PoPs by their id to the right, hubs above, VPN clouds below: they often share a city.
        const QString text = n.kind == CanvasNode::Kind::Pe ? n.popId : n.label;
        const double width = fm.horizontalAdvance(text);
        QPointF at = toDevice.map(item->pos());
        if (n.kind == CanvasNode::Kind::Pe)
            at += QPointF(7.0, fm.ascent() / 2.0 - 1.0);
        else if (n.isHub())
            at += QPointF(-width / 2.0, -8.0);
        else
            at += QPointF(-width / 2.0, fm.ascent() + 6.0);
        const QRectF plate(at.x() - 2.0, at.y() - fm.ascent() - 1.0, width + 4.0, fm.height() + 2.0);
        if (std::any_of(placed.cbegin(), placed.cend(),
                        [&plate](const QRectF &r) { return r.intersects(plate); }))
            continue;
        placed.append(plate);
        if (!plate.intersects(exposedOnDevice))
            continue;
        painter->setPen(Qt::NoPen);
        painter->setBrush(CanvasStyle::labelBackground());
        painter->drawRect(plate);
        painter->setPen(n.isHub()                           ? CanvasStyle::hubFill()
                        : n.kind == CanvasNode::Kind::Cloud ? CanvasStyle::cloudInk()
                                                            : CanvasStyle::ink());
        painter->drawText(at, text);
    }
    painter->restore();
}

void LinkLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    m_lastLod = lod;
    const bool overview = lod < CanvasStyle::overviewLod;
    const QRectF exposed = option->exposedRect.adjusted(-8.0, -8.0, 8.0, 8.0);
    const bool cull = !exposed.contains(m_bounds);
    painter->save();
    if (overview)
        painter->setRenderHint(QPainter::Antialiasing, false);
    QVarLengthArray<QLineF, 1024> batch;
    // VPN lines first, so that access circuits stay on top.
    for (const bool vpnPass : {true, false}) {
        if ((vpnPass && !m_showVpn) || (!vpnPass && !m_showAccess))
            continue;
        for (const Style &style : m_styles) {
            if (style.vpn != vpnPass)
                continue;
            if (overview && style.vpn) {
                paintBundles(painter, style, int(&style - m_styles.data()), lod);
                continue;
            }
            batch.clear();
            const bool doubled = style.doubled && !overview;
            const double gap = style.pen.widthF() * 0.9 + 0.6;
            for (int link : style.links) {
                const QLineF &line = m_lines[std::size_t(link)];
                if (cull && !exposed.intersects(lineBox(line).adjusted(-1.0, -1.0, 1.0, 1.0)))
                    continue;
                if (doubled) {
                    batch.append(offset(line, gap));
                    batch.append(offset(line, -gap));
                } else {
                    batch.append(line);
                }
            }
            if (batch.isEmpty())
                continue;
            QPen pen = style.pen;
            if (overview) {
                // One device pixel, whatever the zoom.
                pen.setCosmetic(true);
                pen.setWidthF(1.0);
            }
            painter->setPen(pen);
            painter->drawLines(batch.constData(), int(batch.size()));
        }
    }
    if (overview)
        paintOverviewNodes(painter, exposed, lod);
    painter->restore();
}

} // namespace vpnwb
