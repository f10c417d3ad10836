#include "engagementcommands.h"

#include "clicontext.h"
#include "demoengagement.h"
#include "designcommands.h"
#include "engagementjson.h"
#include "engagementrepository.h"
#include "flowstep.h"
#include "serviceabilitycommands.h"
#include "usageerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vpnwb {
namespace {

QString bandwidthText(std::int64_t kbps)
{
    if (kbps >= 1'000'000 && kbps % 1'000'000 == 0)
        return QStringLiteral("%1 Gb/s").arg(kbps / 1'000'000);
    if (kbps >= 1000 && kbps % 1000 == 0)
        return QStringLiteral("%1 Mb/s").arg(kbps / 1000);
    return QStringLiteral("%1 kb/s").arg(kbps);
}

void printJson(CliContext &c, const QJsonDocument &doc)
{
    c.out() << doc.toJson(QJsonDocument::Indented);
}

} // namespace

// Formats rows as aligned columns. Control characters in cells (from stored
// free text) are shown as spaces so that they cannot break the layout or
// drive the terminal.
void printTable(QTextStream &out, const QList<QStringList> &input)
{
    QList<QStringList> rows = input;
    for (QStringList &row : rows) {
        for (QString &cell : row) {
            for (QChar &ch : cell) {
                if (ch.category() == QChar::Other_Control)
                    ch = QLatin1Char(' ');
            }
        }
    }
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out << line << '\n';
    }
}

Result<Engagement> findEngagement(CliContext &c, const QString &idOrName)
{
    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return db.error();
    return EngagementRepository(**db).find(idOrName);
}

int runDemo(CliContext &c)
{
    if (!c.args().isEmpty())
        return usageError(c.err(), QStringLiteral("'demo' takes no arguments"), "vpnwb demo [--db PATH]");
    auto demo = DemoEngagement::load();
    if (!demo)
        return failure(c.err(), demo.error().message);
    auto db = c.database();
    if (!db)
        return failure(c.err(), db.error().message);
    EngagementRepository repo(**db);
    auto existing = repo.find(demo->name);
    if (existing) {
        c.out() << QStringLiteral("The demo engagement '%1' is already in %2 (id %3).")
                       .arg(existing->name, c.dbPath())
                       .arg(existing->id)
                << Qt::endl;
        return ExitOk;
    }
    auto saved = repo.save(*demo);
    if (!saved && saved.error().code == Error::Code::Conflict) {
        // Another process created it in the meantime.
        c.out() << QStringLiteral("The demo engagement '%1' is already in %2.").arg(demo->name, c.dbPath()) << Qt::endl;
        return ExitOk;
    }
    if (!saved)
        return failure(c.err(), saved.error().message);
    c.out() << QStringLiteral("Created the demo engagement '%1' (id %2) with %3 sites and %4 VPNs in %5.")
                   .arg(saved->name)
                   .arg(saved->id)
                   .arg(saved->sites.size())
                   .arg(saved->vpns.size())
                   .arg(c.dbPath())
            << Qt::endl;
    return ExitOk;
}

int runEngagements(CliContext &c)
{
    if (!c.args().isEmpty())
        return usageError(c.err(), QStringLiteral("'engagements' takes no arguments"),
                          "vpnwb engagements [--db PATH] [--json]");
    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return failure(c.err(), db.error().message);
    auto list = EngagementRepository(**db).list();
    if (!list)
        return failure(c.err(), list.error().message);
    if (c.json()) {
        QJsonArray arr;
        for (const EngagementSummary &s : *list)
            arr.append(QJsonObject{{QLatin1String("id"), static_cast<double>(s.id)},
                                   {QLatin1String("name"), s.name},
                                   {QLatin1String("customer"), s.customerName},
                                   {QLatin1String("sites"), s.siteCount},
                                   {QLatin1String("vpns"), s.vpnCount},
                                   {QLatin1String("stepsDone"), s.stepsDone},
                                   {QLatin1String("updatedAt"), s.updatedAt.toString(Qt::ISODate)}});
        printJson(c, QJsonDocument(arr));
        return ExitOk;
    }
    if (list->isEmpty()) {
        c.out() << "No engagements in " << c.dbPath() << ". Create the demo with 'vpnwb demo'." << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> rows{{QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("CUSTOMER"),
                             QStringLiteral("SITES"), QStringLiteral("VPNS"), QStringLiteral("STEPS DONE")}};
    for (const EngagementSummary &s : *list)
        rows.append({QString::number(s.id), s.name, s.customerName, QString::number(s.siteCount),
                     QString::number(s.vpnCount), QStringLiteral("%1/10").arg(s.stepsDone)});
    printTable(c.out(), rows);
    return ExitOk;
}

int runShow(CliContext &c)
{
    if (c.args().size() != 1)
        return usageError(c.err(), QStringLiteral("'show' takes one engagement (id or name)"),
                          "vpnwb show ENGAGEMENT [--db PATH] [--json]");
    auto e = findEngagement(c, c.args().first());
    if (!e)
        return failure(c.err(), e.error().message);
    if (c.json()) {
        QJsonObject o = EngagementJson::toJson(*e);
        o[QLatin1String("id")] = static_cast<double>(e->id);
        printJson(c, QJsonDocument(o));
        return ExitOk;
    }
    QTextStream &out = c.out();
    out << e->name << "  (id " << e->id << ")\n";
    out << "Customer: " << e->customer.name;
    if (!e->customer.industry.isEmpty())
        out << " (" << e->customer.industry << ")";
    out << "\n";
    for (const VpnService &v : e->vpns)
        out << "VPN " << v.vpnId << ": " << v.name << ", " << toString(v.topology) << ", " << v.members.size()
            << " sites\n";
    out << "\nSites (" << e->sites.size() << "):\n";
    QList<QStringList> rows{{QStringLiteral("SITE"), QStringLiteral("NAME"), QStringLiteral("CITY"),
                             QStringLiteral("CC"), QStringLiteral("ROLE"), QStringLiteral("BANDWIDTH"),
                             QStringLiteral("ACCESS"), QStringLiteral("RESILIENCY"), QStringLiteral("ROUTING"),
                             QStringLiteral("LAN")}};
    for (const Site &s : e->sites)
        rows.append({s.siteId, s.name, s.address.city, s.countryCode, toString(s.role), bandwidthText(s.bandwidthKbps),
                     toString(s.accessType), toString(s.resiliency),
                     s.routing == CeRouting::Bgp ? QStringLiteral("bgp AS%1").arg(s.customerAs) : toString(s.routing),
                     s.lanPrefixes.join(QLatin1Char(' '))});
    printTable(out, rows);
    out << "\nFlow:\n";
    QList<QStringList> steps;
    for (const FlowStep &f : FlowStep::all()) {
        const StepStatus st = e->stepStatus(f.number);
        steps.append({QString::number(f.number), QLatin1String(f.name), toString(st.state),
                      st.updatedAt.isValid() ? st.updatedAt.toString(Qt::ISODate) : QString(), st.note});
    }
    printTable(out, steps);
    out.flush();
    return ExitOk;
}

int runStatus(CliContext &c)
{
    const char *synopsis = "vpnwb status ENGAGEMENT STEP STATE [--note TEXT] [--db PATH] [--json]";
    QStringList args = c.args();
    QString note;
    const qsizetype noteAt = args.indexOf(QStringLiteral("--note"));
    const bool hasNote = noteAt >= 0; // without --note the step keeps its note
    if (hasNote) {
        if (noteAt + 1 >= args.size())
            return usageError(c.err(), QStringLiteral("--note needs a text"), synopsis);
        note = args[noteAt + 1];
        args.remove(noteAt, 2);
    }
    if (args.size() != 3)
        return usageError(c.err(), QStringLiteral("'status' takes an engagement, a step (1-10) and a state"),
                          synopsis);
    bool ok = false;
    const int step = args[1].toInt(&ok);
    if (!ok || !FlowStep::byNumber(step))
        return usageError(c.err(), QStringLiteral("'%1' is not a step; steps are numbered 1 to 10").arg(args[1]),
                          synopsis);
    const auto state = stepStateFromString(args[2]);
    if (!state)
        return usageError(c.err(),
                          QStringLiteral("'%1' is not a state; use one of: %2").arg(args[2], stepStateChoices()),
                          synopsis);
    auto e = findEngagement(c, args[0]);
    if (!e)
        return failure(c.err(), e.error().message);
    if (step == 1 && *state == StepState::Done && !stepOneMayBeDone(c, *e))
        return ExitFailure;
    if ((step == 4 || step == 5) && *state == StepState::Done && !designMayBeDone(c, *e, step))
        return ExitFailure;
    StepStatus st{step, *state, QDateTime::currentDateTimeUtc(), hasNote ? note : e->stepStatus(step).note};
    auto db = c.database();
    if (const Status s = EngagementRepository(**db).setStepStatus(e->id, st); !s)
        return failure(c.err(), s.error().message);
    if (c.json()) {
        printJson(c, QJsonDocument(QJsonObject{{QLatin1String("engagement"), e->name},
                                               {QLatin1String("step"), step},
                                               {QLatin1String("state"), toString(*state)},
                                               {QLatin1String("note"), st.note},
                                               {QLatin1String("updatedAt"), st.updatedAt.toString(Qt::ISODate)}}));
    } else {
        c.out() << QStringLiteral("Step %1 (%2) of '%3' is now %4.")
                       .arg(step)
                       .arg(QLatin1String(FlowStep::byNumber(step)->name), e->name, toString(*state))
                << Qt::endl;
    }
    return ExitOk;
}

int runSteps(CliContext &c)
{
    if (!c.args().isEmpty())
        return usageError(c.err(), QStringLiteral("'steps' takes no arguments"), "vpnwb steps [--json]");
    if (c.json()) {
        QJsonArray arr;
        for (const FlowStep &f : FlowStep::all())
            arr.append(QJsonObject{{QLatin1String("step"), f.number},
                                   {QLatin1String("name"), QLatin1String(f.name)},
                                   {QLatin1String("owner"), QLatin1String(f.owner)},
                                   {QLatin1String("systems"), QLatin1String(f.systems)},
                                   {QLatin1String("etomL2"), QLatin1String(f.etomL2)},
                                   {QLatin1String("etomL3"), QLatin1String(f.etomL3)}});
        printJson(c, QJsonDocument(arr));
        return ExitOk;
    }
    QList<QStringList> rows{{QStringLiteral("#"), QStringLiteral("STEP"), QStringLiteral("OWNER"),
                             QStringLiteral("eTOM L2"), QStringLiteral("eTOM L3")}};
    for (const FlowStep &f : FlowStep::all())
        rows.append({QString::number(f.number), QLatin1String(f.name), QLatin1String(f.owner),
                     QLatin1String(f.etomL2), QLatin1String(f.etomL3)});
    printTable(c.out(), rows);
    return ExitOk;
}

} // namespace vpnwb
