#include "topologycontroller.h"

#include "canvasgraph.h"
#include "canvaspositions.h"
#include "displaytext.h"
#include "engagementdocument.h"
#include "geolayout.h"
#include "sitehoming.h"
#include "topologyscene.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace vpnwb {
namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

TopologyController::TopologyController(EngagementDocument &doc, SiteHoming &homing, CanvasPositions &positions,
                                       TopologyScene &scene, QObject *parent)
    : QObject(parent), m_doc(doc), m_homing(homing), m_positions(positions), m_scene(scene)
{
    connect(&doc, &EngagementDocument::siteChanged, this, &TopologyController::scheduleSync);
    connect(&doc, &EngagementDocument::vpnsChanged, this, &TopologyController::scheduleSync);
    connect(&doc, &EngagementDocument::siteRemoved, this, &TopologyController::scheduleSync);
    connect(&doc, &EngagementDocument::siteInserted, this, &TopologyController::scheduleSync);
    connect(&doc, &EngagementDocument::engagementOpened, this, &TopologyController::scheduleSync);
    connect(&doc, &EngagementDocument::engagementClosed, this, &TopologyController::scheduleSync);
    connect(&homing, &SiteHoming::resultsReset, this, &TopologyController::scheduleSync);
    connect(&homing, &SiteHoming::homingChanged, this, &TopologyController::scheduleSync);
    connect(&positions, &CanvasPositions::positionsReset, this, &TopologyController::scheduleSync);
    connect(&positions, &CanvasPositions::positionsChanged, this, &TopologyController::showPositions);

    connect(&scene, &TopologyScene::itemsMoved, this, [this](const QHash<QString, QPointF> &to) {
        const QString text = to.size() == 1 ? tr("Move %1 on the canvas").arg(to.cbegin().key())
                                            : tr("Move %n items on the canvas", nullptr, int(to.size()));
        m_positions.move(to, text);
    });
    connect(&scene, &TopologyScene::rehomeRequested, this, &TopologyController::rehome);
    scene.setToolTipProvider([this](const QString &itemId) { return toolTip(itemId); });
    sync();
}

void TopologyController::scheduleSync()
{
    if (m_syncPending)
        return;
    m_syncPending = true;
    QMetaObject::invokeMethod(this, &TopologyController::flush, Qt::QueuedConnection);
}

void TopologyController::flush()
{
    if (m_syncPending)
        sync();
}

void TopologyController::sync()
{
    m_syncPending = false;
    ++m_generation;
    const CanvasGraph graph = CanvasGraph::build(m_doc.engagement(), m_homing.results(), m_homing.catalog());
    const QList<QPointF> geo = GeoLayout().place(graph);
    QList<QPointF> at(geo.size());
    m_fallback.clear();
    m_fallback.reserve(geo.size());
    for (int i = 0; i < geo.size(); ++i) {
        const QString &id = graph.nodes()[i].itemId;
        m_fallback.insert(id, geo[i]);
        at[i] = m_positions.position(id).value_or(geo[i]);
    }
    m_scene.setContent(graph, at);
}

void TopologyController::showPositions(const QStringList &itemIds)
{
    if (m_syncPending)
        return; // the coming sync places everything
    QHash<QString, QPointF> at;
    for (const QString &id : itemIds) {
        if (const auto fallback = m_fallback.constFind(id); fallback != m_fallback.cend())
            at.insert(id, m_positions.position(id).value_or(*fallback));
    }
    m_scene.setPositions(at);
}

void TopologyController::preview(CanvasLayoutKind kind)
{
    flush();
    const QList<QPointF> at = placeNodes(kind, m_scene.graph());
    QHash<QString, QPointF> byId;
    for (int i = 0; i < at.size(); ++i)
        byId.insert(m_scene.graph().nodes()[i].itemId, at[i]);
    m_scene.setPositions(byId);
}

void TopologyController::arrange(CanvasLayoutKind kind)
{
    flush();
    QString name;
    switch (kind) {
    case CanvasLayoutKind::Geographic:
        name = tr("Arrange the canvas geographically");
        break;
    case CanvasLayoutKind::Radial:
        name = tr("Arrange the canvas as rings around the hubs");
        break;
    case CanvasLayoutKind::Force:
        name = tr("Arrange the canvas by forces");
        break;
    }
    const CanvasGraph graph = m_scene.graph();
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QList<QPointF>>(this);
    connect(watcher, &QFutureWatcher<QList<QPointF>>::finished, this, [this, watcher, graph, generation, name] {
        watcher->deleteLater();
        --m_arranging;
        flush();
        if (generation != m_generation) { // the engagement changed meanwhile
            emit arranged(false);
            return;
        }
        const QList<QPointF> at = watcher->result();
        QHash<QString, QPointF> byId;
        byId.reserve(at.size());
        for (int i = 0; i < at.size(); ++i)
            byId.insert(graph.nodes()[i].itemId, at[i]);
        m_positions.move(byId, name, false);
        emit arranged(true);
    });
    ++m_arranging;
    emit arrangeStarted();
    watcher->setFuture(QtConcurrent::run([graph, kind] { return placeNodes(kind, graph); }));
}

void TopologyController::setRole(const QStringList &siteIds, SiteRole role)
{
    m_doc.setSiteRole(siteIds, role);
}

void TopologyController::removeSites(const QStringList &siteIds)
{
    m_doc.removeSites(siteIds);
}

void TopologyController::rehome(const QStringList &siteIds, const QString &peName)
{
    if (const Status s = m_homing.rehome(siteIds, peName); !s)
        emit m_doc.errorOccurred(s.error().message);
}

Status TopologyController::canRehome(const QString &siteId, const QString &peName) const
{
    const Site *site = m_doc.engagement().findSite(siteId);
    if (!site)
        return Error::notFound(tr("There is no site %1.").arg(siteId));
    auto r = m_homing.rehomed(*site, peName);
    if (!r)
        return r.error();
    return Status::success();
}

QStringList TopologyController::peNames() const
{
    QStringList out;
    for (const Pop &pop : m_homing.catalog().pops) {
        for (const ProviderEdge &pe : pop.pes)
            out.append(pe.name);
    }
    return out;
}

QString TopologyController::toolTip(const QString &itemId) const
{
    if (itemId.startsWith(QLatin1String("pe:")))
        return peToolTip(itemId.mid(3));
    if (itemId.startsWith(QLatin1String("vpn:")))
        return cloudToolTip(itemId.mid(4));
    return siteToolTip(itemId);
}

QString TopologyController::siteToolTip(const QString &siteId) const
{
    const Site *s = m_doc.engagement().findSite(siteId);
    if (!s)
        return {};
    QString html = QStringLiteral("<b>%1</b> — %2<br>").arg(esc(s->siteId), esc(s->name));
    QStringList address;
    for (const QString &part : {s->address.street, QStringList{s->address.postalCode, s->address.city}
                                                         .join(QLatin1Char(' ')).trimmed()}) {
        if (!part.isEmpty())
            address.append(part);
    }
    address.append(s->countryCode);
    html += esc(address.join(QStringLiteral(", "))) + QStringLiteral("<br>");
    html += tr("%1 · %2 · %3 · %4")
                .arg(DisplayText::siteRole(s->role), DisplayText::bandwidth(s->bandwidthKbps),
                     DisplayText::accessType(s->accessType), DisplayText::resiliency(s->resiliency))
                .toHtmlEscaped();
    QStringList vpns;
    for (const VpnService &v : m_doc.engagement().vpns) {
        for (const VpnMember &m : v.members) {
            if (m.siteId == siteId)
                vpns.append(tr("%1 (%2)").arg(v.vpnId, DisplayText::siteRole(m.role)));
        }
    }
    if (!vpns.isEmpty())
        html += QStringLiteral("<br>") + esc(tr("VPNs: %1").arg(vpns.join(QStringLiteral(", "))));
    const SiteServiceability *r = m_homing.result(siteId);
    QString service;
    if (!r) {
        service = tr("Serviceability not checked yet");
    } else {
        switch (r->verdict) {
        case ServiceabilityVerdict::OnNet:
            service = r->secondaryPe.isEmpty()
                          ? tr("On-net: %1 at %2").arg(r->primaryPe, r->primaryPopId)
                          : tr("On-net: %1 at %2 and %3 at %4")
                                .arg(r->primaryPe, r->primaryPopId, r->secondaryPe, r->secondaryPopId);
            if (r->distanceKm)
                service += tr(", %1 km").arg(QLocale().toString(*r->distanceKm, 'f', 1));
            break;
        case ServiceabilityVerdict::OffNet:
            service = tr("Off-net through %1, %2 days").arg(r->partner).arg(r->leadTimeDays);
            break;
        case ServiceabilityVerdict::Unserviceable:
            service = tr("Unserviceable: %1").arg(r->reason);
            break;
        }
        if (r->isStaleFor(*s))
            service += QLatin1Char(' ') + tr("(the site changed since; check again)");
    }
    html += QStringLiteral("<br><i>%1</i>").arg(esc(service));
    return html;
}

QString TopologyController::peToolTip(const QString &peName) const
{
    for (const Pop &pop : m_homing.catalog().pops) {
        for (const ProviderEdge &pe : pop.pes) {
            if (pe.name != peName)
                continue;
            int homed = 0;
            for (const SiteServiceability &r : m_homing.results()) {
                if (r.primaryPe == peName || r.secondaryPe == peName)
                    ++homed;
            }
            return QStringLiteral("<b>%1</b><br>%2<br>%3<br><i>%4</i>")
                .arg(esc(pe.name),
                     esc(tr("PoP %1 — %2, %3 (%4)").arg(pop.popId, pop.name, pop.city, pop.countryCode)),
                     esc(tr("%1, loopback %2").arg(pe.platform, pe.loopback)),
                     esc(tr("%n site(s) homed here; drop sites here to re-home them", nullptr, homed)));
        }
    }
    return {};
}

QString TopologyController::cloudToolTip(const QString &vpnId) const
{
    const VpnService *v = m_doc.engagement().findVpn(vpnId);
    if (!v)
        return {};
    return QStringLiteral("<b>%1</b> — %2<br>%3")
        .arg(esc(v->vpnId), esc(v->name),
             esc(tr("%1 VPN of %n site(s)", nullptr, int(v->members.size())).arg(DisplayText::topology(v->topology))));
}

} // namespace vpnwb
