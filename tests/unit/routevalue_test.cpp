#include "asnumber.h"
#include "routevalue.h"

#include <gtest/gtest.h>

using namespace vpnwb;

TEST(RouteValue, ReadsAsnAndIpFormsAndWritesRfc8294)
{
    const auto type0 = RouteValue::parse(QStringLiteral("64500:100"));
    ASSERT_TRUE(type0.ok());
    EXPECT_EQ(type0->type(), RouteValue::Type::As2);
    EXPECT_EQ(type0->toString(), QStringLiteral("64500:100"));
    EXPECT_EQ(type0->toRfc8294(), QStringLiteral("0:64500:100"));

    const auto type1 = RouteValue::parse(QStringLiteral("192.0.2.1:7"));
    ASSERT_TRUE(type1.ok());
    EXPECT_EQ(type1->toRfc8294(), QStringLiteral("1:192.0.2.1:7"));

    const auto type2 = RouteValue::parse(QStringLiteral("4200000000:7"));
    ASSERT_TRUE(type2.ok());
    EXPECT_EQ(type2->toRfc8294(), QStringLiteral("2:4200000000:7"));

    EXPECT_EQ(RouteValue::parse(QStringLiteral("0:64500:100")).value(), type0.value());
    EXPECT_EQ(RouteValue::parse(QStringLiteral("1:192.0.2.1:7")).value(), type1.value());
    EXPECT_EQ(RouteValue::parse(QStringLiteral("64500:4294967295"))->number(), 4294967295u);
}

TEST(RouteValue, RefusesWhatIsNotAsnColonNOrIpColonN)
{
    for (const char *bad : {"64500", "64500:", ":100", "abc:1", "64500:1:2", "64500:-1", "192.0.2:7", "3:64500:1",
                            "64500:4294967296", "", "64500 : 100"}) {
        const auto v = RouteValue::parse(QLatin1String(bad));
        ASSERT_FALSE(v.ok()) << bad;
        EXPECT_TRUE(v.error().message.contains(QLatin1String("is not ASN:n or IP:n"))) << v.error().message.toStdString();
    }
}

TEST(RouteValue, RefusesNumbersTheTypeCannotCarry)
{
    EXPECT_EQ(RouteValue::parse(QStringLiteral("0:100")).error().message,
              QStringLiteral("'0:100': AS 0 is reserved; an AS number is 1 to 4294967295"));
    EXPECT_EQ(RouteValue::parse(QStringLiteral("4200000000:70000")).error().message,
              QStringLiteral("'4200000000:70000': 4200000000:70000: with the 4-byte AS 4200000000 the number is at most 65535"));
    EXPECT_FALSE(RouteValue::parse(QStringLiteral("192.0.2.1:65536")).ok());
    EXPECT_FALSE(RouteValue::parse(QStringLiteral("0:4200000000:1")).ok()); // type 0 is for 2-byte AS
    EXPECT_FALSE(RouteValue::parse(QStringLiteral("1:64500:1")).ok());
}

TEST(RouteValue, Rfc8294FormNeedsItsType)
{
    EXPECT_TRUE(RouteValue::parseRfc8294(QStringLiteral("0:65000:100")).ok());
    EXPECT_EQ(RouteValue::parseRfc8294(QStringLiteral("65000:100")).error().message,
              QStringLiteral("'65000:100' lacks its type: RFC 8294 writes 0:ASN:n, 1:IP:n or 2:ASN:n (e.g. 0:64500:100)"));
}

TEST(AsNumber, AcceptsOneTo4294967295)
{
    EXPECT_EQ(AsNumber::parse(QStringLiteral("64500")).value(), 64500u);
    EXPECT_EQ(AsNumber::parse(QStringLiteral("AS4294967295")).value(), 4294967295u);
    EXPECT_EQ(AsNumber::parse(QStringLiteral("0")).error().message, QStringLiteral("AS 0 is outside 1–4294967295"));
    EXPECT_EQ(AsNumber::parse(QStringLiteral("4294967296")).error().message,
              QStringLiteral("AS 4294967296 is outside 1–4294967295"));
    EXPECT_FALSE(AsNumber::parse(QStringLiteral("-5")).ok());
    EXPECT_FALSE(AsNumber::parse(QStringLiteral("64500.1")).ok());
}
