#include "identifier.h"
#include "networktext.h"
#include "safetext.h"

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

const QStringList kVendors{QStringLiteral("frr"),   QStringLiteral("iosxr"), QStringLiteral("iosxe"),
                           QStringLiteral("eos"),   QStringLiteral("junos"), QStringLiteral("sros"),
                           QStringLiteral("other")};

QString clean(const QString &vendor, const QString &text,
              SafeText::Field field = SafeText::Field::InterfaceDescription)
{
    return SafeText::forVendor(vendor).clean(text, field);
}

} // namespace

TEST(SafeText, LineBreaksAndControlCharactersBecomeOneSpace)
{
    for (const QString &vendor : kVendors) {
        EXPECT_EQ(clean(vendor, QStringLiteral("Store\nrouter bgp 1\r\n\tx")), QStringLiteral("Store router bgp 1 x"))
            << vendor.toStdString();
        EXPECT_EQ(clean(vendor, QStringLiteral("a\u2028b\u0085c\u0000d\u007fe")), QStringLiteral("a b c d e"));
    }
}

TEST(SafeText, FormatCharactersAreDroppedSoThatTextCannotHideWhatItSays)
{
    // Right-to-left override and zero-width space.
    EXPECT_EQ(clean(QStringLiteral("iosxr"), QStringLiteral("ab\u202Ecd\u200Be")), QStringLiteral("abcde"));
}

TEST(SafeText, QuestionMarkAndBackslashAreReplacedForEveryVendor)
{
    for (const QString &vendor : kVendors)
        EXPECT_EQ(clean(vendor, QStringLiteral("why? a\\b")), QStringLiteral("why_ a_b")) << vendor.toStdString();
}

TEST(SafeText, DoubleQuotesBecomeSingleAndAnUnbalancedQuoteIsReplaced)
{
    EXPECT_EQ(clean(QStringLiteral("junos"), QStringLiteral("the \"big\" store")), QStringLiteral("the 'big' store"));
    EXPECT_EQ(clean(QStringLiteral("junos"), QStringLiteral("O'Brien's \"x")), QStringLiteral("O'Brien's _x"));
    EXPECT_EQ(clean(QStringLiteral("frr"), QStringLiteral("it's")), QStringLiteral("it_s"));
}

TEST(SafeText, VendorForbiddenCharactersAreReplaced)
{
    EXPECT_EQ(clean(QStringLiteral("frr"), QStringLiteral("a | b")), QStringLiteral("a _ b")); // vtysh pipes
    EXPECT_EQ(clean(QStringLiteral("junos"), QStringLiteral("a {b}; #c")), QStringLiteral("a _b__ _c"));
    EXPECT_EQ(clean(QStringLiteral("sros"), QStringLiteral("a [b] {c} #d")), QStringLiteral("a _b_ _c_ _d"));
    EXPECT_EQ(clean(QStringLiteral("iosxe"), QStringLiteral("x^y")), QStringLiteral("x_y"));
    EXPECT_EQ(clean(QStringLiteral("iosxr"), QStringLiteral("a {b}; #c | d")), QStringLiteral("a {b}; #c | d"));
}

TEST(SafeText, AccentsAreDroppedAndSomeLettersSpelledOut)
{
    EXPECT_EQ(clean(QStringLiteral("iosxr"), QStringLiteral("München Straße Łódź Ærø Œuvre")),
              QStringLiteral("Munchen Strasse Lodz AEro OEuvre"));
    EXPECT_EQ(clean(QStringLiteral("frr"), QStringLiteral("東京 store 🚀")), QStringLiteral("__ store _"));
}

TEST(SafeText, TextIsCutToTheVendorsLengthWithoutLeavingASpaceOrAnOpenQuote)
{
    const SafeText sros = SafeText::forVendor(u"sros");
    EXPECT_EQ(sros.maxLength(SafeText::Field::InterfaceDescription), 80);
    const QString cut = sros.clean(QString(QString(79, QLatin1Char('a')) + QStringLiteral(" bbb")),
                                   SafeText::Field::InterfaceDescription);
    EXPECT_EQ(cut, QString(79, QLatin1Char('a')));
    const QString quote = sros.clean(QString(QString(79, QLatin1Char('a')) + QStringLiteral("'b'")),
                                     SafeText::Field::InterfaceDescription);
    EXPECT_EQ(quote, QString(79, QLatin1Char('a')) + QLatin1Char('_'));
    EXPECT_EQ(SafeText::forVendor(u"frr").clean(QString(500, QLatin1Char('x')), SafeText::Field::NeighborDescription).size(),
              80);
}

TEST(SafeText, EmptyOrBlankTextGivesNothing)
{
    EXPECT_EQ(clean(QStringLiteral("eos"), QStringLiteral(" \n\t\r ")), QString());
    EXPECT_EQ(clean(QStringLiteral("eos"), QString()), QString());
}

TEST(Identifier, StrictAlphabet)
{
    EXPECT_TRUE(Identifier::isValid(u"CORP-HUB"));
    EXPECT_TRUE(Identifier::isValid(u"a_1"));
    EXPECT_FALSE(Identifier::isValid(u""));
    EXPECT_FALSE(Identifier::isValid(u"1CORP"));
    EXPECT_FALSE(Identifier::isValid(u"CORP-"));
    EXPECT_FALSE(Identifier::isValid(u"CORP HUB"));
    EXPECT_FALSE(Identifier::isValid(u"CORP\nrouter"));
    EXPECT_FALSE(Identifier::isValid(u"CORP;"));
    EXPECT_FALSE(Identifier::isValid(u"CÖRP"));
    EXPECT_FALSE(Identifier::isValid(QString(41, QLatin1Char('A'))));
    EXPECT_FALSE(Identifier::isValid(u"SIXTEEN-CHARS-XX", 15));
}

TEST(Identifier, FromTextKeepsWhatIsSafe)
{
    EXPECT_EQ(Identifier::fromText(u"ST BER/01", QStringLiteral("X")), QStringLiteral("ST-BER-01"));
    EXPECT_EQ(Identifier::fromText(u"42 Zürich ", QStringLiteral("X")), QStringLiteral("Zurich"));
    EXPECT_EQ(Identifier::fromText(u"???", QStringLiteral("SITE7")), QStringLiteral("SITE7"));
    EXPECT_EQ(Identifier::fromText(u"abcdefghijkl", QStringLiteral("X"), 9), QStringLiteral("abcdefghi"));
}

TEST(NetworkText, Ipv4AddressesAndPrefixes)
{
    EXPECT_EQ(NetworkText::parseIpv4(u"192.0.2.1"), 0xC0000201u);
    EXPECT_FALSE(NetworkText::parseIpv4(u"192.0.2"));
    EXPECT_FALSE(NetworkText::parseIpv4(u"192.0.2.256"));
    EXPECT_FALSE(NetworkText::parseIpv4(u"192.0.02.1"));
    EXPECT_FALSE(NetworkText::parseIpv4(u"1.2.3.4\n"));
    EXPECT_TRUE(NetworkText::parsePrefix(u"10.0.0.0/8"));
    EXPECT_FALSE(NetworkText::parsePrefix(u"10.0.0.1/8"));
    EXPECT_FALSE(NetworkText::parsePrefix(u"10.0.0.0/33"));
    EXPECT_EQ(NetworkText::netmask(30), QStringLiteral("255.255.255.252"));
    EXPECT_EQ(NetworkText::netmask(0), QStringLiteral("0.0.0.0"));
}

TEST(NetworkText, RouteTargetsAndDistinguishers)
{
    EXPECT_TRUE(NetworkText::isRouteTarget(u"64500:1"));
    EXPECT_TRUE(NetworkText::isRouteTarget(u"64500:4294967295"));
    EXPECT_TRUE(NetworkText::isRouteTarget(u"4200000000:65535"));
    EXPECT_FALSE(NetworkText::isRouteTarget(u"4200000000:65536"));
    EXPECT_TRUE(NetworkText::isRouteTarget(u"192.0.2.1:101"));
    EXPECT_FALSE(NetworkText::isRouteTarget(u"192.0.2.1:70000"));
    EXPECT_FALSE(NetworkText::isRouteTarget(u"0:1"));
    EXPECT_FALSE(NetworkText::isRouteTarget(u"64500"));
    EXPECT_FALSE(NetworkText::isRouteTarget(u"64500:1 64500:2"));
    EXPECT_FALSE(NetworkText::isRouteTarget(u"target:64500:1"));
}
