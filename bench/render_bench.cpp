// Configuration rendering for a generated 10,000-site engagement over 50 PEs:
// every device of the design rendered by every renderer plugin that serves
// its role (the PEs by each PE vendor, the CPEs by FRR and IOS XE), the
// configuration and the removal, with the design check and the free-text
// cleaning each rendering does. Reported as configurations per second and
// MB/s of text written.
//
// The peer, bench/render_peer.py, renders the same FRR and IOS XR
// configurations with Jinja2 templates compiled once; --write-peer-input=DIR
// writes its input (the device designs as JSON) and our renderings, which
// the peer checks its output against. bench/run-render-bench.sh runs both.
// Results and the command that reproduces them: docs/PERFORMANCE.md.

#include "benchworkload.h"
#include "designengine.h"
#include "designvalidator.h"
#include "devicedesignbuilder.h"
#include "devicedesignjson.h"
#include "rendererregistry.h"
#include "resourceallocator.h"
#include "syntheticengagement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>

using namespace vpnwb;

namespace {

constexpr int kSites = 10'000;


// FRR runs on Linux: interface names of at most 15 characters (eth0, eth1, ... per device).
void useLinuxInterfaceNames(DeviceDesign &d)
{
    QHash<QString, QString> names;
    auto linuxName = [&names](const QString &name) {
        auto it = names.find(name);
        if (it == names.end())
            it = names.insert(name, QStringLiteral("eth%1").arg(names.size()));
        return *it;
    };
    for (Attachment &a : d.attachments)
        a.parentInterface = linuxName(a.parentInterface);
    for (LanInterface &l : d.lanInterfaces)
        l.name = linuxName(l.name);
}

struct Fixture
{
    QList<DeviceDesign> pes;
    QList<DeviceDesign> cpes;
    RendererRegistry registry;
    std::map<QString, QList<DeviceDesign>> byVendor; // what each renderer renders

    Fixture()
    {
        Engagement engagement = SyntheticEngagement::generate(kSites);
        engagement.id = 1;
        const PopCatalog catalog = bench::fiftyPes();
        const ProviderSettings settings = ProviderSettings::defaultsFor(64500);
        const DesignEngine engine(catalog, settings);
        const DesignDemand demand = engine.decompose(engagement, bench::onNet(engagement));
        const AllocationPlan plan =
            ResourceAllocator(settings, engine.inventory()).plan(1, demand.requests, {}, {});
        const NetworkDesign design = engine.complete(demand, plan.held, {}, plan.shortages);
        if (!plan.shortages.isEmpty() || DesignValidator::hasBlocking(DesignValidator::validate(design))) {
            std::fprintf(stderr, "the generated engagement does not design cleanly\n");
            std::exit(1);
        }
        for (const DeviceDesign &d : DeviceDesignBuilder::build(design, settings.cpeVendor))
            (d.role == DeviceRole::Pe ? pes : cpes).append(d);

        for (const RendererRegistry::Plugin &plugin : registry.plugins()) {
            QList<DeviceDesign> &devices = byVendor[plugin.vendor];
            for (const QList<DeviceDesign> *group : {&pes, &cpes}) {
                for (DeviceDesign d : *group) {
                    if (!plugin.roles.contains(d.role))
                        continue;
                    d.vendor = plugin.vendor;
                    if (plugin.vendor == QLatin1String("frr"))
                        useLinuxInterfaceNames(d);
                    devices.append(d);
                }
            }
        }
        for (const RendererRegistry::Problem &p : registry.problems())
            std::fprintf(stderr, "renderer plugin %s skipped: %s\n", qPrintable(p.fileName),
                         qPrintable(p.reason));
        qsizetype attachments = 0;
        for (const DeviceDesign &d : std::as_const(pes))
            attachments += d.attachments.size();
        std::fprintf(stderr, "%d sites: %lld PEs with %lld attachments, %lld CPEs; %lld renderers\n", kSites,
                     qlonglong(pes.size()), qlonglong(attachments), qlonglong(cpes.size()),
                     qlonglong(registry.plugins().size()));
    }
};

const Fixture &fixture()
{
    static const Fixture f;
    return f;
}

void renderAll(benchmark::State &state, const QString &vendor)
{
    const Fixture &f = fixture();
    const RendererRegistry::Plugin *plugin = f.registry.find(vendor);
    if (!plugin) {
        state.SkipWithError("renderer plugin not found: build the vpnwb_renderer_* targets");
        return;
    }
    const QList<DeviceDesign> &devices = f.byVendor.at(vendor);
    const QString style = plugin->styles.first();
    qint64 bytes = 0;
    for (auto _ : state) {
        bytes = 0;
        for (const DeviceDesign &d : devices) {
            auto r = plugin->renderer->render(d, style);
            if (!r) {
                state.SkipWithError(qPrintable(r.error().message));
                return;
            }
            bytes += r->configuration.size() + r->removal.size(); // ASCII: one byte a character
            benchmark::DoNotOptimize(r->configuration.constData());
        }
    }
    state.SetItemsProcessed(state.iterations() * devices.size());
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["configs"] = double(devices.size());
    state.counters["MB_per_pass"] = double(bytes) / 1e6;
}

void BM_RenderFrr(benchmark::State &state)
{
    renderAll(state, QStringLiteral("frr"));
}
void BM_RenderIosXr(benchmark::State &state)
{
    renderAll(state, QStringLiteral("iosxr"));
}
void BM_RenderJunos(benchmark::State &state)
{
    renderAll(state, QStringLiteral("junos"));
}
void BM_RenderSrOs(benchmark::State &state)
{
    renderAll(state, QStringLiteral("sros"));
}
void BM_RenderEos(benchmark::State &state)
{
    renderAll(state, QStringLiteral("eos"));
}
void BM_RenderIosXe(benchmark::State &state)
{
    renderAll(state, QStringLiteral("iosxe"));
}

// The peer's input and the configurations it must reproduce, one file per device set.
int writePeerInput(const QString &dir)
{
    const Fixture &f = fixture();
    QDir().mkpath(dir);
    for (const char *vendor : {"frr", "iosxr"}) {
        const QString key = QLatin1String(vendor);
        const RendererRegistry::Plugin *plugin = f.registry.find(key);
        if (!plugin)
            return 1;
        const QList<DeviceDesign> &devices = f.byVendor.at(key);
        QFile json(QDir(dir).filePath(key + QStringLiteral(".json")));
        if (!json.open(QIODevice::WriteOnly) || json.write(DeviceDesignJson::toBytes(devices)) < 0)
            return 1;
        QFile ours(QDir(dir).filePath(key + QStringLiteral(".ours.txt")));
        if (!ours.open(QIODevice::WriteOnly))
            return 1;
        for (const DeviceDesign &d : devices) {
            auto r = plugin->renderer->render(d, plugin->styles.first());
            if (!r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
                return 1;
            }
            ours.write("#### " + d.name.toUtf8() + '\n' + r->configuration.toUtf8());
        }
    }
    return 0;
}

} // namespace

BENCHMARK(BM_RenderFrr)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RenderIosXr)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RenderJunos)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RenderSrOs)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RenderEos)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RenderIosXe)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--write-peer-input=", 19) == 0)
            return writePeerInput(QString::fromLocal8Bit(argv[i] + 19));
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
