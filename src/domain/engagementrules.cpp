#include "engagementrules.h"

#include "flowstep.h"
#include "ipv4prefix.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace vpnwb {

bool EngagementRules::isValidSiteId(const QString &siteId)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    return re.match(siteId).hasMatch();
}

bool EngagementRules::isValidCountryCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{2}$"));
    return re.match(code).hasMatch();
}

std::optional<QString> EngagementRules::checkNote(const QString &note)
{
    if (note.size() > maxNoteLength)
        return QStringLiteral("the note has %1 characters; at most %2 are kept").arg(note.size()).arg(maxNoteLength);
    for (const QChar c : note) {
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("the note contains a control character (U+%1); notes are one line of text")
                .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    return std::nullopt;
}

FieldIssues EngagementRules::checkSite(const Site &s, const QString &path)
{
    FieldIssues out;
    auto add = [&](const char *field, const QString &message) {
        out.append({path + QLatin1Char('.') + QLatin1String(field), message});
    };
    if (!isValidSiteId(s.siteId))
        add("siteId", QStringLiteral("'%1' is not a valid site id (1 to 32 letters, digits, '.', '_' or '-', "
                                     "starting with a letter or digit)")
                          .arg(s.siteId));
    if (s.name.trimmed().isEmpty())
        add("name", QStringLiteral("the site name is empty"));
    if (!isValidCountryCode(s.countryCode))
        add("countryCode",
            QStringLiteral("'%1' is not an ISO 3166-1 alpha-2 country code").arg(s.countryCode));
    if (!std::isfinite(s.latitude) || s.latitude < -90.0 || s.latitude > 90.0)
        add("latitude", QStringLiteral("%1 is outside -90..90").arg(s.latitude));
    if (!std::isfinite(s.longitude) || s.longitude < -180.0 || s.longitude > 180.0)
        add("longitude", QStringLiteral("%1 is outside -180..180").arg(s.longitude));
    if (s.bandwidthKbps <= 0 || s.bandwidthKbps > maxBandwidthKbps)
        add("bandwidthKbps", QStringLiteral("%1 kb/s is outside 1 kb/s .. 100 Gb/s").arg(s.bandwidthKbps));
    for (qsizetype i = 0; i < s.lanPrefixes.size(); ++i) {
        const auto p = Ipv4Prefix::parse(s.lanPrefixes[i]);
        if (!p)
            out.append({path + QStringLiteral(".lanPrefixes[%1]").arg(i), p.error().message});
    }
    if (s.routing == CeRouting::Bgp && s.customerAs == 0)
        add("customerAs", QStringLiteral("a BGP site needs a customer AS (1 to 4294967295)"));
    return out;
}

FieldIssues EngagementRules::check(const Engagement &e)
{
    FieldIssues out;
    if (e.name.trimmed().isEmpty())
        out.append({QStringLiteral("name"), QStringLiteral("the engagement has no name")});
    if (e.customer.name.trimmed().isEmpty())
        out.append({QStringLiteral("customer.name"), QStringLiteral("the customer has no name")});

    QSet<QString> siteIds;
    for (qsizetype i = 0; i < e.sites.size(); ++i) {
        const Site &s = e.sites[i];
        const QString path =
            QStringLiteral("sites[%1]").arg(s.siteId.isEmpty() ? QString::number(i) : s.siteId);
        out.append(checkSite(s, path));
        if (siteIds.contains(s.siteId))
            out.append({path + QStringLiteral(".siteId"),
                        QStringLiteral("site id '%1' is used twice").arg(s.siteId)});
        siteIds.insert(s.siteId);
    }

    QSet<QString> vpnIds;
    for (qsizetype i = 0; i < e.vpns.size(); ++i) {
        const VpnService &v = e.vpns[i];
        const QString path = QStringLiteral("vpns[%1]").arg(v.vpnId.isEmpty() ? QString::number(i) : v.vpnId);
        if (!isValidSiteId(v.vpnId))
            out.append(
                {path + QStringLiteral(".vpnId"), QStringLiteral("'%1' is not a valid VPN id").arg(v.vpnId)});
        if (vpnIds.contains(v.vpnId))
            out.append(
                {path + QStringLiteral(".vpnId"), QStringLiteral("VPN id '%1' is used twice").arg(v.vpnId)});
        vpnIds.insert(v.vpnId);
        QSet<QString> members;
        for (const VpnMember &m : v.members) {
            if (!siteIds.contains(m.siteId))
                out.append({path + QStringLiteral(".members[%1]").arg(m.siteId),
                            QStringLiteral("site '%1' does not exist").arg(m.siteId)});
            if (members.contains(m.siteId))
                out.append({path + QStringLiteral(".members[%1]").arg(m.siteId),
                            QStringLiteral("site '%1' is a member twice").arg(m.siteId)});
            members.insert(m.siteId);
        }
    }
    for (const VpnService &v : e.vpns) {
        for (const QString &consumer : v.extranetConsumers) {
            const QString field = QStringLiteral("vpns[%1].extranetConsumers[%2]").arg(v.vpnId, consumer);
            if (consumer == v.vpnId)
                out.append({field, QStringLiteral("a VPN cannot be an extranet consumer of itself")});
            else if (!vpnIds.contains(consumer))
                out.append({field, QStringLiteral("VPN '%1' does not exist").arg(consumer)});
        }
    }

    QSet<int> steps;
    for (const StepStatus &s : e.steps) {
        if (s.step < 1 || s.step > FlowStep::count)
            out.append(
                {QStringLiteral("steps"), QStringLiteral("step %1 does not exist (1 to 10)").arg(s.step)});
        else if (steps.contains(s.step))
            out.append({QStringLiteral("steps[%1]").arg(s.step),
                        QStringLiteral("step %1 appears twice").arg(s.step)});
        steps.insert(s.step);
    }
    return out;
}

} // namespace vpnwb
