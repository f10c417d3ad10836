#include "demoengagement.h"
#include "serviceabilityengine.h"

#include <QHash>

#include <gtest/gtest.h>

#include <random>

using namespace vpnwb;

namespace {

// 1/100 of a degree of latitude is 1.11 km everywhere.
constexpr double kKmPerDegree = 111.195;

ProviderEdge pe(const QString &name, std::int64_t fastestPortMbps = 10000)
{
    return {name,
            QStringLiteral("frr"),
            QStringLiteral("FRR 8.4"),
            QStringLiteral("192.0.2.1"),
            {{fastestPortMbps, 8}, {1000, 24}}};
}

// A PoP on the meridian 8° E, `kmNorth` km north of 50° N.
Pop pop(const QString &id, double kmNorth, QList<ProviderEdge> pes, QList<AccessOffer> access)
{
    return {id,
            id,
            QStringLiteral("City"),
            QStringLiteral("DE"),
            50.0 + kmNorth / kKmPerDegree,
            8.0,
            std::move(pes),
            std::move(access)};
}

AccessOffer fiber(double reachKm = 50.0, std::int64_t maxKbps = 1'000'000, int leadDays = 30)
{
    return {AccessType::Fiber, reachKm, maxKbps, leadDays};
}

PartnerProduct partner(const QString &name, const QString &country, std::int64_t maxKbps,
                       std::int64_t costMinor, int leadDays, AccessType type = AccessType::Fiber)
{
    return {name, country, type, maxKbps, costMinor, QStringLiteral("EUR"), leadDays};
}

// A site at 50° N 8° E in Germany.
Site site(std::int64_t bandwidthKbps = 100'000, AccessType type = AccessType::Fiber,
          Resiliency resiliency = Resiliency::Single)
{
    Site s;
    s.siteId = QStringLiteral("S1");
    s.name = QStringLiteral("Site");
    s.countryCode = QStringLiteral("DE");
    s.latitude = 50.0;
    s.longitude = 8.0;
    s.bandwidthKbps = bandwidthKbps;
    s.accessType = type;
    s.resiliency = resiliency;
    return s;
}

SiteServiceability check(const PopCatalog &catalog, const Site &s)
{
    return ServiceabilityEngine(catalog).evaluate(s);
}

} // namespace

TEST(ServiceabilityEngine, OnNetFromTheNearestPopInReach)
{
    PopCatalog c;
    c.pops = {pop(QStringLiteral("FAR"), 30, {pe(QStringLiteral("far-pe1"))}, {fiber()}),
              pop(QStringLiteral("NEAR"), -5, {pe(QStringLiteral("near-pe1"))}, {fiber(50, 1'000'000, 21)})};
    const auto r = check(c, site());
    EXPECT_EQ(r.verdict, ServiceabilityVerdict::OnNet);
    EXPECT_EQ(r.siteId, QStringLiteral("S1"));
    EXPECT_EQ(r.primaryPopId, QStringLiteral("NEAR"));
    EXPECT_EQ(r.primaryPe, QStringLiteral("near-pe1"));
    EXPECT_TRUE(r.secondaryPe.isEmpty());
    ASSERT_TRUE(r.distanceKm.has_value());
    EXPECT_NEAR(*r.distanceKm, 5.0, 0.01);
    EXPECT_EQ(r.leadTimeDays, 21);
    EXPECT_TRUE(r.partner.isEmpty());
    EXPECT_EQ(r.reason, QStringLiteral("fiber 100 Mb/s from NEAR at 5.0 km (reach 50 km) on near-pe1"));
    EXPECT_EQ(r.inputsHash, SiteServiceability::inputsHashOf(site()));
}

TEST(ServiceabilityEngine, ReachIsThatOfEachPop)
{
    PopCatalog c;
    c.pops = {pop(QStringLiteral("SHORT"), 10, {pe(QStringLiteral("short-pe1"))}, {fiber(5)}),
              pop(QStringLiteral("LONG"), 40, {pe(QStringLiteral("long-pe1"))}, {fiber(60)})};
    const auto r = check(c, site());
    EXPECT_EQ(r.verdict, ServiceabilityVerdict::OnNet);
    EXPECT_EQ(r.primaryPopId, QStringLiteral("LONG"));
}

TEST(ServiceabilityEngine, TheFirstPeWithAFastEnoughPortServes)
{
    PopCatalog c;
    c.pops = {pop(QStringLiteral("A"), 1,
                  {pe(QStringLiteral("a-pe1"), 1000), pe(QStringLiteral("a-pe2"), 10000)},
                  {fiber(50, 10'000'000)})};
    EXPECT_EQ(check(c, site(1'000'000)).primaryPe, QStringLiteral("a-pe1"));
    EXPECT_EQ(check(c, site(2'000'000)).primaryPe, QStringLiteral("a-pe2"));
}

TEST(ServiceabilityEngine, OffNetThroughTheCheapestPartnerThatFits)
{
    PopCatalog c;
    c.pops = {pop(QStringLiteral("FAR"), 300, {pe(QStringLiteral("far-pe1"))}, {fiber(40)})};
    c.partners = {
        partner(QStringLiteral("Slow"), QStringLiteral("DE"), 50'000, 100, 5),
        partner(QStringLiteral("Dear"), QStringLiteral("DE"), 1'000'000, 90000, 20),
        partner(QStringLiteral("Cheap"), QStringLiteral("DE"), 1'000'000, 40000, 60),
        partner(QStringLiteral("Abroad"), QStringLiteral("AT"), 1'000'000, 100, 5),
        partner(QStringLiteral("Copper"), QStringLiteral("DE"), 1'000'000, 100, 5, AccessType::Copper)};
    const auto r = check(c, site());
    EXPECT_EQ(r.verdict, ServiceabilityVerdict::OffNet);
    EXPECT_EQ(r.partner, QStringLiteral("Cheap"));
    EXPECT_EQ(r.monthlyCostMinor, 40000);
    EXPECT_EQ(r.leadTimeDays, 60);
    EXPECT_TRUE(r.primaryPe.isEmpty());
    ASSERT_TRUE(r.distanceKm.has_value());
    EXPECT_NEAR(*r.distanceKm, 300.0, 0.1);
    EXPECT_EQ(r.reason, QStringLiteral("nearest fiber PoP FAR is 300.0 km away (reach 40 km); "
                                       "off-net through Cheap (fiber up to 1 Gb/s in DE)"));
}

TEST(ServiceabilityEngine, UnserviceableSaysWhyOnAndOffNet)
{
    PopCatalog c;
    c.pops = {pop(QStringLiteral("FAR"), 412, {pe(QStringLiteral("far-pe1"))}, {fiber(60)})};
    c.partners = {partner(QStringLiteral("Lusa"), QStringLiteral("PT"), 1'000'000, 45000, 45)};
    const auto r = check(c, site());
    EXPECT_EQ(r.verdict, ServiceabilityVerdict::Unserviceable);
    EXPECT_EQ(r.leadTimeDays, 0);
    EXPECT_TRUE(r.partner.isEmpty());
    EXPECT_EQ(r.reason, QStringLiteral("nearest fiber PoP FAR is 412.0 km away (reach 60 km); "
                                       "no partner sells fiber in DE"));
}

TEST(ServiceabilityEngine, AccessTypeNotOffered)
{
    PopCatalog c;
    c.pops = {pop(QStringLiteral("A"), 1, {pe(QStringLiteral("a-pe1"))}, {fiber()})};
    const auto r = check(c, site(20'000, AccessType::Lte));
    EXPECT_EQ(r.verdict, ServiceabilityVerdict::Unserviceable);
    EXPECT_FALSE(r.distanceKm.has_value());
    EXPECT_EQ(r.reason, QStringLiteral("no PoP sells lte access; no partner sells lte in DE"));
}

TEST(ServiceabilityEngine, BandwidthTooHighForPopPortAndPartner)
{
    PopCatalog c;
    c.pops = {pop(QStringLiteral("A"), 2, {pe(QStringLiteral("a-pe1"))}, {fiber(50, 1'000'000)}),
              pop(QStringLiteral("B"), 8, {pe(QStringLiteral("b-pe1"), 1000)}, {fiber(50, 10'000'000)}),
              pop(QStringLiteral("C"), 80, {pe(QStringLiteral("c-pe1"))}, {fiber(50, 10'000'000)})};
    c.partners = {partner(QStringLiteral("P"), QStringLiteral("DE"), 1'000'000, 50000, 40)};
    const auto r = check(c, site(2'500'000));
    EXPECT_EQ(r.verdict, ServiceabilityVerdict::Unserviceable);
    EXPECT_EQ(r.reason,
              QStringLiteral("no PoP in reach takes fiber 2.5 Gb/s: A at 2.0 km sells fiber only up to "
                             "1 Gb/s; B at 8.0 km has no PE port of 2.5 Gb/s or faster; "
                             "partners sell fiber in DE only up to 1 Gb/s"));
}

TEST(ServiceabilityEngine, DualHomedOnTwoPops)
{
    PopCatalog c;
    c.pops = {pop(QStringLiteral("A"), 3, {pe(QStringLiteral("a-pe1")), pe(QStringLiteral("a-pe2"))},
                  {fiber(50, 1'000'000, 30)}),
              pop(QStringLiteral("B"), -12, {pe(QStringLiteral("b-pe1"))}, {fiber(50, 1'000'000, 45)}),
              pop(QStringLiteral("C"), 20, {pe(QStringLiteral("c-pe1"))}, {fiber()})};
    const auto r = check(c, site(1'000'000, AccessType::Fiber, Resiliency::DualHomed));
    EXPECT_EQ(r.verdict, ServiceabilityVerdict::OnNet);
    EXPECT_EQ(r.primaryPopId, QStringLiteral("A"));
    EXPECT_EQ(r.primaryPe, QStringLiteral("a-pe1"));
    EXPECT_EQ(r.secondaryPopId, QStringLiteral("B"));
    EXPECT_EQ(r.secondaryPe, QStringLiteral("b-pe1"));
    EXPECT_EQ(r.leadTimeDays, 45); // the later of the two circuits
    EXPECT_EQ(r.reason,
              QStringLiteral(
                  "fiber 1 Gb/s dual-homed on two PoPs: A at 3.0 km on a-pe1 and B at 12.0 km on b-pe1"));
}

TEST(ServiceabilityEngine, DualHomedOnOnePopIsPeDiversityOnly)
{
    PopCatalog c;
    c.pops = {
        pop(QStringLiteral("A"), 3, {pe(QStringLiteral("a-pe1")), pe(QStringLiteral("a-pe2"))}, {fiber()}),
        pop(QStringLiteral("B"), 9, {pe(QStringLiteral("b-pe1"))}, {fiber(50, 100'000)})};
    const auto r = check(c, site(500'000, AccessType::Fiber, Resiliency::DualHomed));
    EXPECT_EQ(r.verdict, ServiceabilityVerdict::OnNet);
    EXPECT_EQ(r.primaryPopId, QStringLiteral("A"));
    EXPECT_EQ(r.secondaryPopId, QStringLiteral("A"));
    EXPECT_EQ(r.primaryPe, QStringLiteral("a-pe1"));
    EXPECT_EQ(r.secondaryPe, QStringLiteral("a-pe2"));
    EXPECT_EQ(r.reason,
              QStringLiteral("fiber 500 Mb/s from A at 3.0 km on a-pe1 and a-pe2: PE diversity only, "
                             "same PoP; no other PoP in reach qualifies: B at 9.0 km sells fiber only "
                             "up to 100 Mb/s"));
}

TEST(ServiceabilityEngine, DualHomedWithoutASecondPeIsUnserviceable)
{
    PopCatalog c;
    c.pops = {pop(QStringLiteral("A"), 3, {pe(QStringLiteral("a-pe1")), pe(QStringLiteral("a-pe2"), 1000)},
                  {fiber()})};
    c.partners = {partner(QStringLiteral("P"), QStringLiteral("DE"), 1'000'000, 50000, 40)};
    auto r = check(c, site(1'000'000, AccessType::Fiber, Resiliency::DualHomed));
    EXPECT_EQ(r.verdict, ServiceabilityVerdict::OnNet); // both PEs have a port of 1 Gb/s

    c.pops[0].pes[1].ports = {{100, 48}};
    r = check(c, site(1'000'000, AccessType::Fiber, Resiliency::DualHomed));
    EXPECT_EQ(r.verdict, ServiceabilityVerdict::Unserviceable);
    EXPECT_TRUE(r.primaryPe.isEmpty());
    EXPECT_TRUE(r.secondaryPe.isEmpty());
    EXPECT_EQ(r.reason,
              QStringLiteral("dual homing needs two PEs, but only a-pe1 (A at 3.0 km) can take fiber "
                             "1 Gb/s; no other PoP sells fiber within reach"));

    // No PoP in reach at all: a partner could serve it, but only single-homed.
    c.pops[0].latitude = 52.0;
    r = check(c, site(1'000'000, AccessType::Fiber, Resiliency::DualHomed));
    EXPECT_EQ(r.verdict, ServiceabilityVerdict::Unserviceable);
    EXPECT_TRUE(
        r.reason.startsWith(QStringLiteral("dual homing needs two PEs, but nearest fiber PoP A is ")));
    EXPECT_TRUE(r.reason.endsWith(QStringLiteral("; single-homed, it could go off-net through P")))
        << r.reason.toStdString();
}

TEST(ServiceabilityEngine, EqualDistancesGoToTheFirstPopOfTheCatalog)
{
    PopCatalog c;
    c.pops = {pop(QStringLiteral("X"), 4, {pe(QStringLiteral("x-pe1"))}, {fiber()}),
              pop(QStringLiteral("Y"), 4, {pe(QStringLiteral("y-pe1"))}, {fiber()})};
    EXPECT_EQ(check(c, site()).primaryPopId, QStringLiteral("X"));
    std::swap(c.pops[0], c.pops[1]);
    EXPECT_EQ(check(c, site()).primaryPopId, QStringLiteral("Y"));
}

TEST(ServiceabilityEngine, DemoEngagementAgainstTheShippedCatalog)
{
    const auto demo = DemoEngagement::load();
    const auto catalog = PopCatalog::builtIn();
    ASSERT_TRUE(demo.ok() && catalog.ok());
    const QList<SiteServiceability> results = ServiceabilityEngine(*catalog).evaluate(*demo);
    ASSERT_EQ(results.size(), demo->sites.size());

    QHash<QString, SiteServiceability> bySite;
    for (qsizetype i = 0; i < results.size(); ++i) {
        EXPECT_EQ(results[i].siteId, demo->sites[i].siteId) << "results follow the order of sites";
        EXPECT_FALSE(results[i].reason.isEmpty()) << results[i].siteId.toStdString();
        bySite.insert(results[i].siteId, results[i]);
    }
    const auto &lis = bySite[QStringLiteral("ST-LIS01")];
    EXPECT_EQ(lis.verdict, ServiceabilityVerdict::OffNet);
    EXPECT_EQ(lis.partner, QStringLiteral("Atlântico Acesso Grossista"));
    EXPECT_EQ(lis.monthlyCostMinor, 45000);
    EXPECT_EQ(lis.leadTimeDays, 45);
    const auto &poz = bySite[QStringLiteral("WH-POZ01")];
    EXPECT_EQ(poz.verdict, ServiceabilityVerdict::OffNet);
    EXPECT_EQ(poz.partner, QStringLiteral("Wisła Światłowód Hurt"));
    EXPECT_TRUE(poz.reason.startsWith(QStringLiteral("nearest fiber PoP BER1 is 229.8 km away")))
        << poz.reason.toStdString();
    const auto &rek = bySite[QStringLiteral("ST-REK01")];
    EXPECT_EQ(rek.verdict, ServiceabilityVerdict::Unserviceable);
    EXPECT_TRUE(rek.reason.endsWith(QStringLiteral("no partner sells fiber in IS")))
        << rek.reason.toStdString();

    for (const SiteServiceability &r : results) {
        if (r.siteId == QLatin1String("ST-LIS01") || r.siteId == QLatin1String("WH-POZ01") ||
            r.siteId == QLatin1String("ST-REK01"))
            continue;
        EXPECT_EQ(r.verdict, ServiceabilityVerdict::OnNet)
            << r.siteId.toStdString() << ": " << r.reason.toStdString();
        EXPECT_FALSE(r.primaryPe.isEmpty());
    }
    for (const char *hub : {"DC-FRA", "DC-AMS"}) {
        const auto &r = bySite[QLatin1String(hub)];
        EXPECT_FALSE(r.secondaryPe.isEmpty()) << hub;
        EXPECT_NE(r.primaryPe, r.secondaryPe) << hub;
    }
    EXPECT_EQ(bySite[QStringLiteral("DC-FRA")].primaryPopId, QStringLiteral("FRA1"));
    EXPECT_EQ(bySite[QStringLiteral("ST-LYS01")].primaryPopId, QStringLiteral("LYS1"));
    EXPECT_EQ(bySite[QStringLiteral("ST-VIE01")].primaryPopId, QStringLiteral("VIE1"));
}

TEST(ServiceabilityEngine, SpatialIndexAndLinearScanGiveTheSameResults)
{
    const auto catalog = PopCatalog::builtIn();
    ASSERT_TRUE(catalog.ok());
    const ServiceabilityEngine indexed(*catalog, ServiceabilityEngine::NearestSearch::SpatialIndex);
    const ServiceabilityEngine scanned(*catalog, ServiceabilityEngine::NearestSearch::LinearScan);
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> lat(36.0, 60.0);
    std::uniform_real_distribution<double> lon(-10.0, 25.0);
    std::uniform_int_distribution<int> pick(0, 3);
    const QStringList countries{QStringLiteral("DE"), QStringLiteral("PT"), QStringLiteral("PL"),
                                QStringLiteral("FR")};
    const std::int64_t bandwidths[] = {10'000, 50'000, 200'000, 2'000'000};
    for (int i = 0; i < 2000; ++i) {
        Site s = site(bandwidths[pick(rng)], static_cast<AccessType>(pick(rng)),
                      pick(rng) == 0 ? Resiliency::DualHomed : Resiliency::Single);
        s.countryCode = countries[pick(rng)];
        // Half of the sites close to a PoP, so that every verdict occurs.
        const Pop &near = catalog->pops[i % catalog->pops.size()];
        s.latitude = i % 2 ? lat(rng) : near.latitude + (lat(rng) - 48.0) / 200.0;
        s.longitude = i % 2 ? lon(rng) : near.longitude + (lon(rng) - 7.5) / 200.0;
        EXPECT_EQ(indexed.evaluate(s), scanned.evaluate(s)) << "site " << i;
    }
}
