#include "popcatalogjson.h"

#include "engagementrules.h"
#include "ipv4prefix.h"
#include "jsonfieldreader.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <limits>

namespace vpnwb {
namespace {

constexpr std::int64_t kMaxKbps = std::numeric_limits<std::int32_t>::max() * std::int64_t(1000);
constexpr std::int64_t kMaxDays = 3650;

const QStringList &vendors()
{
    static const QStringList list{QStringLiteral("frr"), QStringLiteral("iosxr"), QStringLiteral("junos"),
                                  QStringLiteral("sros"), QStringLiteral("eos")};
    return list;
}

// Reads `key` as a number within [min, max].
double readRange(JsonFieldReader &r, const QString &key, double min, double max)
{
    const auto v = r.number(key);
    if (v && !(std::isfinite(*v) && *v >= min && *v <= max))
        r.fail(key, QStringLiteral("%1 is outside %2..%3").arg(*v).arg(min).arg(max));
    return v.value_or(0.0);
}

QString readCountryCode(JsonFieldReader &r, const QString &key)
{
    const QString code = r.string(key);
    if (!r.failed() && !EngagementRules::isValidCountryCode(code))
        r.fail(key, QStringLiteral("'%1' is not an ISO 3166-1 alpha-2 country code").arg(code));
    return code;
}

AccessType readAccessType(JsonFieldReader &r, const QString &key)
{
    const QString text = r.string(key);
    const auto type = accessTypeFromString(text);
    if (!type && !r.failed())
        r.fail(key, QStringLiteral("'%1' is not one of: %2").arg(text, accessTypeChoices()));
    return type.value_or(AccessType::Fiber);
}

// Calls `read(object, path)` for each element of the array `key`, stopping
// at the first error, and returns how many elements the array has.
template<typename Read> qsizetype forEachObject(JsonFieldReader &r, const QString &key, Read read)
{
    const QJsonArray array = r.array(key);
    for (qsizetype i = 0; i < array.size() && !r.failed(); ++i) {
        const QString path = r.pathOf(QStringLiteral("%1[%2]").arg(key).arg(i));
        if (array[i].isObject())
            read(array[i].toObject(), path);
        else
            r.failAt(path, QStringLiteral("expected an object"));
    }
    return array.size();
}

// Remembers where each name was first seen, to report a second use.
class UniqueNames
{
public:
    explicit UniqueNames(const char *what) : m_what(QLatin1String(what)) {}

    void check(JsonFieldReader &r, const QString &key, const QString &name)
    {
        if (r.failed())
            return;
        const auto seen = m_firstPath.constFind(name);
        if (seen != m_firstPath.constEnd())
            r.fail(key, QStringLiteral("%1 '%2' is used twice (first at %3)").arg(m_what, name, *seen));
        else
            m_firstPath.insert(name, r.pathOf(key));
    }

private:
    QString m_what;
    QHash<QString, QString> m_firstPath;
};

ProviderEdge readPe(const QJsonObject &o, const QString &path, QString *error, UniqueNames &peNames)
{
    JsonFieldReader r(o, path, error);
    ProviderEdge pe;
    pe.name = r.string(QStringLiteral("name"));
    peNames.check(r, QStringLiteral("name"), pe.name);
    pe.vendor = r.string(QStringLiteral("vendor"));
    if (!r.failed() && !vendors().contains(pe.vendor))
        r.fail(QStringLiteral("vendor"),
               QStringLiteral("'%1' is not one of: %2").arg(pe.vendor, vendors().join(QStringLiteral(", "))));
    pe.platform = r.string(QStringLiteral("platform"), false);
    pe.loopback = r.string(QStringLiteral("loopback"));
    if (!r.failed()) {
        if (const auto address = Ipv4Prefix::parseAddress(pe.loopback); !address)
            r.fail(QStringLiteral("loopback"), address.error().message);
    }
    const qsizetype portGroups =
        forEachObject(r, QStringLiteral("ports"), [&](const QJsonObject &p, const QString &at) {
            JsonFieldReader rp(p, at, error);
            PePort port;
            port.speedMbps = rp.integer(QStringLiteral("speedMbps"), 1, kMaxKbps / 1000).value_or(0);
            port.count = static_cast<int>(rp.integer(QStringLiteral("count"), 1, 100'000).value_or(0));
            pe.ports.append(port);
        });
    if (!r.failed() && portGroups == 0)
        r.fail(QStringLiteral("ports"), QStringLiteral("a PE needs at least one group of ports"));
    return pe;
}

AccessOffer readOffer(const QJsonObject &o, const QString &path, QString *error)
{
    JsonFieldReader r(o, path, error);
    AccessOffer offer;
    offer.type = readAccessType(r, QStringLiteral("type"));
    offer.maxReachKm = readRange(r, QStringLiteral("maxReachKm"), 0.0, 20'000.0);
    offer.maxBandwidthKbps = r.integer(QStringLiteral("maxBandwidthKbps"), 1, kMaxKbps).value_or(0);
    offer.leadTimeDays = static_cast<int>(r.integer(QStringLiteral("leadTimeDays"), 0, kMaxDays).value_or(0));
    return offer;
}

Pop readPop(const QJsonObject &o, const QString &path, QString *error, UniqueNames &popIds,
            UniqueNames &peNames)
{
    JsonFieldReader r(o, path, error);
    Pop pop;
    pop.popId = r.string(QStringLiteral("popId"));
    if (!r.failed() && pop.popId.trimmed().isEmpty())
        r.fail(QStringLiteral("popId"), QStringLiteral("the PoP id is empty"));
    popIds.check(r, QStringLiteral("popId"), pop.popId);
    pop.name = r.string(QStringLiteral("name"));
    pop.city = r.string(QStringLiteral("city"));
    pop.countryCode = readCountryCode(r, QStringLiteral("countryCode"));
    pop.latitude = readRange(r, QStringLiteral("latitude"), -90.0, 90.0);
    pop.longitude = readRange(r, QStringLiteral("longitude"), -180.0, 180.0);
    const qsizetype pes =
        forEachObject(r, QStringLiteral("pes"), [&](const QJsonObject &p, const QString &at) {
            pop.pes.append(readPe(p, at, error, peNames));
        });
    if (!r.failed() && pes == 0)
        r.fail(QStringLiteral("pes"), QStringLiteral("a PoP needs at least one PE"));
    forEachObject(r, QStringLiteral("access"), [&](const QJsonObject &a, const QString &at) {
        const AccessOffer offer = readOffer(a, at, error);
        if (!r.failed() && pop.offer(offer.type))
            r.failAt(at + QStringLiteral(".type"),
                     QStringLiteral("'%1' is sold twice by PoP %2").arg(toString(offer.type), pop.popId));
        pop.access.append(offer);
    });
    return pop;
}

PartnerProduct readPartner(const QJsonObject &o, const QString &path, QString *error, QString *firstCurrency)
{
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    JsonFieldReader r(o, path, error);
    PartnerProduct p;
    p.partner = r.string(QStringLiteral("partner"));
    p.countryCode = readCountryCode(r, QStringLiteral("countryCode"));
    p.accessType = readAccessType(r, QStringLiteral("accessType"));
    p.maxBandwidthKbps = r.integer(QStringLiteral("maxBandwidthKbps"), 1, kMaxKbps).value_or(0);
    p.monthlyCostMinor =
        r.integer(QStringLiteral("monthlyCostMinor"), 0, std::numeric_limits<std::int64_t>::max())
            .value_or(0);
    p.currency = r.string(QStringLiteral("currency"));
    if (!r.failed() && !currencyCode.match(p.currency).hasMatch())
        r.fail(QStringLiteral("currency"),
               QStringLiteral("'%1' is not an ISO 4217 currency code").arg(p.currency));
    // Partner prices are compared to pick the cheapest, so they share one currency.
    if (!r.failed() && firstCurrency->isEmpty())
        *firstCurrency = p.currency;
    else if (!r.failed() && p.currency != *firstCurrency)
        r.fail(QStringLiteral("currency"),
               QStringLiteral("'%1' differs from '%2' of the first partner product; all "
                              "partner prices must be in one currency")
                   .arg(p.currency, *firstCurrency));
    p.leadTimeDays = static_cast<int>(r.integer(QStringLiteral("leadTimeDays"), 0, kMaxDays).value_or(0));
    return p;
}

} // namespace

Result<PopCatalog> PopCatalogJson::fromBytes(const QByteArray &bytes, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype line = bytes.left(parseError.offset).count('\n') + 1;
        return Error::invalidInput(
            QStringLiteral("%1:%2: not valid JSON: %3").arg(source).arg(line).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return Error::invalidInput(QStringLiteral("%1: $: expected a JSON object").arg(source));
    return fromJson(doc.object(), source);
}

Result<PopCatalog> PopCatalogJson::fromJson(const QJsonObject &root, const QString &source)
{
    QString error;
    JsonFieldReader r(root, QStringLiteral("$"), &error);
    if (r.string(QStringLiteral("format")) != QLatin1String("vpnwb-pop-catalog") && !r.failed())
        r.fail(QStringLiteral("format"), QStringLiteral("expected \"vpnwb-pop-catalog\""));
    const auto version = r.integer(QStringLiteral("version"), 1, 1'000'000);
    if (version && *version > formatVersion)
        r.fail(QStringLiteral("version"), QStringLiteral("version %1 is newer than this build reads (%2)")
                                              .arg(*version)
                                              .arg(formatVersion));
    PopCatalog catalog;
    catalog.providerAs =
        static_cast<std::uint32_t>(r.integer(QStringLiteral("providerAs"), 1, 4294967295LL).value_or(0));

    UniqueNames popIds("PoP id");
    UniqueNames peNames("PE name");
    forEachObject(r, QStringLiteral("pops"), [&](const QJsonObject &o, const QString &path) {
        catalog.pops.append(readPop(o, path, &error, popIds, peNames));
    });
    QString currency;
    forEachObject(r, QStringLiteral("partners"), [&](const QJsonObject &o, const QString &path) {
        catalog.partners.append(readPartner(o, path, &error, &currency));
    });

    if (!error.isEmpty())
        return Error::invalidInput(source + QStringLiteral(": ") + error);
    return catalog;
}

} // namespace vpnwb
