#include "networktext.h"

#include <QStringList>

namespace vpnwb {
namespace {

std::optional<std::uint64_t> parseDecimal(QStringView text, std::uint64_t max)
{
    if (text.isEmpty() || text.size() > 10 || (text.size() > 1 && text.front() == QLatin1Char('0')))
        return std::nullopt;
    std::uint64_t value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value > max)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<std::uint32_t> NetworkText::parseIpv4(QStringView text)
{
    std::uint32_t address = 0;
    int octets = 0;
    for (const QStringView part : text.tokenize(QLatin1Char('.'))) {
        const auto octet = parseDecimal(part, 255);
        if (!octet || ++octets > 4)
            return std::nullopt;
        address = address << 8 | static_cast<std::uint32_t>(*octet);
    }
    if (octets != 4)
        return std::nullopt;
    return address;
}

QString NetworkText::ipv4ToString(std::uint32_t address)
{
    return QString::number(address >> 24) + QLatin1Char('.') + QString::number((address >> 16) & 0xff) +
           QLatin1Char('.') + QString::number((address >> 8) & 0xff) + QLatin1Char('.') +
           QString::number(address & 0xff);
}

std::optional<NetworkText::Prefix> NetworkText::parsePrefix(QStringView text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return std::nullopt;
    const auto address = parseIpv4(text.left(slash));
    const auto length = parseDecimal(text.mid(slash + 1), 32);
    if (!address || !length)
        return std::nullopt;
    const std::uint32_t mask = *length == 0 ? 0u : ~0u << (32 - *length);
    if ((*address & ~mask) != 0)
        return std::nullopt;
    return Prefix{*address, static_cast<int>(*length)};
}

QString NetworkText::netmask(int length)
{
    return ipv4ToString(length <= 0 ? 0u : ~0u << (32 - std::min(length, 32)));
}

bool NetworkText::isRouteTarget(QStringView text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    const QStringView admin = text.left(colon);
    const QStringView assigned = text.mid(colon + 1);
    if (admin.contains(QLatin1Char('.')))
        return parseIpv4(admin) && parseDecimal(assigned, 0xffff);
    const auto asn = parseDecimal(admin, 0xffffffffULL);
    if (!asn || *asn == 0)
        return false;
    return parseDecimal(assigned, *asn > 0xffff ? 0xffff : 0xffffffffULL).has_value();
}

} // namespace vpnwb
