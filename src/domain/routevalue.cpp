#include "routevalue.h"

#include "ipv4prefix.h"

#include <QStringList>

namespace vpnwb {
namespace {

QString expected(const QString &text)
{
    return QStringLiteral("'%1' is not ASN:n or IP:n (for example 64500:100 or 192.0.2.1:7)").arg(text);
}

// A decimal number of at most `max`, without sign or spaces.
std::optional<std::uint64_t> decimal(const QString &text, std::uint64_t max)
{
    if (text.isEmpty() || text.size() > 10)
        return std::nullopt;
    for (const QChar c : text) {
        if (!c.isDigit() || c.unicode() > '9')
            return std::nullopt;
    }
    const std::uint64_t v = text.toULongLong();
    return v <= max ? std::optional<std::uint64_t>(v) : std::nullopt;
}

} // namespace

Result<RouteValue> RouteValue::fromAs(std::uint32_t as, std::uint32_t number)
{
    if (as == 0)
        return Error::invalidInput(QStringLiteral("AS 0 is reserved; an AS number is 1 to 4294967295"));
    if (number > maxNumberForAs(as))
        return Error::invalidInput(
            QStringLiteral("%1:%2: with the 4-byte AS %1 the number is at most 65535").arg(as).arg(number));
    return RouteValue(as <= 0xffff ? Type::As2 : Type::As4, as, number);
}

Result<RouteValue> RouteValue::fromIpv4(std::uint32_t address, std::uint32_t number)
{
    if (number > 0xffff)
        return Error::invalidInput(QStringLiteral("%1:%2: with an IPv4 address the number is at most 65535")
                                       .arg(Ipv4Prefix::addressToString(address))
                                       .arg(number));
    return RouteValue(Type::Ipv4, address, number);
}

Result<RouteValue> RouteValue::parse(const QString &input)
{
    const QString text = input.trimmed();
    QStringList parts = text.split(QLatin1Char(':'));
    std::optional<int> declaredType;
    if (parts.size() == 3) {
        const auto t = decimal(parts.takeFirst(), 2);
        if (!t)
            return Error::invalidInput(expected(input));
        declaredType = static_cast<int>(*t);
    }
    if (parts.size() != 2)
        return Error::invalidInput(expected(input));
    const auto number = decimal(parts[1], 0xffffffffu);
    if (!number)
        return Error::invalidInput(expected(input));

    if (parts[0].contains(QLatin1Char('.'))) {
        const auto address = Ipv4Prefix::parseAddress(parts[0]);
        if (!address || (declaredType && *declaredType != int(Type::Ipv4)))
            return Error::invalidInput(expected(input));
        return fromIpv4(*address, static_cast<std::uint32_t>(*number));
    }
    const auto as = decimal(parts[0], 0xffffffffu);
    if (!as)
        return Error::invalidInput(expected(input));
    if (*as == 0)
        return Error::invalidInput(
            QStringLiteral("'%1': AS 0 is reserved; an AS number is 1 to 4294967295").arg(input));
    if (declaredType == int(Type::Ipv4) || (declaredType == int(Type::As2) && *as > 0xffff) ||
        (declaredType == int(Type::As4) && *as <= 0xffff))
        return Error::invalidInput(
            QStringLiteral("'%1': type %2 does not fit AS %3").arg(input).arg(*declaredType).arg(*as));
    auto v = fromAs(static_cast<std::uint32_t>(*as), static_cast<std::uint32_t>(*number));
    if (!v)
        return Error::invalidInput(QStringLiteral("'%1': %2").arg(input, v.error().message));
    return v;
}

Result<RouteValue> RouteValue::parseRfc8294(const QString &text)
{
    if (text.trimmed().count(QLatin1Char(':')) != 2)
        return Error::invalidInput(
            QStringLiteral("'%1' lacks its type: RFC 8294 writes 0:ASN:n, 1:IP:n or 2:ASN:n (e.g. 0:64500:100)")
                .arg(text));
    return parse(text);
}

QString RouteValue::toString() const
{
    const QString admin =
        m_type == Type::Ipv4 ? Ipv4Prefix::addressToString(m_administrator) : QString::number(m_administrator);
    return admin + QLatin1Char(':') + QString::number(m_number);
}

QString RouteValue::toRfc8294() const
{
    return QString::number(int(m_type)) + QLatin1Char(':') + toString();
}

} // namespace vpnwb
