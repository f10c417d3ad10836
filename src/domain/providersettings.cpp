#include "providersettings.h"

#include "asnumber.h"
#include "routevalue.h"

namespace vpnwb {
namespace {

Ipv4Prefix prefix(const char *text)
{
    return Ipv4Prefix::parse(QLatin1String(text)).value();
}

Result<int> integerIn(const QString &text, int min, int max)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        return Error::invalidInput(QStringLiteral("'%1' is not a whole number from %2 to %3").arg(text).arg(min).arg(max));
    return v;
}

} // namespace

ProviderSettings ProviderSettings::defaultsFor(std::uint32_t providerAs)
{
    ProviderSettings s;
    s.providerAs = providerAs;
    // RFC 6598 shared address space: never a customer's LAN, never on the Internet.
    s.linkPool = prefix("100.64.0.0/16");
    s.loopbackPool = prefix("100.65.0.0/20");
    s.cpePool = prefix("100.66.0.0/18");
    return s;
}

QStringList ProviderSettings::fieldNames()
{
    return {QStringLiteral("provider-as"),  QStringLiteral("rd-type"),     QStringLiteral("link-prefix-length"),
            QStringLiteral("rd-range"),     QStringLiteral("rt-range"),    QStringLiteral("soo-range"),
            QStringLiteral("link-pool"),    QStringLiteral("loopback-pool"), QStringLiteral("cpe-pool"),
            QStringLiteral("vlan-range"),   QStringLiteral("ef-max-percent"), QStringLiteral("mtu"),
            QStringLiteral("same-as"),      QStringLiteral("cpe-vendor")};
}

QStringList ProviderSettings::cpeVendors()
{
    return {QStringLiteral("iosxe"), QStringLiteral("frr")};
}

QString ProviderSettings::value(const QString &field) const
{
    if (field == QLatin1String("provider-as"))
        return QString::number(providerAs);
    if (field == QLatin1String("rd-type"))
        return QString::number(rdType);
    if (field == QLatin1String("link-prefix-length"))
        return QString::number(linkPrefixLength);
    if (field == QLatin1String("rd-range"))
        return rdNumbers.toString();
    if (field == QLatin1String("rt-range"))
        return rtNumbers.toString();
    if (field == QLatin1String("soo-range"))
        return sooNumbers.toString();
    if (field == QLatin1String("link-pool"))
        return linkPool.toString();
    if (field == QLatin1String("loopback-pool"))
        return loopbackPool.toString();
    if (field == QLatin1String("cpe-pool"))
        return cpePool.toString();
    if (field == QLatin1String("vlan-range"))
        return vlans.toString();
    if (field == QLatin1String("ef-max-percent"))
        return QString::number(efMaxPercent);
    if (field == QLatin1String("mtu"))
        return QString::number(mtu);
    if (field == QLatin1String("same-as"))
        return toString(sameAsRemedy);
    if (field == QLatin1String("cpe-vendor"))
        return cpeVendor;
    return {};
}

Status ProviderSettings::set(const QString &field, const QString &text)
{
    auto fail = [&](const QString &message) -> Status {
        return Error::invalidInput(QStringLiteral("provider setting %1: %2").arg(field, message));
    };
    auto setRange = [&](NumberRange &target, std::int64_t max) -> Status {
        const auto r = NumberRange::parse(text, 1, max);
        if (!r)
            return fail(r.error().message);
        target = *r;
        return Status::success();
    };
    auto setPool = [&](Ipv4Prefix &target) -> Status {
        const auto p = Ipv4Prefix::parse(text);
        if (!p)
            return fail(p.error().message);
        if (p->length() > 29 || p->length() < 8)
            return fail(QStringLiteral("%1: a pool is a /8 to a /29").arg(p->toString()));
        target = *p;
        return Status::success();
    };
    auto setInt = [&](int &target, int min, int max) -> Status {
        const auto v = integerIn(text, min, max);
        if (!v)
            return fail(v.error().message);
        target = *v;
        return Status::success();
    };

    if (field == QLatin1String("provider-as")) {
        const auto as = AsNumber::parse(text);
        if (!as)
            return fail(as.error().message);
        providerAs = *as;
        return Status::success();
    }
    if (field == QLatin1String("rd-type")) {
        if (text.trimmed() != QLatin1String("0") && text.trimmed() != QLatin1String("1"))
            return fail(QStringLiteral("'%1' is not 0 (AS:n) or 1 (router-id:n)").arg(text));
        rdType = text.trimmed().toInt();
        return Status::success();
    }
    if (field == QLatin1String("link-prefix-length")) {
        if (text.trimmed() != QLatin1String("30") && text.trimmed() != QLatin1String("31"))
            return fail(QStringLiteral("'%1' is not 30 or 31").arg(text));
        linkPrefixLength = text.trimmed().toInt();
        return Status::success();
    }
    if (field == QLatin1String("rd-range"))
        return setRange(rdNumbers, 4294967295LL);
    if (field == QLatin1String("rt-range"))
        return setRange(rtNumbers, 4294967295LL);
    if (field == QLatin1String("soo-range"))
        return setRange(sooNumbers, 4294967295LL);
    if (field == QLatin1String("link-pool"))
        return setPool(linkPool);
    if (field == QLatin1String("loopback-pool"))
        return setPool(loopbackPool);
    if (field == QLatin1String("cpe-pool"))
        return setPool(cpePool);
    if (field == QLatin1String("vlan-range")) {
        const auto r = NumberRange::parse(text, 1, 4094);
        if (!r)
            return fail(QStringLiteral("%1 (a VLAN id is 1 to 4094)").arg(r.error().message));
        vlans = *r;
        return Status::success();
    }
    if (field == QLatin1String("ef-max-percent"))
        return setInt(efMaxPercent, 1, 100);
    if (field == QLatin1String("mtu"))
        return setInt(mtu, 576, 9216);
    if (field == QLatin1String("same-as")) {
        const auto r = sameAsRemedyFromString(text);
        if (!r)
            return fail(QStringLiteral("'%1' is not one of: %2").arg(text, sameAsRemedyChoices()));
        sameAsRemedy = *r;
        return Status::success();
    }
    if (field == QLatin1String("cpe-vendor")) {
        if (!cpeVendors().contains(text.trimmed()))
            return fail(QStringLiteral("'%1' is not one of: %2").arg(text, cpeVendors().join(QStringLiteral(", "))));
        cpeVendor = text.trimmed();
        return Status::success();
    }
    return Error::invalidInput(QStringLiteral("'%1' is not a provider setting (one of: %2)")
                                   .arg(field, fieldNames().join(QStringLiteral(", "))));
}

FieldIssues ProviderSettings::check() const
{
    FieldIssues out;
    if (providerAs == 0)
        out.append({QStringLiteral("provider-as"), QStringLiteral("AS 0 is outside 1–4294967295")});
    const std::int64_t maxForAs = RouteValue::maxNumberForAs(providerAs);
    const std::int64_t maxRd = rdType == 1 ? 0xffff : maxForAs;
    if (rdNumbers.last > maxRd)
        out.append({QStringLiteral("rd-range"),
                    QStringLiteral("%1 goes beyond %2, the largest number an RD of type %3 with AS %4 carries")
                        .arg(rdNumbers.toString())
                        .arg(maxRd)
                        .arg(rdType == 1 ? 1 : (providerAs <= 0xffff ? 0 : 2))
                        .arg(providerAs)});
    for (const auto &[name, range] : {std::pair{"rt-range", rtNumbers}, std::pair{"soo-range", sooNumbers}}) {
        if (range.last > maxForAs)
            out.append({QLatin1String(name), QStringLiteral("%1 goes beyond %2, the largest number AS %3 carries")
                                                 .arg(range.toString())
                                                 .arg(maxForAs)
                                                 .arg(providerAs)});
    }
    const std::pair<const char *, Ipv4Prefix> pools[] = {
        {"link-pool", linkPool}, {"loopback-pool", loopbackPool}, {"cpe-pool", cpePool}};
    for (std::size_t i = 0; i < std::size(pools); ++i) {
        for (std::size_t j = i + 1; j < std::size(pools); ++j) {
            if (pools[i].second.overlaps(pools[j].second))
                out.append({QLatin1String(pools[j].first),
                            QStringLiteral("%1 overlaps the %2 %3")
                                .arg(pools[j].second.toString(), QLatin1String(pools[i].first),
                                     pools[i].second.toString())});
        }
    }
    return out;
}

} // namespace vpnwb
