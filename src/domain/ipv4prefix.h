#pragma once

#include "result.h"

#include <QString>

#include <compare>
#include <cstdint>

namespace vpnwb {

// An IPv4 network prefix such as 10.1.0.0/16. Host bits are never set.
class Ipv4Prefix
{
public:
    Ipv4Prefix() = default;

    // Parses "a.b.c.d/len". A prefix with host bits set (10.1.1.1/24) is
    // refused, naming the prefix it probably meant.
    static Result<Ipv4Prefix> parse(const QString &text);
    static Result<std::uint32_t> parseAddress(const QString &text);
    static QString addressToString(std::uint32_t address);

    std::uint32_t network() const { return m_network; }
    int length() const { return m_length; }
    std::uint32_t mask() const { return m_length == 0 ? 0u : ~0u << (32 - m_length); }
    std::uint32_t lastAddress() const { return m_network | ~mask(); }
    bool contains(std::uint32_t address) const { return (address & mask()) == m_network; }
    bool overlaps(const Ipv4Prefix &other) const;
    QString toString() const;

    auto operator<=>(const Ipv4Prefix &) const = default;

private:
    Ipv4Prefix(std::uint32_t network, int length) : m_network(network), m_length(length) {}

    std::uint32_t m_network = 0;
    int m_length = 0;
};

} // namespace vpnwb
