#include "configredaction.h"

#include <gtest/gtest.h>

using vpnwb::ConfigRedaction;

namespace {

QString redacted(const char *line)
{
    return ConfigRedaction::redact(QString::fromUtf8(line));
}

std::string s(const QString &text)
{
    return text.toStdString();
}

} // namespace

TEST(ConfigRedaction, FrrPasswords)
{
    EXPECT_EQ(s(redacted("password zebra")), "password <redacted>");
    EXPECT_EQ(s(redacted(" neighbor 192.0.2.1 password S3cr3t!")), " neighbor 192.0.2.1 password <redacted>");
    EXPECT_EQ(s(redacted(" neighbor 1.2.3.4 password X")), " neighbor 1.2.3.4 password <redacted>");
    EXPECT_EQ(s(redacted(" ip ospf authentication-key abc123")), " ip ospf authentication-key <redacted>");
    EXPECT_EQ(s(redacted(" area-password clear isis-pw")), " area-password clear <redacted>");
}

TEST(ConfigRedaction, IosSecretsKeepTheirTypeNumber)
{
    EXPECT_EQ(s(redacted("enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0")), "enable secret 5 <redacted>");
    EXPECT_EQ(s(redacted("username admin privilege 15 secret 9 "
                         "$9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM")),
              "username admin privilege 15 secret 9 <redacted>");
    EXPECT_EQ(s(redacted("username u secret 9 X")), "username u secret 9 <redacted>");
    EXPECT_EQ(s(redacted(" neighbor 10.0.0.2 password 7 02050D480809")),
              " neighbor 10.0.0.2 password 7 <redacted>");
    EXPECT_EQ(s(redacted(" ip ospf message-digest-key 1 md5 7 0822455D0A16")),
              " ip ospf message-digest-key 1 md5 7 <redacted>");
    EXPECT_EQ(s(redacted("crypto isakmp key 6 Fr33dom address 0.0.0.0")),
              "crypto isakmp key 6 <redacted> address 0.0.0.0");
    EXPECT_EQ(s(redacted(" key 7 070C285F4D06")), " key 7 <redacted>");
    EXPECT_EQ(s(redacted(" key-string 7 110A1016141D")), " key-string 7 <redacted>");
    // "md5" followed by the keyword that names the secret.
    EXPECT_EQ(s(redacted(" vrrp 1 authentication md5 key-string vrrp-pw")),
              " vrrp 1 authentication md5 key-string <redacted>");
    EXPECT_EQ(s(redacted("ntp authentication-key 1 md5 ntp-pw 7")),
              "ntp authentication-key 1 md5 <redacted> 7");
}

TEST(ConfigRedaction, SnmpCommunitiesButNotBgpCommunities)
{
    EXPECT_EQ(s(redacted("snmp-server community n0rthw1nd RO")), "snmp-server community <redacted> RO");
    EXPECT_EQ(s(redacted("snmp-server community priv RW SystemOwner")),
              "snmp-server community <redacted> RW SystemOwner");
    EXPECT_EQ(s(redacted("snmp-server host 192.0.2.9 version 2c traps-pw")),
              "snmp-server host 192.0.2.9 version 2c <redacted>");
    EXPECT_EQ(s(redacted("set snmp community public authorization read-only")),
              "set snmp community <redacted> authorization read-only");
    EXPECT_EQ(
        s(ConfigRedaction::redact(
            QStringLiteral("snmp {\n    community public {\n        authorization read-only;\n"
                           "    }\n}\npolicy-options {\n    community CORP members target:64500:1;\n}"))),
        "snmp {\n    community <redacted> {\n        authorization read-only;\n    }\n}\npolicy-options {\n"
        "    community CORP members target:64500:1;\n}");
    // Route-target and extended communities are design, not secrets.
    for (const char *line :
         {"set policy-options community CORP-RT members target:64500:1001", " set extcommunity rt 64500:1999",
          "ip extcommunity-list CORP permit rt 64500:1001", " match community CORP",
          "neighbor 10.0.0.1 send-community extended"})
        EXPECT_EQ(s(redacted(line)), line);
}

TEST(ConfigRedaction, IosXrEncryptedPassword)
{
    EXPECT_EQ(s(redacted("  key-string password 0822455D0A16")), "  key-string password <redacted>");
    EXPECT_EQ(s(redacted("  password encrypted 0822455D0A16")), "  password encrypted <redacted>");
    EXPECT_EQ(s(redacted(" secret 10 $6$pAFa4YPu$Wy")), " secret 10 <redacted>");
}

TEST(ConfigRedaction, JunosQuotedSecretsKeepQuotesAndSemicolon)
{
    EXPECT_EQ(s(redacted("            authentication-key \"$9$Hk5FCA0IEhrvMEc\"; ## SECRET-DATA")),
              "            authentication-key \"<redacted>\"; ## SECRET-DATA");
    EXPECT_EQ(s(redacted("        encrypted-password \"$6$ab$cdefghijklmnop\"; ## SECRET-DATA")),
              "        encrypted-password \"<redacted>\"; ## SECRET-DATA");
    EXPECT_EQ(s(redacted("set protocols bgp group CE authentication-key \"$9$abc def\"")),
              "set protocols bgp group CE authentication-key \"<redacted>\"");
    EXPECT_EQ(s(redacted("    pre-shared-key ascii-text \"$9$xyz\";")),
              "    pre-shared-key ascii-text \"<redacted>\";");
    // A "$9$" string is a secret under any keyword.
    EXPECT_EQ(s(redacted("    secret-data \"$9$qwerty\";")), "    secret-data \"<redacted>\";");
    EXPECT_EQ(s(redacted("    authentication-key plainpw;")), "    authentication-key <redacted>;");
}

TEST(ConfigRedaction, SrOsHashedKeyKeepsItsHashWord)
{
    EXPECT_EQ(s(redacted("                authentication-key \"9dXzWgLBGUAbQy6Nw3M\" hash2")),
              "                authentication-key \"<redacted>\" hash2");
    // MD-CLI: an SNMP community inside "snmp { ... }".
    EXPECT_EQ(
        s(ConfigRedaction::redact(QStringLiteral("    system {\n        security {\n            snmp {\n"
                                                 "                community \"n0rthw1nd\" {\n"))),
        "    system {\n        security {\n            snmp {\n                community \"<redacted>\" {\n");
}

TEST(ConfigRedaction, EosAndAaaServerKeys)
{
    EXPECT_EQ(s(redacted("username admin privilege 15 role network-admin secret sha512 $6$Qm8.x$yz")),
              "username admin privilege 15 role network-admin secret sha512 <redacted>");
    EXPECT_EQ(s(redacted("tacacs-server key 7 070C285F4D06")), "tacacs-server key 7 <redacted>");
    EXPECT_EQ(s(redacted("radius-server key rad1us")), "radius-server key <redacted>");
}

TEST(ConfigRedaction, LinesWithoutSecretsAreUnchanged)
{
    const QString config = QStringLiteral("!\n"
                                          "service password-encryption\n"
                                          "hostname fra1-pe1\n"
                                          "key chain OSPF\n"
                                          " key 1\n"
                                          "crypto key generate rsa modulus 2048\n"
                                          "crypto isakmp policy 10\n"
                                          " hash md5\n"
                                          "router bgp 64500\n"
                                          " neighbor 10.0.0.2 remote-as 65001\n"
                                          " address-family ipv4 vrf CORP\n"
                                          "  route-target import 64500:1001\n"
                                          "interface ge-0/0/1 {\n"
                                          "    description \"to DC-FRA\";\n"
                                          "    authentication-type md5;\n"
                                          "}\n"
                                          "password\n");
    EXPECT_EQ(s(ConfigRedaction::redact(config)), s(config));
    for (const QString &line : config.split(QLatin1Char('\n')))
        EXPECT_FALSE(ConfigRedaction::isRedacted(line)) << s(line);
}

TEST(ConfigRedaction, MaskingTwiceChangesNothingMoreAndIsSeen)
{
    const QString config = QStringLiteral("hostname r1\nenable secret 5 abc\n neighbor 1.1.1.1 password x\n"
                                          "    authentication-key \"$9$abc\";\n");
    const QString once = ConfigRedaction::redact(config);
    EXPECT_EQ(s(ConfigRedaction::redact(once)), s(once));
    EXPECT_FALSE(once.contains(QLatin1String("abc")));
    EXPECT_FALSE(ConfigRedaction::isRedacted(QStringLiteral("hostname r1")));
    EXPECT_TRUE(ConfigRedaction::isRedacted(QStringLiteral("enable secret 5 <redacted>")));
    EXPECT_EQ(once.count(QLatin1Char('\n')), config.count(QLatin1Char('\n')));
}
