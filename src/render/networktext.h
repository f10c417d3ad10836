#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace vpnwb {

// The network values of a DeviceDesign in their text form, checked strictly:
// what passes here can be written into any vendor's configuration as is.
class NetworkText
{
public:
    struct Prefix
    {
        std::uint32_t network = 0;
        int length = 0;
    };

    // "a.b.c.d", four decimal octets without leading zeros.
    static std::optional<std::uint32_t> parseIpv4(QStringView text);
    static QString ipv4ToString(std::uint32_t address);
    // "a.b.c.d/len" without host bits.
    static std::optional<Prefix> parsePrefix(QStringView text);
    // The dotted netmask of a prefix length, e.g. 30 -> 255.255.255.252.
    static QString netmask(int length);
    // A route distinguisher or route target in its two common forms,
    // "ASN:n" (2-byte ASN with 4-byte n, or 4-byte ASN with 2-byte n) or
    // "a.b.c.d:n" (2-byte n).
    static bool isRouteTarget(QStringView text);
};

} // namespace vpnwb
