#include "serviceabilitycommands.h"

#include "clicontext.h"
#include "engagementcommands.h"
#include "popcatalog.h"
#include "serviceabilityengine.h"
#include "serviceabilityrepository.h"
#include "steponegate.h"
#include "usageerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace vpnwb {
namespace {

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString popAndPe(const QString &pop, const QString &pe)
{
    return pe.isEmpty() ? QString() : pop + QLatin1Char('/') + pe;
}

// Minor units shown with two decimals, as for the euro: "EUR 450.00".
QString moneyText(std::int64_t minor, const QString &currency)
{
    return QStringLiteral("%1 %2.%3")
        .arg(currency)
        .arg(minor / 100)
        .arg(minor % 100, 2, 10, QLatin1Char('0'));
}

QJsonObject toJson(const SiteServiceability &r, const QString &currency)
{
    return QJsonObject{
        {QLatin1String("siteId"), r.siteId},
        {QLatin1String("verdict"), toString(r.verdict)},
        {QLatin1String("primaryPop"), r.primaryPopId},
        {QLatin1String("primaryPe"), r.primaryPe},
        {QLatin1String("secondaryPop"), r.secondaryPopId},
        {QLatin1String("secondaryPe"), r.secondaryPe},
        {QLatin1String("distanceKm"), r.distanceKm ? QJsonValue(*r.distanceKm) : QJsonValue()},
        {QLatin1String("partner"), r.partner},
        {QLatin1String("monthlyCostMinor"), static_cast<double>(r.monthlyCostMinor)},
        {QLatin1String("currency"), r.partner.isEmpty() ? QString() : currency},
        {QLatin1String("leadTimeDays"), r.leadTimeDays},
        {QLatin1String("reason"), r.reason},
        {QLatin1String("inputsHash"), r.inputsHash},
        {QLatin1String("computedAt"), r.computedAt.toString(Qt::ISODate)},
    };
}

} // namespace

int runServiceability(CliContext &c)
{
    if (c.args().size() != 1)
        return usageError(c.err(), QStringLiteral("'serviceability' takes one engagement (id or name)"),
                          "vpnwb serviceability ENGAGEMENT [--db PATH] [--json]");
    auto e = findEngagement(c, c.args().first());
    if (!e)
        return failure(c.err(), e.error().message);
    auto catalog = PopCatalog::builtIn();
    if (!catalog)
        return failure(c.err(), catalog.error().message);
    const ServiceabilityEngine engine(*catalog);
    auto db = c.database();
    auto results = ServiceabilityRepository(**db).save(e->id, engine.evaluate(*e));
    if (!results)
        return failure(c.err(), results.error().message);

    std::map<ServiceabilityVerdict, int> counts;
    for (const SiteServiceability &r : *results)
        ++counts[r.verdict];
    const QString currency = catalog->currency();
    if (c.json()) {
        QJsonArray sites;
        for (const SiteServiceability &r : *results)
            sites.append(toJson(r, currency));
        const QJsonObject summary{
            {QLatin1String("onNet"), counts[ServiceabilityVerdict::OnNet]},
            {QLatin1String("offNet"), counts[ServiceabilityVerdict::OffNet]},
            {QLatin1String("unserviceable"), counts[ServiceabilityVerdict::Unserviceable]}};
        const QJsonObject o{{QLatin1String("engagement"), e->name},
                            {QLatin1String("id"), static_cast<double>(e->id)},
                            {QLatin1String("providerAs"), static_cast<double>(catalog->providerAs)},
                            {QLatin1String("summary"), summary},
                            {QLatin1String("sites"), sites}};
        c.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    c.out() << "Serviceability of '" << e->name << "' against the PoP catalog of AS" << catalog->providerAs
            << ":\n";
    QList<QStringList> rows{{QStringLiteral("SITE"), QStringLiteral("VERDICT"), QStringLiteral("POP/PE"),
                             QStringLiteral("KM"), QStringLiteral("PARTNER"), QStringLiteral("LEAD"),
                             QStringLiteral("REASON")}};
    for (const SiteServiceability &r : *results) {
        QStringList pes{popAndPe(r.primaryPopId, r.primaryPe)};
        if (!r.secondaryPe.isEmpty())
            pes << popAndPe(r.secondaryPopId, r.secondaryPe);
        const QString partner =
            r.partner.isEmpty()
                ? QString()
                : QStringLiteral("%1, %2/month").arg(r.partner, moneyText(r.monthlyCostMinor, currency));
        rows.append({r.siteId, toString(r.verdict), orDash(pes.join(QStringLiteral(" + "))),
                     r.distanceKm ? QString::number(*r.distanceKm, 'f', 1) : QStringLiteral("-"),
                     orDash(partner),
                     r.leadTimeDays > 0 ? QStringLiteral("%1 d").arg(r.leadTimeDays) : QStringLiteral("-"),
                     r.reason});
    }
    printTable(c.out(), rows);
    c.out() << QStringLiteral("%1 on-net, %2 off-net, %3 unserviceable; saved in %4.")
                   .arg(counts[ServiceabilityVerdict::OnNet])
                   .arg(counts[ServiceabilityVerdict::OffNet])
                   .arg(counts[ServiceabilityVerdict::Unserviceable])
                   .arg(c.dbPath())
            << Qt::endl;
    return ExitOk;
}

bool stepOneMayBeDone(CliContext &c, const Engagement &engagement)
{
    auto db = c.database();
    if (!db) {
        failure(c.err(), db.error().message);
        return false;
    }
    auto results = ServiceabilityRepository(**db).load(engagement.id);
    if (!results) {
        failure(c.err(), results.error().message);
        return false;
    }
    const FieldIssues blockers = StepOneGate::blockers(engagement, *results);
    if (blockers.isEmpty())
        return true;
    QTextStream &err = c.err();
    err << "vpnwb: step 1 of '" << engagement.name << "' cannot be marked done:\n";
    for (const FieldIssue &issue : blockers)
        err << "  " << issue.toString() << '\n';
    err << "Check serviceability with 'vpnwb serviceability " << engagement.id
        << "'; change or remove the sites that stay unserviceable." << Qt::endl;
    return false;
}

} // namespace vpnwb
