// Serviceability of 10,000 generated sites across Europe: the engine with its
// spatial index against the same engine measuring every PoP, side by side.
// Run against the shipped catalog (15 PoPs) and against a generated one of
// 2,000 PoPs, where finding the nearest PoPs is most of the work.

#include "popcatalog.h"
#include "serviceabilityengine.h"

#include <benchmark/benchmark.h>

#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <random>

using namespace vpnwb;

namespace {

constexpr int kSites = 10'000;
constexpr int kGeneratedPops = 2'000;

// Europe from Lisboa to Helsinki, Reykjavík to Athens.
std::uniform_real_distribution<double> latitudes(35.0, 66.0);
std::uniform_real_distribution<double> longitudes(-24.0, 30.0);

QList<Site> europeanSites()
{
    std::mt19937 rng(1);
    const QStringList countries{QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("NL"),
                                QStringLiteral("ES"), QStringLiteral("PT"), QStringLiteral("PL"),
                                QStringLiteral("IT"), QStringLiteral("IS")};
    const std::int64_t bandwidths[] = {10'000, 30'000, 100'000, 200'000, 500'000, 1'000'000};
    const AccessType types[] = {AccessType::Fiber, AccessType::Fiber, AccessType::Copper, AccessType::Dsl,
                                AccessType::Lte};
    std::uniform_int_distribution<int> pick(0, 1'000'000);
    QList<Site> sites;
    for (int i = 0; i < kSites; ++i) {
        Site s;
        s.siteId = QStringLiteral("S%1").arg(i);
        s.countryCode = countries[pick(rng) % countries.size()];
        s.latitude = latitudes(rng);
        s.longitude = longitudes(rng);
        s.bandwidthKbps = bandwidths[pick(rng) % std::size(bandwidths)];
        s.accessType = types[pick(rng) % std::size(types)];
        s.resiliency = pick(rng) % 10 == 0 ? Resiliency::DualHomed : Resiliency::Single;
        sites.append(s);
    }
    return sites;
}

const PopCatalog &shippedCatalog()
{
    static const PopCatalog catalog = [] {
        auto c = PopCatalog::builtIn();
        if (!c) {
            std::fprintf(stderr, "%s\n", qPrintable(c.error().message));
            std::exit(1);
        }
        return *c;
    }();
    return catalog;
}

// The shipped catalog's partners and PoP designs, at kGeneratedPops places across Europe.
const PopCatalog &generatedCatalog()
{
    static const PopCatalog catalog = [] {
        std::mt19937 rng(2);
        PopCatalog c = shippedCatalog();
        const QList<Pop> designs = c.pops;
        c.pops.clear();
        for (int i = 0; i < kGeneratedPops; ++i) {
            Pop p = designs[i % designs.size()];
            p.popId = QStringLiteral("G%1").arg(i);
            p.latitude = latitudes(rng);
            p.longitude = longitudes(rng);
            for (ProviderEdge &pe : p.pes)
                pe.name = p.popId + QLatin1Char('-') + pe.name;
            c.pops.append(p);
        }
        return c;
    }();
    return catalog;
}

void serviceability(benchmark::State &state, const PopCatalog &(*catalog)(),
                    ServiceabilityEngine::NearestSearch search)
{
    static const QList<Site> sites = europeanSites();
    const ServiceabilityEngine engine(catalog(), search);
    for (auto _ : state) {
        for (const Site &s : sites)
            benchmark::DoNotOptimize(engine.evaluate(s));
    }
    state.SetItemsProcessed(state.iterations() * sites.size());
}

} // namespace

BENCHMARK_CAPTURE(serviceability, shipped_catalog_spatial_index, shippedCatalog,
                  ServiceabilityEngine::NearestSearch::SpatialIndex)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(serviceability, shipped_catalog_linear_scan, shippedCatalog,
                  ServiceabilityEngine::NearestSearch::LinearScan)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(serviceability, 2000_pops_spatial_index, generatedCatalog,
                  ServiceabilityEngine::NearestSearch::SpatialIndex)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(serviceability, 2000_pops_linear_scan, generatedCatalog,
                  ServiceabilityEngine::NearestSearch::LinearScan)
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
