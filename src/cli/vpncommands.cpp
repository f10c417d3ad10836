#include "vpncommands.h"

#include "clicontext.h"
#include "engagementcommands.h"
#include "engagementdocument.h"
#include "usageerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vpnwb {
namespace {

constexpr const char *kSynopsis =
    "vpnwb vpn ENGAGEMENT VPN [--topology any-to-any|hub-and-spoke|hub-and-spoke-disjoint] "
    "[--roles SITE=hub|spoke|member|none,...] [--extranet-for VPN,...|none]";

struct VpnRequest
{
    QString engagement;
    QString vpnId;
    std::optional<VpnTopology> topology;
    QList<QPair<QString, std::optional<SiteRole>>> roles;
    std::optional<QStringList> extranetFor;
};

Result<VpnRequest> parse(const QStringList &args)
{
    VpnRequest r;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(QLatin1String("--"))) {
            positional.append(a);
            continue;
        }
        const QString value = args.value(++i);
        if (a == QLatin1String("--topology")) {
            r.topology = vpnTopologyFromString(value);
            if (!r.topology)
                return Error::invalidInput(QStringLiteral("--topology: '%1' is not a topology; choose %2")
                                               .arg(value, vpnTopologyChoices()));
        } else if (a == QLatin1String("--roles")) {
            for (const QString &pair : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const qsizetype eq = pair.indexOf(QLatin1Char('='));
                const QString site = pair.left(eq).trimmed();
                const QString role = eq < 0 ? QString() : pair.mid(eq + 1).trimmed();
                if (eq < 0 || site.isEmpty())
                    return Error::invalidInput(
                        QStringLiteral("--roles: '%1' is not SITE=ROLE (e.g. DC-FRA=hub)")
                            .arg(pair.trimmed()));
                if (role == QLatin1String("none")) {
                    r.roles.append({site, std::nullopt});
                } else if (role == QLatin1String("member")) {
                    r.roles.append({site, SiteRole::AnyToAny});
                } else if (const auto parsed = siteRoleFromString(role)) {
                    r.roles.append({site, *parsed});
                } else {
                    return Error::invalidInput(
                        QStringLiteral(
                            "--roles: '%1' for site %2 is not a role; choose hub, spoke, member or none")
                            .arg(role, site));
                }
            }
        } else if (a == QLatin1String("--extranet-for")) {
            r.extranetFor = value == QLatin1String("none")
                                ? QStringList{}
                                : value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
    }
    if (positional.size() != 2)
        return Error::invalidInput(QStringLiteral("give the engagement and the VPN"));
    r.engagement = positional[0];
    r.vpnId = positional[1];
    return r;
}

void print(CliContext &c, const VpnService &v)
{
    QStringList hubs;
    int spokes = 0;
    for (const VpnMember &m : v.members) {
        if (m.role == SiteRole::Hub)
            hubs.append(m.siteId);
        else if (m.role == SiteRole::Spoke)
            ++spokes;
    }
    if (c.json()) {
        QJsonArray members;
        for (const VpnMember &m : v.members)
            members.append(QJsonObject{{QStringLiteral("siteId"), m.siteId},
                                       {QStringLiteral("role"), toString(m.role)}});
        const QJsonObject o{
            {QStringLiteral("vpnId"), v.vpnId},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("topology"), toString(v.topology)},
            {QStringLiteral("members"), members},
            {QStringLiteral("extranetConsumers"), QJsonArray::fromStringList(v.extranetConsumers)}};
        c.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return;
    }
    c.out() << "VPN " << v.vpnId << " (" << v.name << "): " << toString(v.topology) << '\n';
    if (v.topology == VpnTopology::AnyToAny)
        c.out() << "members: " << v.members.size() << '\n';
    else
        c.out() << "hubs: " << (hubs.isEmpty() ? QStringLiteral("none") : hubs.join(QStringLiteral(", ")))
                << "; spokes: " << spokes << '\n';
    c.out() << "shared services for: "
            << (v.extranetConsumers.isEmpty() ? QStringLiteral("none")
                                              : v.extranetConsumers.join(QStringLiteral(", ")))
            << Qt::endl;
}

} // namespace

int runVpn(CliContext &c)
{
    auto request = parse(c.args());
    if (!request)
        return usageError(c.err(), request.error().message, kSynopsis);
    auto found = findEngagement(c, request->engagement);
    if (!found)
        return failure(c.err(), found.error().message);
    if (!found->findVpn(request->vpnId)) {
        QStringList ids;
        for (const VpnService &v : found->vpns)
            ids.append(v.vpnId);
        return failure(c.err(),
                       QStringLiteral("engagement '%1' has no VPN %2 (it has: %3)")
                           .arg(found->name, request->vpnId,
                                ids.isEmpty() ? QStringLiteral("none") : ids.join(QStringLiteral(", "))));
    }
    for (const auto &[siteId, role] : request->roles) {
        if (!found->findSite(siteId))
            return failure(c.err(),
                           QStringLiteral("engagement '%1' has no site %2").arg(found->name, siteId));
    }
    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return failure(c.err(), db.error().message);

    // The same checks as in the desktop application, through the same edits.
    EngagementDocument doc(**db);
    QStringList errors;
    QObject::connect(&doc, &EngagementDocument::errorOccurred, &doc,
                     [&errors](const QString &message) { errors.append(message); });
    if (const Status s = doc.open(found->id); !s)
        return failure(c.err(), s.error().message);
    const QString &vpnId = request->vpnId;
    if (request->topology)
        doc.setVpnTopology(vpnId, *request->topology);
    for (const auto &[siteId, role] : request->roles) {
        if (errors.isEmpty())
            doc.setVpnMembership(vpnId, siteId, role);
    }
    if (request->extranetFor && errors.isEmpty())
        doc.setExtranetConsumers(vpnId, *request->extranetFor);
    if (!errors.isEmpty()) {
        // All or nothing: take back what was already changed.
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        return failure(c.err(), errors.first() + QStringLiteral(" Nothing was changed."));
    }
    print(c, *doc.engagement().findVpn(vpnId));
    return ExitOk;
}

} // namespace vpnwb
