// Site intake at scale: a generated 10,000-site CSV parsed and checked, and
// the same import stored in a new SQLite workspace, as `vpnwb import-sites`
// does. bench/run-intake-bench.sh runs it beside a Python peer (csv module +
// sqlite3) on the same file and prints the ratio.

#include "database.h"
#include "engagementrepository.h"
#include "sitecsvimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstring>
#include <random>

using namespace vpnwb;

namespace {

constexpr int kSites = 10'000;

QByteArray generateCsv(int count)
{
    std::mt19937 rng(20261203);
    std::uniform_real_distribution<double> lat(36.0, 60.0), lon(-9.0, 25.0);
    const char *roles[] = {"spoke", "spoke", "spoke", "hub"};
    const char *access[] = {"fiber", "copper", "dsl", "lte"};
    const char *bandwidth[] = {"10M", "50M", "100 Mb/s", "200M", "1G", "512k"};
    const char *countries[] = {"DE", "FR", "NL", "IT", "ES", "PL", "AT", "BE"};
    QByteArray csv = "site_id,name,address,city,postal_code,country_code,latitude,longitude,role,bandwidth,"
                     "access_type,resiliency,lan_prefixes,customer_as,routing\n";
    for (int i = 0; i < count; ++i) {
        const bool bgp = i % 5 != 0;
        csv += QStringLiteral("S%1,\"Branch %1, Building \"\"%2\"\"\",%3 Main Street,City %4,%5,%6,%7,%8,%9,")
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(QChar(u'A' + i % 26))
                   .arg(i % 200 + 1)
                   .arg(i % 500)
                   .arg(10000 + i % 80000)
                   .arg(QLatin1String(countries[i % 8]))
                   .arg(lat(rng), 0, 'f', 4)
                   .arg(lon(rng), 0, 'f', 4)
                   .arg(QLatin1String(roles[i % 4]))
                   .toUtf8();
        csv += QStringLiteral("%1,%2,%3,10.%4.%5.0/24;172.16.%6.0/28,%7,%8\n")
                   .arg(QLatin1String(bandwidth[i % 6]), QLatin1String(access[i % 4]),
                        QLatin1String(i % 10 == 0 ? "dual-homed" : "single"))
                   .arg((i / 256) % 256)
                   .arg(i % 256)
                   .arg(i % 256)
                   .arg(bgp ? QString::number(64512 + i % 1000) : QString())
                   .arg(QLatin1String(bgp ? "bgp" : "static"))
                   .toUtf8();
    }
    return csv;
}

const QByteArray &csv()
{
    static const QByteArray bytes = generateCsv(kSites);
    return bytes;
}

void BM_CsvParseAndCheck(benchmark::State &state)
{
    for (auto _ : state) {
        const ImportReport report = SiteCsvImporter::fromBytes(csv(), QStringLiteral("sites.csv"));
        if (report.sites.size() != kSites || !report.errors.isEmpty())
            state.SkipWithError("the generated CSV did not import whole");
        benchmark::DoNotOptimize(report.sites.data());
    }
    state.SetItemsProcessed(state.iterations() * kSites);
    state.SetBytesProcessed(state.iterations() * csv().size());
}
BENCHMARK(BM_CsvParseAndCheck)->Unit(benchmark::kMillisecond);

void BM_CsvImportIntoNewWorkspace(benchmark::State &state)
{
    for (auto _ : state) {
        QTemporaryDir dir;
        const ImportReport report = SiteCsvImporter::fromBytes(csv(), QStringLiteral("sites.csv"));
        if (report.sites.size() != kSites)
            state.SkipWithError("the generated CSV did not import whole");
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("ws.vpnwb")));
        Engagement e;
        e.name = QStringLiteral("Bench");
        e.customer.name = QStringLiteral("Bench Customer");
        e.sites = report.sites;
        auto saved = db ? EngagementRepository(**db).save(e) : Result<Engagement>(db.error());
        if (!saved)
            state.SkipWithError(qPrintable(saved.error().message));
    }
    state.SetItemsProcessed(state.iterations() * kSites);
}
BENCHMARK(BM_CsvImportIntoNewWorkspace)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // --write-csv=FILE writes the generated CSV for the peer and exits.
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--write-csv=", 12) == 0) {
            QFile f(QString::fromLocal8Bit(argv[i] + 12));
            return f.open(QIODevice::WriteOnly) && f.write(csv()) == csv().size() ? 0 : 1;
        }
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
