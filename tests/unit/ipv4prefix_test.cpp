#include "ipv4prefix.h"

#include <gtest/gtest.h>

using namespace vpnwb;

TEST(Ipv4Prefix, ParsesCanonicalPrefix)
{
    const auto p = Ipv4Prefix::parse(QStringLiteral("10.1.0.0/16"));
    ASSERT_TRUE(p.ok()) << p.error().message.toStdString();
    EXPECT_EQ(p->toString(), QStringLiteral("10.1.0.0/16"));
    EXPECT_EQ(p->length(), 16);
    EXPECT_TRUE(p->contains(0x0A01FFFFu));
    EXPECT_FALSE(p->contains(0x0A020000u));
}

TEST(Ipv4Prefix, RefusesHostBitsAndSuggestsTheNetwork)
{
    const auto p = Ipv4Prefix::parse(QStringLiteral("10.1.1.1/24"));
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().message,
              QStringLiteral("'10.1.1.1/24' is not a prefix: host bits are set (did you mean 10.1.1.0/24?)"));
}

TEST(Ipv4Prefix, RefusesMalformedText)
{
    for (const char *bad :
         {"10.1.0.0", "10.1.0/16", "10.1.0.256/24", "10.1.0.0/33", "a.b.c.d/8", "10.1.0.0/-1", "", "1.2.3.4.5/8", "1..2.3/8",
          "1234.1.1.1/8", "1.2.3.4x/8", ".1.2.3/8"})
        EXPECT_FALSE(Ipv4Prefix::parse(QString::fromLatin1(bad)).ok()) << bad;
}

TEST(Ipv4Prefix, OverlapIsContainmentEitherWay)
{
    const auto a = *Ipv4Prefix::parse(QStringLiteral("10.0.0.0/8"));
    const auto b = *Ipv4Prefix::parse(QStringLiteral("10.20.0.0/16"));
    const auto c = *Ipv4Prefix::parse(QStringLiteral("11.0.0.0/8"));
    EXPECT_TRUE(a.overlaps(b));
    EXPECT_TRUE(b.overlaps(a));
    EXPECT_FALSE(a.overlaps(c));
}

TEST(Ipv4Prefix, AddressesAreWrittenInDottedDecimal)
{
    EXPECT_EQ(Ipv4Prefix::addressToString(0), QStringLiteral("0.0.0.0"));
    EXPECT_EQ(Ipv4Prefix::addressToString(0xffffffffu), QStringLiteral("255.255.255.255"));
    EXPECT_EQ(Ipv4Prefix::addressToString(0x64400a09u), QStringLiteral("100.64.10.9"));
    EXPECT_EQ(Ipv4Prefix::addressToString(0xc0000201u), QStringLiteral("192.0.2.1"));
    for (const char *text : {"10.0.100.99", "172.16.20.0", "1.10.100.255"})
        EXPECT_EQ(Ipv4Prefix::addressToString(*Ipv4Prefix::parseAddress(QLatin1String(text))), QLatin1String(text));
}
