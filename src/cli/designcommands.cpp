#include "designcommands.h"

#include "clicontext.h"
#include "designoutput.h"
#include "designrepository.h"
#include "designworkflow.h"
#include "engagementcommands.h"
#include "l3nmcodec.h"
#include "openengagement.h"
#include "popcatalog.h"
#include "providersettingsrepository.h"
#include "usageerror.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace vpnwb {
namespace {

void printJson(CliContext &c, const QJsonObject &o)
{
    c.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void printWarnings(CliContext &c, const QStringList &warnings)
{
    for (const QString &w : warnings)
        c.err() << "vpnwb: warning: " << w << '\n';
    c.err().flush();
}

// Takes "-o FILE" or "--output FILE" out of `args`; main() has checked that a value follows.
QString takeOutput(QStringList &args)
{
    QString path;
    for (const QString &name : {QStringLiteral("-o"), QStringLiteral("--output")}) {
        const qsizetype at = args.indexOf(name);
        if (at >= 0 && at + 1 < args.size()) {
            path = args[at + 1];
            args.remove(at, 2);
        }
    }
    return path;
}

} // namespace

int runDesign(CliContext &c)
{
    if (c.args().size() != 1)
        return usageError(c.err(), QStringLiteral("'design' takes one engagement (id or name)"),
                          "vpnwb design ENGAGEMENT [--db PATH] [--json]");
    const auto ctx = OpenEngagement::open(c, c.args().first());
    if (!ctx)
        return failure(c.err(), ctx.error().message);
    const auto run = DesignWorkflow(*ctx->db, ctx->catalog).design(ctx->engagement);
    if (!run)
        return failure(c.err(), run.error().message);
    if (c.json())
        printJson(c, DesignOutput::toJson(*run));
    else
        DesignOutput::printDesign(c.out(), *run);
    c.out().flush();
    if (!run->hasBlocking())
        return ExitOk;
    DesignOutput::printBlocking(c.err(), ctx->engagement.name, run->blocking());
    return ExitFailure;
}

int runFindings(CliContext &c)
{
    if (c.args().size() != 1)
        return usageError(c.err(), QStringLiteral("'findings' takes one engagement (id or name)"),
                          "vpnwb findings ENGAGEMENT [--db PATH] [--json]");
    const auto ctx = OpenEngagement::open(c, c.args().first());
    if (!ctx)
        return failure(c.err(), ctx.error().message);
    const auto stored = DesignRepository(*ctx->db).findings(ctx->engagement.id);
    if (!stored)
        return failure(c.err(), stored.error().message);
    if (!stored->validatedAt.isValid())
        return failure(c.err(), QStringLiteral("'%1' has not been designed yet; run 'vpnwb design %2'")
                                    .arg(ctx->engagement.name)
                                    .arg(ctx->engagement.id));
    qsizetype blocking = 0;
    for (const DesignFinding &f : stored->findings)
        blocking += f.isBlocking() ? 1 : 0;
    if (c.json()) {
        QJsonArray list;
        for (const DesignFinding &f : stored->findings)
            list.append(DesignOutput::toJson(f));
        printJson(c, {{QLatin1String("engagement"), ctx->engagement.name},
                      {QLatin1String("id"), double(ctx->engagement.id)},
                      {QLatin1String("validatedAt"), stored->validatedAt.toString(Qt::ISODate)},
                      {QLatin1String("blocking"), double(blocking)},
                      {QLatin1String("findings"), list}});
        return ExitOk;
    }
    c.out() << QStringLiteral("Findings of the design of '%1', validated %2:\n")
                   .arg(ctx->engagement.name, stored->validatedAt.toString(Qt::ISODate));
    DesignOutput::printFindings(c.out(), stored->findings);
    c.out() << QStringLiteral("%1 blocking finding(s), %2 warning(s).").arg(blocking).arg(stored->findings.size() - blocking)
            << Qt::endl;
    return ExitOk;
}

int runOverride(CliContext &c)
{
    const char *synopsis = "vpnwb override ENGAGEMENT OBJECT FIELD VALUE [--db PATH]";
    if (c.args().size() != 4)
        return usageError(c.err(), QStringLiteral("'override' takes an engagement, an object, a field and a value"),
                          synopsis);
    const auto ctx = OpenEngagement::open(c, c.args().first());
    if (!ctx)
        return failure(c.err(), ctx.error().message);
    const QString object = c.args()[1];
    const QString field = c.args()[2];
    const auto run = DesignWorkflow(*ctx->db, ctx->catalog).override(ctx->engagement, object, field, c.args()[3]);
    if (!run)
        return failure(c.err(), run.error().message);
    c.out() << QStringLiteral("Set %1 %2 to %3 in the design of '%4'.\n").arg(object, field, c.args()[3], ctx->engagement.name);
    const QList<DesignFinding> blocking = run->blocking();
    c.out() << QStringLiteral("%1 blocking finding(s) remain.").arg(blocking.size()) << Qt::endl;
    return ExitOk;
}

int runExportL3nm(CliContext &c)
{
    const char *synopsis = "vpnwb export-l3nm ENGAGEMENT -o FILE.json [--db PATH]";
    QStringList args = c.args();
    const QString path = takeOutput(args);
    if (args.size() != 1 || path.isEmpty())
        return usageError(c.err(), QStringLiteral("'export-l3nm' takes one engagement (id or name) and -o FILE"),
                          synopsis);
    const auto ctx = OpenEngagement::open(c, args.first());
    if (!ctx)
        return failure(c.err(), ctx.error().message);
    const auto run = DesignWorkflow(*ctx->db, ctx->catalog).current(ctx->engagement);
    if (!run)
        return failure(c.err(), run.error().message);
    if (run->hasBlocking()) {
        DesignOutput::printBlocking(c.err(), ctx->engagement.name, run->blocking());
        return failure(c.err(), QStringLiteral("nothing was exported: a design with blocking findings is not handed "
                                               "on; resolve them and run 'vpnwb design %1'")
                                    .arg(ctx->engagement.id));
    }
    const auto exported = L3nmCodec::encode(run->design);
    if (!exported)
        return failure(c.err(), exported.error().message);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(exported->json) != exported->json.size() || !f.commit())
        return failure(c.err(), QStringLiteral("cannot write '%1': %2").arg(path, f.errorString()));
    printWarnings(c, exported->warnings);
    c.out() << QStringLiteral("Wrote the design of '%1' as IETF L3NM to %2: %3 VPN(s), %4 VRF(s), %5 attachment(s).")
                   .arg(ctx->engagement.name, path)
                   .arg(run->design.vpns.size())
                   .arg(run->design.vrfs.size())
                   .arg(run->design.attachments.size())
            << Qt::endl;
    return ExitOk;
}

int runImportL3nm(CliContext &c)
{
    const char *synopsis = "vpnwb import-l3nm FILE.json [--engagement NAME] [--db PATH]";
    QStringList args = c.args();
    QString name;
    if (const qsizetype at = args.indexOf(QStringLiteral("--engagement")); at >= 0 && at + 1 < args.size()) {
        name = args[at + 1];
        args.remove(at, 2);
    }
    if (args.size() != 1)
        return usageError(c.err(), QStringLiteral("'import-l3nm' takes one file"), synopsis);
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return failure(c.err(), QStringLiteral("cannot read '%1': %2").arg(args.first(), file.errorString()));
    const auto imported = L3nmCodec::decode(file.readAll(), QFileInfo(args.first()).fileName());
    if (!imported)
        return failure(c.err(), imported.error().message);
    if (name.isEmpty())
        name = (imported->design.customerName.isEmpty() ? QFileInfo(args.first()).completeBaseName()
                                                        : imported->design.customerName) +
               QStringLiteral(" (L3NM)");
    auto catalog = PopCatalog::builtIn();
    if (!catalog)
        return failure(c.err(), catalog.error().message);
    auto db = c.database();
    if (!db)
        return failure(c.err(), db.error().message);
    const auto run = DesignWorkflow(**db, *catalog).importDesign(name, *imported);
    if (!run)
        return failure(c.err(), run.error().message);
    printWarnings(c, imported->warnings);
    c.out() << QStringLiteral("Imported %1 as engagement '%2' (id %3): %4 VPN(s), %5 VRF(s), %6 attachment(s); "
                              "%7 value(s) reserved in the provider pools.\n")
                   .arg(args.first(), run->design.engagementName)
                   .arg(run->design.engagementId)
                   .arg(run->design.vpns.size())
                   .arg(run->design.vrfs.size())
                   .arg(run->design.attachments.size())
                   .arg(run->held);
    DesignOutput::printFindings(c.out(), run->findings);
    c.out().flush();
    return ExitOk;
}

int runProviderSettings(CliContext &c)
{
    const char *synopsis = "vpnwb provider-settings [FIELD VALUE] [--db PATH] [--json]";
    if (c.args().size() != 0 && c.args().size() != 2)
        return usageError(c.err(), QStringLiteral("'provider-settings' takes nothing, or a field and a value"), synopsis);
    auto catalog = PopCatalog::builtIn();
    if (!catalog)
        return failure(c.err(), catalog.error().message);
    auto db = c.database();
    if (!db)
        return failure(c.err(), db.error().message);
    ProviderSettingsRepository repo(**db);
    const auto settings = c.args().isEmpty() ? repo.load(catalog->providerAs)
                                             : repo.set(catalog->providerAs, c.args()[0], c.args()[1]);
    if (!settings)
        return failure(c.err(), settings.error().message);
    if (c.json()) {
        QJsonObject o;
        for (const QString &field : ProviderSettings::fieldNames())
            o[field] = settings->value(field);
        printJson(c, o);
        return ExitOk;
    }
    QList<QStringList> rows{{QStringLiteral("SETTING"), QStringLiteral("VALUE")}};
    for (const QString &field : ProviderSettings::fieldNames())
        rows.append({field, settings->value(field)});
    printTable(c.out(), rows);
    return ExitOk;
}

bool designMayBeDone(CliContext &c, const Engagement &engagement, int step)
{
    auto catalog = PopCatalog::builtIn();
    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!catalog || !db) {
        failure(c.err(), !catalog ? catalog.error().message : db.error().message);
        return false;
    }
    const auto why = DesignWorkflow(**db, *catalog).whyNotDone(engagement);
    if (!why) {
        failure(c.err(), why.error().message);
        return false;
    }
    const QStringList &reasons = *why;
    if (reasons.isEmpty())
        return true;
    c.err() << "vpnwb: step " << step << " of '" << engagement.name << "' cannot be marked done:\n";
    for (const QString &r : reasons)
        c.err() << "  " << r << '\n';
    c.err() << "Design it with 'vpnwb design " << engagement.id << "' and resolve the blocking findings." << Qt::endl;
    return false;
}

} // namespace vpnwb
