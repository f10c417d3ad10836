// vpnwb-generate: saves a made-up engagement of any size into a workspace,
// for benchmarks and screenshots (see scripts/canvas-screenshots).
//
//   vpnwb-generate --db FILE --sites N [--seed S]

#include "database.h"
#include "engagementrepository.h"
#include "syntheticengagement.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    QString db;
    int sites = 0;
    uint seed = 1;
    bool ok = true;
    for (qsizetype i = 0; i + 1 < args.size() && ok; i += 2) {
        if (args[i] == QLatin1String("--db"))
            db = args[i + 1];
        else if (args[i] == QLatin1String("--sites"))
            sites = args[i + 1].toInt(&ok);
        else if (args[i] == QLatin1String("--seed"))
            seed = args[i + 1].toUInt(&ok);
        else
            ok = false;
    }
    if (!ok || args.size() % 2 != 0 || db.isEmpty() || sites < 1 || sites > vpnwb::SyntheticEngagement::maxSites) {
        err << "usage: vpnwb-generate --db FILE --sites N [--seed S]   (N from 1 to "
            << vpnwb::SyntheticEngagement::maxSites << ")" << Qt::endl;
        return 2;
    }
    auto database = vpnwb::Database::openSqlite(db);
    if (!database) {
        err << "vpnwb-generate: " << database.error().message << Qt::endl;
        return 1;
    }
    auto saved = vpnwb::EngagementRepository(**database).save(vpnwb::SyntheticEngagement::generate(sites, seed));
    if (!saved) {
        err << "vpnwb-generate: " << saved.error().message << Qt::endl;
        return 1;
    }
    out << "Saved '" << saved->name << "' (id " << saved->id << ", " << saved->sites.size() << " sites) in " << db
        << Qt::endl;
    return 0;
}
