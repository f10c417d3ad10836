// Steps 4 and 5 for a generated 10,000-site engagement over 50 PEs: the
// design engine decomposes it, the allocator gives every value from empty
// provider pools, the engine completes the design and the validator runs all
// its rules. Then the same with everything already held (a re-run with
// nothing changed). The peer, in the same run: the overlap check of the
// validator (sort and sweep, O(n log n)) beside the pairwise one (O(n²)) on
// the prefixes that the design's largest VPN routes.

#include "benchworkload.h"
#include "designengine.h"
#include "designvalidator.h"
#include "prefixoverlap.h"
#include "resourceallocator.h"
#include "syntheticengagement.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace vpnwb;

namespace {

constexpr int kSites = 10'000;


struct Fixture
{
    Engagement engagement = SyntheticEngagement::generate(kSites);
    PopCatalog catalog = bench::fiftyPes();
    ProviderSettings settings = ProviderSettings::defaultsFor(64500);
    QList<SiteServiceability> results = bench::onNet(engagement);
    QList<ResourceAllocation> held; // after a first design
    QList<Ipv4Prefix> routedByCorp; // what the largest VPN routes: LANs, links, loopbacks

    Fixture()
    {
        engagement.id = 1;
        const DesignEngine engine(catalog, settings);
        const DesignDemand demand = engine.decompose(engagement, results);
        const AllocationPlan plan =
            ResourceAllocator(settings, engine.inventory()).plan(1, demand.requests, {}, {});
        const NetworkDesign design = engine.complete(demand, plan.held, {}, plan.shortages);
        const QList<DesignFinding> findings = DesignValidator::validate(design);
        if (!plan.shortages.isEmpty() || DesignValidator::hasBlocking(findings)) {
            for (const DesignFinding &f : findings)
                std::fprintf(stderr, "[%s] %s\n", qPrintable(f.rule), qPrintable(f.toString()));
            std::fprintf(stderr, "the generated engagement does not design cleanly\n");
            std::exit(1);
        }
        held = plan.held;
        for (const DesignSite &s : design.sites)
            routedByCorp += s.lanPrefixes; // every site is in CORP
        for (const SiteAttachment &a : design.attachments) {
            if (a.vpnId == QLatin1String("CORP") && a.link)
                routedByCorp.append(*a.link);
        }
        for (const VrfInstance &v : design.vrfs) {
            if (v.vpnId == QLatin1String("CORP") && v.loopback)
                routedByCorp.append(
                    Ipv4Prefix::parse(Ipv4Prefix::addressToString(*v.loopback) + QStringLiteral("/32"))
                        .value());
        }
        std::fprintf(stderr,
                     "%lld sites, %lld PEs, %lld VRFs, %lld attachments, %lld values held, %lld findings; "
                     "CORP routes %lld prefixes\n",
                     qlonglong(design.sites.size()), qlonglong(design.pes.size()),
                     qlonglong(design.vrfs.size()), qlonglong(design.attachments.size()),
                     qlonglong(held.size()), qlonglong(findings.size()), qlonglong(routedByCorp.size()));
    }
};

const Fixture &fixture()
{
    static const Fixture f;
    return f;
}

// Decompose, allocate, complete, validate: what 'vpnwb design' computes, without the workspace.
void designAndValidate(benchmark::State &state, bool rerun)
{
    const Fixture &f = fixture();
    const QList<ResourceAllocation> mine = rerun ? f.held : QList<ResourceAllocation>{};
    qsizetype added = 0;
    for (auto _ : state) {
        const DesignEngine engine(f.catalog, f.settings);
        const DesignDemand demand = engine.decompose(f.engagement, f.results);
        const AllocationPlan plan =
            ResourceAllocator(f.settings, engine.inventory()).plan(1, demand.requests, mine, {});
        const NetworkDesign design = engine.complete(demand, plan.held, {}, plan.shortages);
        const QList<DesignFinding> findings = DesignValidator::validate(design);
        added = plan.added.size();
        benchmark::DoNotOptimize(findings.size());
    }
    state.counters["added"] = double(added);
    state.SetItemsProcessed(state.iterations() * kSites);
}

void BM_DesignFirstRun(benchmark::State &state)
{
    designAndValidate(state, false);
}

void BM_DesignRerunNothingChanged(benchmark::State &state)
{
    designAndValidate(state, true);
}

void BM_OverlapSweep(benchmark::State &state)
{
    const QList<Ipv4Prefix> &prefixes = fixture().routedByCorp;
    for (auto _ : state)
        benchmark::DoNotOptimize(PrefixOverlap::findBySweep(prefixes).size());
    state.SetItemsProcessed(state.iterations() * prefixes.size());
}

void BM_OverlapPairwisePeer(benchmark::State &state)
{
    const QList<Ipv4Prefix> &prefixes = fixture().routedByCorp;
    for (auto _ : state)
        benchmark::DoNotOptimize(PrefixOverlap::findPairwise(prefixes).size());
    state.SetItemsProcessed(state.iterations() * prefixes.size());
}

} // namespace

BENCHMARK(BM_DesignFirstRun)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DesignRerunNothingChanged)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OverlapSweep)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OverlapPairwisePeer)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
