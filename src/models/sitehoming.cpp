#include "sitehoming.h"

#include "displaytext.h"
#include "engagementdocument.h"
#include "greatcircle.h"
#include "rehomesitescommand.h"
#include "serviceabilityrepository.h"

#include <algorithm>

namespace vpnwb {
namespace {

struct PeInCatalog
{
    const Pop *pop = nullptr;
    const ProviderEdge *pe = nullptr;
};

PeInCatalog findPe(const PopCatalog &catalog, const QString &name)
{
    for (const Pop &pop : catalog.pops) {
        for (const ProviderEdge &pe : pop.pes) {
            if (pe.name == name)
                return {&pop, &pe};
        }
    }
    return {};
}

} // namespace

SiteHoming::SiteHoming(EngagementDocument &doc, PopCatalog catalog, QObject *parent)
    : QObject(parent), m_doc(doc), m_catalog(std::move(catalog))
{
    connect(&doc, &EngagementDocument::engagementOpened, this, &SiteHoming::reload);
    connect(&doc, &EngagementDocument::engagementClosed, this, &SiteHoming::reload);
    reload();
}

const SiteServiceability *SiteHoming::result(const QString &siteId) const
{
    const auto it = m_bySite.constFind(siteId);
    return it == m_bySite.cend() ? nullptr : &m_results[*it];
}

void SiteHoming::reload()
{
    m_results.clear();
    m_bySite.clear();
    if (m_doc.isOpen()) {
        auto loaded = ServiceabilityRepository(m_doc.database()).load(m_doc.engagement().id);
        if (loaded)
            m_results = std::move(loaded.value());
        else
            emit m_doc.errorOccurred(tr("The serviceability results of “%1” could not be read: %2")
                                         .arg(m_doc.engagement().name, loaded.error().message));
    }
    for (qsizetype i = 0; i < m_results.size(); ++i)
        m_bySite.insert(m_results[i].siteId, i);
    emit resultsReset();
}

Result<SiteServiceability> SiteHoming::rehomed(const Site &site, const QString &peName) const
{
    const PeInCatalog target = findPe(m_catalog, peName);
    if (!target.pe)
        return Error::notFound(tr("There is no PE named %1 in the PoP catalog.").arg(peName));
    const SiteServiceability *current = result(site.siteId);
    if (!current)
        return Error::invalidInput(
            tr("Site %1 has no serviceability result yet; check serviceability before re-homing it.")
                .arg(site.siteId));
    if (current->isStaleFor(site))
        return Error::invalidInput(tr("Site %1 changed after its serviceability was checked; check it again "
                                      "before re-homing it.")
                                       .arg(site.siteId));
    if (current->verdict == ServiceabilityVerdict::OffNet)
        return Error::invalidInput(tr("Site %1 is reached off-net through %2, so it has no PE of its own to "
                                      "re-home.")
                                       .arg(site.siteId, current->partner));
    if (current->verdict == ServiceabilityVerdict::Unserviceable)
        return Error::invalidInput(
            tr("Site %1 is unserviceable (%2); change its access or remove it.").arg(site.siteId, current->reason));
    if (current->primaryPe == peName)
        return Error::conflict(tr("Site %1 is homed on %2 already.").arg(site.siteId, peName));

    SiteServiceability out = *current;
    if (current->secondaryPe == peName) {
        std::swap(out.primaryPe, out.secondaryPe);
        std::swap(out.primaryPopId, out.secondaryPopId);
    } else {
        const AccessOffer *offer = target.pop->offer(site.accessType);
        if (!offer)
            return Error::invalidInput(tr("PoP %1 does not sell %2 access, which site %3 needs.")
                                           .arg(target.pop->popId, DisplayText::accessType(site.accessType),
                                                site.siteId));
        const double km =
            GreatCircle::distanceKm(site.latitude, site.longitude, target.pop->latitude, target.pop->longitude);
        if (km > offer->maxReachKm)
            return Error::invalidInput(tr("Site %1 is %2 km from PoP %3; its %4 access reaches %5 km.")
                                           .arg(site.siteId)
                                           .arg(km, 0, 'f', 1)
                                           .arg(target.pop->popId, DisplayText::accessType(site.accessType))
                                           .arg(offer->maxReachKm, 0, 'f', 0));
        if (site.bandwidthKbps > offer->maxBandwidthKbps || !target.pe->hasPortFor(site.bandwidthKbps))
            return Error::invalidInput(tr("%1 at PoP %2 cannot carry the %3 of site %4.")
                                           .arg(peName, target.pop->popId, DisplayText::bandwidth(site.bandwidthKbps),
                                                site.siteId));
        out.primaryPe = peName;
        out.primaryPopId = target.pop->popId;
        out.distanceKm = km;
        out.leadTimeDays = offer->leadTimeDays;
        if (const PeInCatalog other = findPe(m_catalog, out.secondaryPe); other.pop) {
            if (const AccessOffer *o = other.pop->offer(site.accessType))
                out.leadTimeDays = std::max(out.leadTimeDays, o->leadTimeDays);
        }
    }
    out.reason = tr("Re-homed by hand from %1 to %2.").arg(current->primaryPe, out.primaryPe);
    return out;
}

Status SiteHoming::rehome(const QStringList &siteIds, const QString &peName)
{
    QList<SiteServiceability> before;
    QList<SiteServiceability> after;
    QStringList refused;
    Error firstError;
    for (const QString &id : siteIds) {
        const Site *site = m_doc.engagement().findSite(id);
        if (!site)
            continue;
        auto moved = rehomed(*site, peName);
        if (!moved) {
            if (moved.error().code == Error::Code::Conflict) // homed there already: nothing to do
                continue;
            if (refused.isEmpty())
                firstError = moved.error();
            refused.append(moved.error().message);
            continue;
        }
        before.append(*result(id));
        after.append(moved.value());
    }
    if (!refused.isEmpty() && !after.isEmpty())
        emit m_doc.errorOccurred(tr("%n site(s) were not re-homed: %1", nullptr, static_cast<int>(refused.size()))
                                     .arg(refused.join(QLatin1Char(' '))));
    if (after.isEmpty())
        return refused.isEmpty() ? Status::success() : Status(firstError);
    const QString text = after.size() == 1 ? tr("Re-home site %1 to %2").arg(after.first().siteId, peName)
                                           : tr("Re-home %n site(s) to %1", nullptr, static_cast<int>(after.size()))
                                                 .arg(peName);
    m_doc.undoStack()->push(new RehomeSitesCommand(*this, std::move(before), std::move(after), text));
    return Status::success();
}

bool SiteHoming::applyResults(const QList<SiteServiceability> &changed)
{
    QList<SiteServiceability> all = m_results;
    QStringList ids;
    for (const SiteServiceability &r : changed) {
        const auto it = m_bySite.constFind(r.siteId);
        if (it == m_bySite.cend())
            return false;
        all[*it] = r;
        ids.append(r.siteId);
    }
    auto saved = ServiceabilityRepository(m_doc.database()).save(m_doc.engagement().id, all);
    if (!saved) {
        emit m_doc.errorOccurred(tr("The homing of %1 was not saved: %2")
                                     .arg(ids.join(QStringLiteral(", ")), saved.error().message));
        return false;
    }
    m_results = std::move(saved.value());
    emit homingChanged(ids);
    return true;
}

} // namespace vpnwb
