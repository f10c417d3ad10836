#include "engagementjson.h"

#include "engagementrules.h"
#include "jsonfieldreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace vpnwb {
namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject siteToJson(const Site &s)
{
    QJsonObject o;
    o[QLatin1String("siteId")] = s.siteId;
    o[QLatin1String("name")] = s.name;
    o[QLatin1String("address")] = QJsonObject{{QLatin1String("street"), s.address.street},
                                              {QLatin1String("city"), s.address.city},
                                              {QLatin1String("postalCode"), s.address.postalCode}};
    o[QLatin1String("countryCode")] = s.countryCode;
    o[QLatin1String("latitude")] = s.latitude;
    o[QLatin1String("longitude")] = s.longitude;
    o[QLatin1String("role")] = toString(s.role);
    o[QLatin1String("bandwidthKbps")] = static_cast<double>(s.bandwidthKbps);
    o[QLatin1String("accessType")] = toString(s.accessType);
    o[QLatin1String("resiliency")] = toString(s.resiliency);
    o[QLatin1String("lanPrefixes")] = QJsonArray::fromStringList(s.lanPrefixes);
    o[QLatin1String("routing")] = toString(s.routing);
    o[QLatin1String("customerAs")] = static_cast<double>(s.customerAs);
    return o;
}

template<typename E>
E readEnum(JsonFieldReader &r, const char *key, std::optional<E> (*parse)(const QString &),
           QString (*choices)(), E fallback)
{
    const QString k = QLatin1String(key);
    const QString text = r.string(k);
    if (r.failed())
        return fallback;
    const auto v = parse(text);
    if (!v) {
        r.fail(k, QStringLiteral("'%1' is not one of: %2").arg(text, choices()));
        return fallback;
    }
    return *v;
}

Site siteFromJson(const QJsonObject &o, const QString &path, QString *error)
{
    JsonFieldReader r(o, path, error);
    Site s;
    s.siteId = r.string(QStringLiteral("siteId"));
    s.name = r.string(QStringLiteral("name"));
    const QJsonObject a = r.object(QStringLiteral("address"));
    JsonFieldReader ra(a, r.pathOf(QStringLiteral("address")), error);
    if (!r.failed()) {
        s.address.street = ra.string(QStringLiteral("street"), false);
        s.address.city = ra.string(QStringLiteral("city"));
        s.address.postalCode = ra.string(QStringLiteral("postalCode"), false);
    }
    s.countryCode = r.string(QStringLiteral("countryCode"));
    s.latitude = r.number(QStringLiteral("latitude")).value_or(0.0);
    s.longitude = r.number(QStringLiteral("longitude")).value_or(0.0);
    s.role = readEnum(r, "role", siteRoleFromString, siteRoleChoices, SiteRole::Spoke);
    s.bandwidthKbps =
        r.integer(QStringLiteral("bandwidthKbps"), 1, EngagementRules::maxBandwidthKbps).value_or(0);
    s.accessType = readEnum(r, "accessType", accessTypeFromString, accessTypeChoices, AccessType::Fiber);
    s.resiliency = readEnum(r, "resiliency", resiliencyFromString, resiliencyChoices, Resiliency::Single);
    const QJsonArray prefixes = r.array(QStringLiteral("lanPrefixes"), false);
    for (qsizetype i = 0; i < prefixes.size(); ++i) {
        if (!prefixes[i].isString())
            r.failAt(r.pathOf(QStringLiteral("lanPrefixes[%1]").arg(i)), QStringLiteral("expected a string"));
        else
            s.lanPrefixes.append(prefixes[i].toString());
    }
    s.routing = readEnum(r, "routing", ceRoutingFromString, ceRoutingChoices, CeRouting::Bgp);
    s.customerAs = static_cast<std::uint32_t>(
        r.integer(QStringLiteral("customerAs"), 0, 4294967295LL, false).value_or(0));
    return s;
}

} // namespace

QJsonObject EngagementJson::toJson(const Engagement &e)
{
    QJsonObject root;
    root[QLatin1String("format")] = QStringLiteral("vpnwb-engagement");
    root[QLatin1String("version")] = formatVersion;
    root[QLatin1String("name")] = e.name;

    QJsonArray contacts;
    for (const Contact &c : e.customer.contacts)
        contacts.append(QJsonObject{{QLatin1String("name"), c.name},
                                    {QLatin1String("role"), c.role},
                                    {QLatin1String("email"), c.email},
                                    {QLatin1String("phone"), c.phone}});
    root[QLatin1String("customer")] = QJsonObject{{QLatin1String("name"), e.customer.name},
                                                  {QLatin1String("industry"), e.customer.industry},
                                                  {QLatin1String("contacts"), contacts}};
    QJsonArray sites;
    for (const Site &s : e.sites)
        sites.append(siteToJson(s));
    root[QLatin1String("sites")] = sites;

    QJsonArray vpns;
    for (const VpnService &v : e.vpns) {
        QJsonArray members;
        for (const VpnMember &m : v.members)
            members.append(
                QJsonObject{{QLatin1String("siteId"), m.siteId}, {QLatin1String("role"), toString(m.role)}});
        QJsonObject vpn{{QLatin1String("vpnId"), v.vpnId},
                        {QLatin1String("name"), v.name},
                        {QLatin1String("topology"), toString(v.topology)},
                        {QLatin1String("members"), members}};
        if (!v.extranetConsumers.isEmpty())
            vpn[QLatin1String("extranetConsumers")] = QJsonArray::fromStringList(v.extranetConsumers);
        vpns.append(vpn);
    }
    root[QLatin1String("vpns")] = vpns;

    QJsonArray steps;
    for (const StepStatus &s : e.steps) {
        if (s.state == StepState::NotStarted && s.note.isEmpty() && !s.updatedAt.isValid())
            continue;
        QJsonObject o{{QLatin1String("step"), s.step}, {QLatin1String("state"), toString(s.state)}};
        if (!s.note.isEmpty())
            o[QLatin1String("note")] = s.note;
        if (s.updatedAt.isValid())
            o[QLatin1String("updatedAt")] = iso(s.updatedAt);
        steps.append(o);
    }
    root[QLatin1String("steps")] = steps;
    return root;
}

QByteArray EngagementJson::toBytes(const Engagement &e)
{
    return QJsonDocument(toJson(e)).toJson(QJsonDocument::Indented);
}

Result<Engagement> EngagementJson::fromBytes(const QByteArray &bytes, const QString &source)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const int line = static_cast<int>(bytes.left(pe.offset).count('\n')) + 1;
        return Error::invalidInput(
            QStringLiteral("%1:%2: not valid JSON: %3").arg(source).arg(line).arg(pe.errorString()));
    }
    if (!doc.isObject())
        return Error::invalidInput(QStringLiteral("%1: $: expected a JSON object").arg(source));
    return fromJson(doc.object(), source);
}

Result<Engagement> EngagementJson::fromJson(const QJsonObject &root, const QString &source)
{
    QString error;
    JsonFieldReader r(root, QStringLiteral("$"), &error);
    if (r.string(QStringLiteral("format")) != QLatin1String("vpnwb-engagement") && !r.failed())
        r.fail(QStringLiteral("format"), QStringLiteral("expected \"vpnwb-engagement\""));
    const auto version = r.integer(QStringLiteral("version"), 1, 1'000'000);
    if (version && *version > formatVersion)
        r.fail(QStringLiteral("version"), QStringLiteral("version %1 is newer than this build reads (%2)")
                                              .arg(*version)
                                              .arg(formatVersion));

    Engagement e;
    e.name = r.string(QStringLiteral("name"));
    const QJsonObject customer = r.object(QStringLiteral("customer"));
    if (!r.failed()) {
        JsonFieldReader rc(customer, r.pathOf(QStringLiteral("customer")), &error);
        e.customer.name = rc.string(QStringLiteral("name"));
        e.customer.industry = rc.string(QStringLiteral("industry"), false);
        const QJsonArray contacts = rc.array(QStringLiteral("contacts"), false);
        for (qsizetype i = 0; i < contacts.size() && !r.failed(); ++i) {
            JsonFieldReader rr(contacts[i].toObject(), rc.pathOf(QStringLiteral("contacts[%1]").arg(i)),
                               &error);
            Contact c;
            c.name = rr.string(QStringLiteral("name"));
            c.role = rr.string(QStringLiteral("role"), false);
            c.email = rr.string(QStringLiteral("email"), false);
            c.phone = rr.string(QStringLiteral("phone"), false);
            e.customer.contacts.append(c);
        }
    }

    const QJsonArray sites = r.array(QStringLiteral("sites"));
    for (qsizetype i = 0; i < sites.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("$.sites[%1]").arg(i);
        if (!sites[i].isObject()) {
            r.failAt(path, QStringLiteral("expected an object"));
            break;
        }
        e.sites.append(siteFromJson(sites[i].toObject(), path, &error));
    }

    const QJsonArray vpns = r.array(QStringLiteral("vpns"), false);
    for (qsizetype i = 0; i < vpns.size() && !r.failed(); ++i) {
        JsonFieldReader rv(vpns[i].toObject(), QStringLiteral("$.vpns[%1]").arg(i), &error);
        VpnService v;
        v.vpnId = rv.string(QStringLiteral("vpnId"));
        v.name = rv.string(QStringLiteral("name"), false);
        v.topology =
            readEnum(rv, "topology", vpnTopologyFromString, vpnTopologyChoices, VpnTopology::AnyToAny);
        const QJsonArray members = rv.array(QStringLiteral("members"), false);
        for (qsizetype j = 0; j < members.size() && !r.failed(); ++j) {
            JsonFieldReader rm(members[j].toObject(), rv.pathOf(QStringLiteral("members[%1]").arg(j)),
                               &error);
            VpnMember m;
            m.siteId = rm.string(QStringLiteral("siteId"));
            m.role = readEnum(rm, "role", siteRoleFromString, siteRoleChoices, SiteRole::Spoke);
            v.members.append(m);
        }
        const QJsonArray consumers = rv.array(QStringLiteral("extranetConsumers"), false);
        for (qsizetype j = 0; j < consumers.size() && !r.failed(); ++j) {
            if (!consumers[j].isString())
                rv.fail(QStringLiteral("extranetConsumers[%1]").arg(j), QStringLiteral("expected a VPN id"));
            v.extranetConsumers.append(consumers[j].toString());
        }
        e.vpns.append(v);
    }

    const QJsonArray steps = r.array(QStringLiteral("steps"), false);
    for (qsizetype i = 0; i < steps.size() && !r.failed(); ++i) {
        JsonFieldReader rs(steps[i].toObject(), QStringLiteral("$.steps[%1]").arg(i), &error);
        StepStatus s;
        s.step = static_cast<int>(rs.integer(QStringLiteral("step"), 1, 10).value_or(1));
        s.state = readEnum(rs, "state", stepStateFromString, stepStateChoices, StepState::NotStarted);
        s.note = rs.string(QStringLiteral("note"), false);
        const QString at = rs.string(QStringLiteral("updatedAt"), false);
        if (!at.isEmpty()) {
            s.updatedAt = QDateTime::fromString(at, Qt::ISODate);
            if (!s.updatedAt.isValid())
                rs.fail(QStringLiteral("updatedAt"), QStringLiteral("'%1' is not an ISO 8601 time").arg(at));
        }
        e.steps.append(s);
    }

    if (!error.isEmpty())
        return Error::invalidInput(source + QStringLiteral(": ") + error);

    const FieldIssues issues = EngagementRules::check(e);
    if (!issues.isEmpty())
        return Error::invalidInput(source + QStringLiteral(": ") + issues.first().toString());
    e.normalizeSteps();
    return e;
}

} // namespace vpnwb
