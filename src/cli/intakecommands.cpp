#include "intakecommands.h"

#include "clicontext.h"
#include "engagementrepository.h"
#include "l3smcodec.h"
#include "sitecsvimporter.h"
#include "usageerror.h"

#include <QFile>
#include <QSaveFile>

namespace vpnwb {
namespace {

// Takes "NAME VALUE" out of `args`. False when NAME is the last argument.
bool takeOption(QStringList &args, const QString &name, QString *value)
{
    const qsizetype at = args.indexOf(name);
    if (at < 0)
        return true;
    if (at + 1 >= args.size())
        return false;
    *value = args[at + 1];
    args.remove(at, 2);
    return true;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

// What is left after the options were taken: an option that is still
// there is unknown to the command.
QString unknownOption(const QStringList &args)
{
    for (const QString &a : args) {
        if (a.startsWith(QLatin1Char('-')))
            return a;
    }
    return {};
}

int unknownOptionError(CliContext &c, const QString &option, const char *command, const char *synopsis)
{
    return usageError(c.err(),
                      QStringLiteral("unknown option '%1' for '%2'").arg(option, QLatin1String(command)),
                      synopsis);
}

void printWarnings(CliContext &c, const QStringList &warnings)
{
    for (const QString &w : warnings)
        c.err() << "vpnwb: warning: " << w << '\n';
    c.err().flush();
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("cannot read '%1': %2").arg(path, f.errorString()));
    return f.readAll();
}

Result<Engagement> saveNew(CliContext &c, const Engagement &e)
{
    auto db = c.database();
    if (!db)
        return db.error();
    return EngagementRepository(**db).save(e);
}

} // namespace

int runImportSites(CliContext &c)
{
    const char *synopsis =
        "vpnwb import-sites FILE.csv --customer NAME [--engagement NAME] [--valid-rows-only] [--db PATH]";
    QStringList args = c.args();
    QString customer;
    QString engagementName;
    if (!takeOption(args, QStringLiteral("--customer"), &customer))
        return usageError(c.err(), QStringLiteral("--customer needs the customer's name"), synopsis);
    if (!takeOption(args, QStringLiteral("--engagement"), &engagementName))
        return usageError(c.err(), QStringLiteral("--engagement needs a name"), synopsis);
    const bool validRowsOnly = takeFlag(args, QStringLiteral("--valid-rows-only"));
    if (const QString option = unknownOption(args); !option.isEmpty())
        return unknownOptionError(c, option, "import-sites", synopsis);
    if (args.size() != 1)
        return usageError(c.err(), QStringLiteral("'import-sites' takes one CSV file"), synopsis);
    const QString path = args.first();
    if (customer.trimmed().isEmpty())
        return usageError(c.err(), QStringLiteral("'import-sites' needs --customer NAME"), synopsis);

    const ImportReport report =
        SiteCsvImporter::fromFile(path, validRowsOnly ? ImportMode::ValidRowsOnly : ImportMode::AllOrNothing);
    printWarnings(c, report.warnings);
    if (!report.ok()) {
        for (const QString &e : report.errors)
            c.err() << "vpnwb: " << e << '\n';
        QString hint;
        if (!validRowsOnly) {
            const ImportReport valid = SiteCsvImporter::fromFile(path, ImportMode::ValidRowsOnly);
            if (valid.ok())
                hint = QStringLiteral("; %1 row(s) are valid and --valid-rows-only imports them")
                           .arg(valid.sites.size());
        }
        return failure(c.err(), QStringLiteral("nothing was imported from '%1'%2").arg(path, hint));
    }

    Engagement e;
    e.name = engagementName.isEmpty() ? customer : engagementName;
    e.customer.name = customer;
    e.sites = report.sites;
    auto saved = saveNew(c, e);
    if (!saved)
        return failure(c.err(), saved.error().message);
    c.out() << QStringLiteral("Imported %1 site(s) from %2 into the new engagement '%3' (id %4).")
                   .arg(saved->sites.size())
                   .arg(path, saved->name)
                   .arg(saved->id)
            << '\n';
    if (!report.skipped.isEmpty()) {
        c.out() << QStringLiteral("Skipped %1 row(s):").arg(report.skipped.size()) << '\n';
        for (const QString &s : report.skipped)
            c.out() << "  " << s << '\n';
    }
    c.out().flush();
    return ExitOk;
}

int runImportL3sm(CliContext &c)
{
    const char *synopsis = "vpnwb import-l3sm FILE.json [--engagement NAME] [--db PATH]";
    QStringList args = c.args();
    QString engagementName;
    if (!takeOption(args, QStringLiteral("--engagement"), &engagementName))
        return usageError(c.err(), QStringLiteral("--engagement needs a name"), synopsis);
    if (const QString option = unknownOption(args); !option.isEmpty())
        return unknownOptionError(c, option, "import-l3sm", synopsis);
    if (args.size() != 1)
        return usageError(c.err(), QStringLiteral("'import-l3sm' takes one JSON file"), synopsis);
    const QString path = args.first();

    const auto bytes = readFile(path);
    if (!bytes)
        return failure(c.err(), bytes.error().message);
    const auto imported = L3smCodec::decode(*bytes, path, engagementName);
    if (!imported)
        return failure(c.err(), imported.error().message + QStringLiteral("; nothing was imported"));
    printWarnings(c, imported->warnings);
    auto saved = saveNew(c, imported->engagement);
    if (!saved)
        return failure(c.err(), saved.error().message);
    c.out() << QStringLiteral("Imported the new engagement '%1' (id %2) from %3: %4 site(s), %5 VPN(s).")
                   .arg(saved->name)
                   .arg(saved->id)
                   .arg(path)
                   .arg(saved->sites.size())
                   .arg(saved->vpns.size())
            << Qt::endl;
    return ExitOk;
}

int runExportL3sm(CliContext &c)
{
    const char *synopsis = "vpnwb export-l3sm ENGAGEMENT -o FILE.json [--db PATH]";
    QStringList args = c.args();
    QString path;
    if (!takeOption(args, QStringLiteral("-o"), &path) ||
        !takeOption(args, QStringLiteral("--output"), &path))
        return usageError(c.err(), QStringLiteral("-o needs a file name"), synopsis);
    if (const QString option = unknownOption(args); !option.isEmpty())
        return unknownOptionError(c, option, "export-l3sm", synopsis);
    if (args.size() != 1 || path.isEmpty())
        return usageError(
            c.err(), QStringLiteral("'export-l3sm' takes one engagement (id or name) and -o FILE"), synopsis);
    const QString engagementName = args.first();

    auto db = c.database();
    if (!db)
        return failure(c.err(), db.error().message);
    const auto e = EngagementRepository(**db).find(engagementName);
    if (!e)
        return failure(c.err(), e.error().message);
    const auto exported = L3smCodec::encode(*e);
    if (!exported)
        return failure(c.err(), exported.error().message);

    // QSaveFile writes beside the target and renames on commit: never half a file.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(exported->json) != exported->json.size() || !f.commit())
        return failure(c.err(), QStringLiteral("cannot write '%1': %2").arg(path, f.errorString()));
    printWarnings(c, exported->warnings);
    c.out() << QStringLiteral("Wrote engagement '%1' as IETF L3SM to %2: %3 site(s), %4 VPN(s).")
                   .arg(e->name, path)
                   .arg(e->sites.size())
                   .arg(e->vpns.size())
            << Qt::endl;
    return ExitOk;
}

} // namespace vpnwb
