#pragma once

#include "result.h"

#include <QString>

#include <compare>
#include <cstdint>

namespace vpnwb {

// A route distinguisher, route target or site of origin: an administrator
// (an AS number or an IPv4 address) and a number it assigns (RFC 4364 §4.2,
// RFC 4360 §3). The three share one encoding and one text form.
//   type 0: 2-byte AS : 4-byte number    64500:100       0:64500:100
//   type 1: IPv4      : 2-byte number    192.0.2.1:7     1:192.0.2.1:7
//   type 2: 4-byte AS : 2-byte number    4200000000:7    2:4200000000:7
class RouteValue
{
public:
    enum class Type { As2 = 0, Ipv4 = 1, As4 = 2 };

    RouteValue() = default;

    // Reads "ASN:n" or "IP:n", or RFC 8294's form with the type in front
    // ("0:64500:100"). AS 0 and numbers too large for the type are refused.
    static Result<RouteValue> parse(const QString &text);
    // Reads only RFC 8294's form, with the type in front, as the YANG types want it.
    static Result<RouteValue> parseRfc8294(const QString &text);
    // Type 0 for a 2-byte AS, type 2 for a 4-byte AS (then `number` must fit 16 bits).
    static Result<RouteValue> fromAs(std::uint32_t as, std::uint32_t number);
    static Result<RouteValue> fromIpv4(std::uint32_t address, std::uint32_t number);
    // The largest number the type of `as` can carry: 4294967295 for a 2-byte AS, else 65535.
    static std::uint32_t maxNumberForAs(std::uint32_t as) { return as <= 0xffff ? 0xffffffffu : 0xffffu; }

    Type type() const { return m_type; }
    std::uint32_t administrator() const { return m_administrator; }
    std::uint32_t number() const { return m_number; }

    QString toString() const;  // "64500:100", as routers print it
    QString toRfc8294() const; // "0:64500:100", as the YANG types of RFC 8294 want it

    auto operator<=>(const RouteValue &) const = default;

private:
    RouteValue(Type type, std::uint32_t administrator, std::uint32_t number)
        : m_type(type), m_administrator(administrator), m_number(number)
    {}

    Type m_type = Type::As2;
    std::uint32_t m_administrator = 0;
    std::uint32_t m_number = 0;
};

} // namespace vpnwb
