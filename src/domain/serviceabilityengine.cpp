#include "serviceabilityengine.h"

#include <QStringList>

#include <algorithm>
#include <limits>
#include <tuple>

namespace vpnwb {
namespace {

QString bandwidthText(std::int64_t kbps)
{
    if (kbps >= 1'000'000)
        return QString::number(static_cast<double>(kbps) / 1e6, 'g', 6) + QStringLiteral(" Gb/s");
    if (kbps >= 1000)
        return QString::number(static_cast<double>(kbps) / 1e3, 'g', 6) + QStringLiteral(" Mb/s");
    return QString::number(kbps) + QStringLiteral(" kb/s");
}

QString kmText(double km)
{
    return QString::number(km, 'f', 1) + QStringLiteral(" km");
}

} // namespace

// A PoP in reach that can take the site: its offer and the PEs with a port fast enough.
struct ServiceabilityEngine::OnNet
{
    struct Choice
    {
        const Pop *pop = nullptr;
        const AccessOffer *offer = nullptr;
        double distanceKm = 0.0;
        QList<const ProviderEdge *> pes;

        QString where() const { return QStringLiteral("%1 at %2").arg(pop->popId, kmText(distanceKm)); }
    };

    QList<Choice> choices;           // nearest first
    QStringList rejections;          // why each other PoP in reach cannot take the site
    std::optional<double> nearestKm; // the nearest PoP selling the access type, in reach or not
    QString whyNone;                 // set when there is no choice
};

// The cheapest partner product that fits, or why none does.
struct ServiceabilityEngine::OffNet
{
    const PartnerProduct *product = nullptr;
    QString whyNone;
};

ServiceabilityEngine::ServiceabilityEngine(PopCatalog catalog, NearestSearch search)
    : m_catalog(std::move(catalog)), m_search(search)
{
    for (const Pop &pop : m_catalog.pops) {
        for (const AccessOffer &offer : pop.access) {
            auto [it, added] = m_byAccess.try_emplace(offer.type);
            if (added)
                it->second.pops = PopSpatialIndex(m_catalog.pops, offer.type);
            it->second.maxReachKm = std::max(it->second.maxReachKm, offer.maxReachKm);
        }
    }
    for (qsizetype i = 0; i < m_catalog.partners.size(); ++i)
        m_partnersByCountry[m_catalog.partners[i].countryCode].append(i);
}

QList<PopDistance> ServiceabilityEngine::nearest(const AccessIndex &index, const Site &site, qsizetype k,
                                                 double maxKm) const
{
    return m_search == NearestSearch::SpatialIndex
               ? index.pops.nearest(site.latitude, site.longitude, k, maxKm)
               : index.pops.nearestByScan(site.latitude, site.longitude, k, maxKm);
}

ServiceabilityEngine::OnNet ServiceabilityEngine::findOnNet(const Site &site) const
{
    OnNet out;
    const QString access = toString(site.accessType);
    const auto index = m_byAccess.find(site.accessType);
    if (index == m_byAccess.end()) {
        out.whyNone = QStringLiteral("no PoP sells %1 access").arg(access);
        return out;
    }
    const QList<PopDistance> inRange =
        nearest(index->second, site, index->second.pops.size(), index->second.maxReachKm);
    // Only when no PoP is that near does the nearest need a search of its own.
    const PopDistance closest =
        inRange.isEmpty() ? nearest(index->second, site, 1, std::numeric_limits<double>::infinity()).first()
                          : inRange.first();
    out.nearestKm = closest.distanceKm;
    for (const PopDistance &d : inRange) {
        const Pop &pop = m_catalog.pops[d.popIndex];
        const AccessOffer *offer = pop.offer(site.accessType);
        if (d.distanceKm > offer->maxReachKm)
            continue; // in reach of another PoP's offer, not of this one's
        OnNet::Choice choice{&pop, offer, d.distanceKm, {}};
        if (offer->maxBandwidthKbps < site.bandwidthKbps) {
            out.rejections << QStringLiteral("%1 sells %2 only up to %3")
                                  .arg(choice.where(), access, bandwidthText(offer->maxBandwidthKbps));
            continue;
        }
        for (const ProviderEdge &pe : pop.pes) {
            if (pe.hasPortFor(site.bandwidthKbps))
                choice.pes.append(&pe);
        }
        if (choice.pes.isEmpty()) {
            out.rejections << QStringLiteral("%1 has no PE port of %2 or faster")
                                  .arg(choice.where(), bandwidthText(site.bandwidthKbps));
            continue;
        }
        out.choices.append(choice);
    }
    if (out.choices.isEmpty()) {
        if (!out.rejections.isEmpty()) {
            out.whyNone = QStringLiteral("no PoP in reach takes %1 %2: %3")
                              .arg(access, bandwidthText(site.bandwidthKbps),
                                   out.rejections.join(QStringLiteral("; ")));
        } else {
            const Pop &pop = m_catalog.pops[closest.popIndex];
            out.whyNone = QStringLiteral("nearest %1 PoP %2 is %3 away (reach %4 km)")
                              .arg(access, pop.popId, kmText(closest.distanceKm),
                                   QString::number(pop.offer(site.accessType)->maxReachKm));
        }
    }
    return out;
}

ServiceabilityEngine::OffNet ServiceabilityEngine::findOffNet(const Site &site) const
{
    OffNet out;
    std::int64_t fastestKbps = 0;
    for (const qsizetype i : m_partnersByCountry.value(site.countryCode)) {
        const PartnerProduct &p = m_catalog.partners[i];
        if (p.accessType != site.accessType)
            continue;
        fastestKbps = std::max(fastestKbps, p.maxBandwidthKbps);
        if (p.maxBandwidthKbps < site.bandwidthKbps)
            continue;
        // The cheapest, then the quickest; the first in the catalog among equals.
        if (!out.product || std::tie(p.monthlyCostMinor, p.leadTimeDays) <
                                std::tie(out.product->monthlyCostMinor, out.product->leadTimeDays))
            out.product = &p;
    }
    const QString access = toString(site.accessType);
    if (fastestKbps == 0)
        out.whyNone = QStringLiteral("no partner sells %1 in %2").arg(access, site.countryCode);
    else if (!out.product)
        out.whyNone = QStringLiteral("partners sell %1 in %2 only up to %3")
                          .arg(access, site.countryCode, bandwidthText(fastestKbps));
    return out;
}

SiteServiceability ServiceabilityEngine::evaluate(const Site &site) const
{
    SiteServiceability r;
    r.siteId = site.siteId;
    r.inputsHash = SiteServiceability::inputsHashOf(site);
    const OnNet onNet = findOnNet(site);
    const QString request = toString(site.accessType) + QLatin1Char(' ') + bandwidthText(site.bandwidthKbps);
    r.distanceKm = onNet.nearestKm;

    if (site.resiliency == Resiliency::DualHomed && !onNet.choices.isEmpty()) {
        const OnNet::Choice &first = onNet.choices[0];
        const OnNet::Choice *second = onNet.choices.size() >= 2 ? &onNet.choices[1] : nullptr;
        const QString others =
            onNet.rejections.isEmpty()
                ? QStringLiteral("no other PoP sells %1 within reach").arg(toString(site.accessType))
                : QStringLiteral("no other PoP in reach qualifies: %1")
                      .arg(onNet.rejections.join(QStringLiteral("; ")));
        if (!second && first.pes.size() < 2) {
            r.verdict = ServiceabilityVerdict::Unserviceable;
            r.reason = QStringLiteral("dual homing needs two PEs, but only %1 (%2) can take %3; %4")
                           .arg(first.pes[0]->name, first.where(), request, others);
            return r;
        }
        r.verdict = ServiceabilityVerdict::OnNet;
        r.primaryPopId = first.pop->popId;
        r.primaryPe = first.pes[0]->name;
        r.distanceKm = first.distanceKm;
        if (second) {
            r.secondaryPopId = second->pop->popId;
            r.secondaryPe = second->pes[0]->name;
            r.leadTimeDays = std::max(first.offer->leadTimeDays, second->offer->leadTimeDays);
            r.reason = QStringLiteral("%1 dual-homed on two PoPs: %2 on %3 and %4 on %5")
                           .arg(request, first.where(), r.primaryPe, second->where(), r.secondaryPe);
        } else {
            r.secondaryPopId = first.pop->popId;
            r.secondaryPe = first.pes[1]->name;
            r.leadTimeDays = first.offer->leadTimeDays;
            r.reason = QStringLiteral("%1 from %2 on %3 and %4: PE diversity only, same PoP; %5")
                           .arg(request, first.where(), r.primaryPe, r.secondaryPe, others);
        }
        return r;
    }

    if (!onNet.choices.isEmpty()) {
        const OnNet::Choice &c = onNet.choices[0];
        r.verdict = ServiceabilityVerdict::OnNet;
        r.primaryPopId = c.pop->popId;
        r.primaryPe = c.pes[0]->name;
        r.distanceKm = c.distanceKm;
        r.leadTimeDays = c.offer->leadTimeDays;
        r.reason = QStringLiteral("%1 from %2 (reach %3 km) on %4")
                       .arg(request, c.where(), QString::number(c.offer->maxReachKm), r.primaryPe);
        return r;
    }

    const OffNet offNet = findOffNet(site);
    if (site.resiliency == Resiliency::DualHomed) {
        r.verdict = ServiceabilityVerdict::Unserviceable;
        r.reason = QStringLiteral("dual homing needs two PEs, but %1").arg(onNet.whyNone);
        if (offNet.product)
            r.reason +=
                QStringLiteral("; single-homed, it could go off-net through %1").arg(offNet.product->partner);
        return r;
    }
    if (offNet.product) {
        r.verdict = ServiceabilityVerdict::OffNet;
        r.partner = offNet.product->partner;
        r.monthlyCostMinor = offNet.product->monthlyCostMinor;
        r.leadTimeDays = offNet.product->leadTimeDays;
        r.reason = QStringLiteral("%1; off-net through %2 (%3 up to %4 in %5)")
                       .arg(onNet.whyNone, r.partner, toString(site.accessType),
                            bandwidthText(offNet.product->maxBandwidthKbps), site.countryCode);
        return r;
    }
    r.verdict = ServiceabilityVerdict::Unserviceable;
    r.reason = QStringLiteral("%1; %2").arg(onNet.whyNone, offNet.whyNone);
    return r;
}

QList<SiteServiceability> ServiceabilityEngine::evaluate(const Engagement &engagement) const
{
    QList<SiteServiceability> out;
    out.reserve(engagement.sites.size());
    for (const Site &site : engagement.sites)
        out.append(evaluate(site));
    return out;
}

} // namespace vpnwb
