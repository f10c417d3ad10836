#include "jobcommands.h"

#include "clicontext.h"
#include "engagementcommands.h"
#include "exitcode.h"
#include "pushjobrepository.h"
#include "pushsupport.h"
#include "usageerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace vpnwb {
namespace {

constexpr const char *kJobsSynopsis = "vpnwb jobs [ENGAGEMENT] [--json] [--db PATH]";
constexpr const char *kJobSynopsis = "vpnwb job ID [--device NAME] [--configs] [--json] [--db PATH]";

using JobDevice = PushJobRecord::DeviceRecord;

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QStringLiteral("?");
}

QString utcTime(const std::optional<QDateTime> &t)
{
    return t && t->isValid() ? t->toUTC().toString(Qt::ISODate) : QString();
}

// Stored text came from devices: control characters (escape sequences) are
// shown as spaces so that they cannot drive the terminal. Lines are kept.
QString printable(QString text)
{
    for (QChar &ch : text) {
        if (ch.category() == QChar::Other_Control && ch != QLatin1Char('\n') && ch != QLatin1Char('\t'))
            ch = QLatin1Char(' ');
    }
    return text;
}

void printIndented(QTextStream &out, const QString &text, const char *indent)
{
    QString body = printable(text);
    while (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    for (const QString &line : body.split(QLatin1Char('\n')))
        out << indent << line << '\n';
}

QJsonObject deviceJson(const JobDevice &d, bool withDetail)
{
    QJsonObject o{{QStringLiteral("name"), d.name},
                  {QStringLiteral("role"), d.role},
                  {QStringLiteral("vendor"), d.vendor},
                  {QStringLiteral("transport"), d.transport},
                  {QStringLiteral("address"), d.address},
                  {QStringLiteral("port"), d.port},
                  {QStringLiteral("username"), d.username},
                  {QStringLiteral("auth"), d.auth},
                  {QStringLiteral("credential"), d.credential},
                  {QStringLiteral("outcome"), PushJobRecord::toString(d.outcome)},
                  {QStringLiteral("error"), d.error}};
    if (!d.identityFile.isEmpty())
        o.insert(QStringLiteral("identityFile"), d.identityFile);
    if (withDetail) {
        o.insert(QStringLiteral("log"), d.log);
        o.insert(QStringLiteral("intendedConfig"), d.intendedConfig);
        o.insert(QStringLiteral("preConfig"), d.preConfig);
        o.insert(QStringLiteral("postConfig"), d.postConfig);
    }
    return o;
}

QJsonObject jobJson(const PushJobRecord &job, const QList<JobDevice> &devices, bool withDetail)
{
    QJsonArray list;
    for (const JobDevice &d : devices)
        list.append(withDetail
                        ? deviceJson(d, true)
                        : QJsonObject{{QStringLiteral("name"), d.name},
                                      {QStringLiteral("outcome"), PushJobRecord::toString(d.outcome)}});
    QJsonObject o{
        {QStringLiteral("id"), qint64(job.id)},
        {QStringLiteral("engagementId"), qint64(job.engagementId)},
        {QStringLiteral("engagement"), job.engagementName},
        {QStringLiteral("kind"), PushJobRecord::toString(job.kind)},
        {QStringLiteral("mode"), PushJobRecord::toString(job.mode)},
        {QStringLiteral("user"), job.user},
        {QStringLiteral("startedAt"), utcTime(job.startedAt)},
        {QStringLiteral("finishedAt"), job.finishedAt ? QJsonValue(utcTime(job.finishedAt)) : QJsonValue()},
        {QStringLiteral("outcome"), PushJobRecord::toString(job.outcome)},
        {QStringLiteral("summary"), job.summary},
        {QStringLiteral("devices"), list}};
    if (job.rollbackOf)
        o.insert(QStringLiteral("rollbackOf"), qint64(*job.rollbackOf));
    return o;
}

// "3 (2 changed, 1 failed)": how many devices, and how each ended ("2 (2 read)" for a dry-run).
QString deviceCount(const PushJobRecord &job)
{
    QList<std::pair<JobDevice::Outcome, int>> counts;
    for (const JobDevice &d : job.devices) {
        auto it =
            std::find_if(counts.begin(), counts.end(), [&](const auto &c) { return c.first == d.outcome; });
        if (it == counts.end())
            counts.append({d.outcome, 1});
        else
            ++it->second;
    }
    QStringList parts;
    for (const auto &[outcome, n] : std::as_const(counts)) {
        // A dry-run changes no device: its devices were read, whatever their differences.
        const bool read = job.kind == PushJobRecord::Kind::DryRun && outcome == JobDevice::Outcome::Unchanged;
        parts.append(QStringLiteral("%1 %2").arg(n).arg(read ? QStringLiteral("read") : PushJobRecord::toString(outcome)));
    }
    if (parts.isEmpty())
        return QStringLiteral("0");
    return QStringLiteral("%1 (%2)").arg(job.devices.size()).arg(parts.join(QStringLiteral(", ")));
}

} // namespace

int runJobs(CliContext &c)
{
    QStringList positional;
    for (const QString &a : c.args()) {
        if (a.startsWith(QLatin1String("--")))
            return usageError(c.err(), QStringLiteral("unexpected option '%1'").arg(a), kJobsSynopsis);
        positional.append(a);
    }
    if (positional.size() > 1)
        return usageError(c.err(), QStringLiteral("'jobs' takes at most one engagement (id or name)"),
                          kJobsSynopsis);
    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return failure(c.err(), db.error().message);
    std::int64_t engagementId = 0;
    QString engagementName;
    if (!positional.isEmpty()) {
        auto engagement = findEngagement(c, positional.first());
        if (!engagement)
            return failure(c.err(), engagement.error().message);
        engagementId = engagement->id;
        engagementName = engagement->name;
    }
    auto jobs = PushJobRepository(**db).list(engagementId);
    if (!jobs)
        return failure(c.err(), jobs.error().message);
    if (c.json()) {
        QJsonArray list;
        for (const PushJobRecord &job : std::as_const(jobs.value()))
            list.append(jobJson(job, job.devices, false));
        c.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (jobs->isEmpty()) {
        if (engagementId)
            c.out() << "No push jobs of '" << printable(engagementName) << "' in " << c.dbPath()
                    << ". Each 'vpnwb push' or 'vpnwb rollback' is kept as one." << Qt::endl;
        else
            c.out() << "No push jobs in " << c.dbPath()
                    << ". Each 'vpnwb push' or 'vpnwb rollback' is kept as one." << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> rows{{QStringLiteral("ID"), QStringLiteral("WHEN"), QStringLiteral("WHO"),
                             QStringLiteral("ENGAGEMENT"), QStringLiteral("KIND"), QStringLiteral("OUTCOME"),
                             QStringLiteral("DEVICES"), QStringLiteral("SUMMARY")}};
    for (const PushJobRecord &job : std::as_const(jobs.value()))
        rows.append({QString::number(job.id), localTime(job.startedAt), job.user, job.engagementName,
                     PushJobRecord::toString(job.kind), PushJobRecord::toString(job.outcome),
                     deviceCount(job), job.summary});
    printTable(c.out(), rows);
    return ExitOk;
}

int runJob(CliContext &c)
{
    QStringList positional;
    QString deviceName;
    bool configs = false;
    const QStringList &args = c.args();
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--device") && i + 1 < args.size())
            deviceName = args[++i];
        else if (args[i] == QLatin1String("--configs"))
            configs = true;
        else if (args[i].startsWith(QLatin1String("--")))
            return usageError(c.err(), QStringLiteral("unexpected option '%1'").arg(args[i]), kJobSynopsis);
        else
            positional.append(args[i]);
    }
    if (positional.size() != 1)
        return usageError(c.err(), QStringLiteral("'job' takes one job id"), kJobSynopsis);
    const std::optional<qint64> jobId = jobIdArgument(positional.first());
    if (!jobId)
        return usageError(
            c.err(),
            QStringLiteral("ID must be a push job id, a whole number from 1 (see 'vpnwb jobs'), not '%1'")
                .arg(positional.first()),
            kJobSynopsis);
    auto found = findStoredJob(c, *jobId);
    if (!found)
        return failure(c.err(), found.error().message);
    const PushJobRecord &job = *found;

    QList<JobDevice> devices = job.devices;
    if (!deviceName.isEmpty()) {
        devices.clear();
        QStringList names;
        for (const JobDevice &d : job.devices) {
            names.append(d.name);
            if (d.name == deviceName)
                devices.append(d);
        }
        if (devices.isEmpty())
            return failure(c.err(), QStringLiteral("push job %1 has no device '%2'; its devices: %3")
                                        .arg(*jobId)
                                        .arg(deviceName, names.isEmpty() ? QStringLiteral("none")
                                                                         : names.join(QStringLiteral(", "))));
    }

    if (c.json()) {
        c.out() << QJsonDocument(jobJson(job, devices, true)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    QTextStream &out = c.out();
    out << "Push job " << job.id << ": " << PushJobRecord::toString(job.kind) << " ("
        << PushJobRecord::toString(job.mode) << ") of '" << printable(job.engagementName) << "' (engagement "
        << job.engagementId << ")\n";
    if (job.rollbackOf)
        out << "  undoes job " << *job.rollbackOf << '\n';
    out << "  by " << printable(job.user) << ", started " << localTime(job.startedAt);
    if (job.finishedAt)
        out << ", finished " << localTime(*job.finishedAt) << " (" << job.startedAt.secsTo(*job.finishedAt)
            << " s)";
    else
        out << ", not finished (still running, or the program stopped before it ended)";
    out << '\n' << "  outcome: " << PushJobRecord::toString(job.outcome);
    if (!job.summary.isEmpty())
        out << ": " << printable(job.summary);
    out << '\n';

    for (const JobDevice &d : std::as_const(devices)) {
        out << "\n== " << printable(d.name) << " (" << printable(d.role) << ", " << printable(d.vendor) << ", "
            << printable(d.transport) << ", " << printable(d.address) << ':' << d.port << "): " << PushJobRecord::toString(d.outcome)
            << '\n';
        if (!d.error.isEmpty())
            out << "   error: " << printable(d.error) << '\n';
        if (d.log.isEmpty()) {
            out << "   log: (empty)\n";
        } else {
            out << "   log:\n";
            printIndented(out, d.log, "     ");
        }
        if (!configs)
            continue;
        const std::pair<const char *, const QString *> parts[] = {{"configuration before", &d.preConfig},
                                                                  {"configuration after", &d.postConfig}};
        for (const auto &[title, text] : parts) {
            if (text->isEmpty()) {
                out << "   " << title << ": (not read)\n";
            } else {
                out << "   " << title << ":\n";
                printIndented(out, *text, "     ");
            }
        }
    }
    if (!configs && !devices.isEmpty())
        out << "\nThe configurations before and after: vpnwb job " << job.id << " --configs\n";
    out.flush();
    return ExitOk;
}

} // namespace vpnwb
