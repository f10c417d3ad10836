#include "ipv4prefix.h"

#include <QStringList>

namespace vpnwb {

Result<std::uint32_t> Ipv4Prefix::parseAddress(const QString &text)
{
    // Four decimal octets of one to three digits, parsed in place: this runs
    // for every prefix of every site an import reads.
    const QStringView t = QStringView(text).trimmed();
    std::uint32_t address = 0;
    int octets = 0;
    qsizetype i = 0;
    while (i <= t.size() && octets < 4) {
        uint value = 0;
        int digits = 0;
        while (i < t.size() && t[i] >= u'0' && t[i] <= u'9' && digits < 4) {
            value = value * 10 + (t[i].unicode() - u'0');
            ++digits;
            ++i;
        }
        if (digits == 0 || digits > 3 || value > 255)
            break;
        address = (address << 8) | value;
        ++octets;
        if (octets < 4) {
            if (i >= t.size() || t[i] != u'.')
                break;
            ++i;
        }
    }
    if (octets != 4 || i != t.size())
        return Error::invalidInput(QStringLiteral("'%1' is not an IPv4 address").arg(text));
    return address;
}

QString Ipv4Prefix::addressToString(std::uint32_t a)
{
    // Written digit by digit: designs format tens of thousands of addresses.
    char16_t text[15];
    qsizetype n = 0;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const unsigned octet = (a >> shift) & 0xffu;
        if (octet >= 100)
            text[n++] = char16_t(u'0' + octet / 100);
        if (octet >= 10)
            text[n++] = char16_t(u'0' + octet / 10 % 10);
        text[n++] = char16_t(u'0' + octet % 10);
        if (shift > 0)
            text[n++] = u'.';
    }
    return QString(reinterpret_cast<const QChar *>(text), n);
}

Result<Ipv4Prefix> Ipv4Prefix::parse(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype slash = t.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return Error::invalidInput(QStringLiteral("'%1' is not a prefix (expected a.b.c.d/len)").arg(text));
    const auto address = parseAddress(t.left(slash));
    if (!address)
        return Error::invalidInput(QStringLiteral("'%1' is not a prefix (expected a.b.c.d/len)").arg(text));
    bool ok = false;
    const QString lenText = t.mid(slash + 1);
    const int length = lenText.toInt(&ok);
    if (!ok || length < 0 || length > 32 || lenText.startsWith(QLatin1Char('+')))
        return Error::invalidInput(
            QStringLiteral("'%1' is not a prefix: the length must be 0 to 32").arg(text));
    Ipv4Prefix p(0, length);
    const std::uint32_t network = *address & p.mask();
    if (network != *address)
        return Error::invalidInput(
            QStringLiteral("'%1' is not a prefix: host bits are set (did you mean %2/%3?)")
                .arg(text, addressToString(network))
                .arg(length));
    return Ipv4Prefix(network, length);
}

bool Ipv4Prefix::overlaps(const Ipv4Prefix &other) const
{
    const int shorter = std::min(m_length, other.m_length);
    const std::uint32_t m = shorter == 0 ? 0u : ~0u << (32 - shorter);
    return (m_network & m) == (other.m_network & m);
}

QString Ipv4Prefix::toString() const
{
    return addressToString(m_network) + QLatin1Char('/') + QString::number(m_length);
}

} // namespace vpnwb
