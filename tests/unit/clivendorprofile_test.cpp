#include "clivendorprofile.h"

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

const CliVendorProfile &profile(const char *vendor)
{
    const CliVendorProfile *p = CliVendorProfile::forVendor(QString::fromLatin1(vendor));
    EXPECT_NE(p, nullptr) << vendor;
    return *p;
}

} // namespace

TEST(CliVendorProfile, EveryListedVendorHasAProfile)
{
    for (const QString &vendor : CliVendorProfile::vendors())
        EXPECT_NE(CliVendorProfile::forVendor(vendor), nullptr) << vendor.toStdString();
    EXPECT_EQ(CliVendorProfile::forVendor(QStringLiteral("acme")), nullptr);
}

TEST(CliVendorProfile, PromptsGiveTheDeviceName)
{
    EXPECT_EQ(profile("frr").promptHost(QStringLiteral("pe1# ")), QStringLiteral("pe1"));
    EXPECT_EQ(profile("frr").promptHost(QStringLiteral("pe1(config-router-af)# ")), QStringLiteral("pe1"));
    EXPECT_EQ(profile("frr").promptHost(QStringLiteral("  neighbor 10.0.0.1 remote-as 65000")), std::nullopt);
    EXPECT_EQ(profile("iosxr").promptHost(QStringLiteral("RP/0/RP0/CPU0:pe-fra-1(config-bgp)#")),
              QStringLiteral("pe-fra-1"));
    EXPECT_EQ(profile("junos").promptHost(QStringLiteral("admin@pe2> ")), QStringLiteral("pe2"));
    EXPECT_EQ(profile("sros").promptHost(QStringLiteral("A:admin@pe3# ")), QStringLiteral("pe3"));
    EXPECT_EQ(profile("iosxe").promptHost(QStringLiteral("cpe-7(config-if)#")), QStringLiteral("cpe-7"));
}

TEST(CliVendorProfile, ErrorsAreRecognisedPerVendor)
{
    EXPECT_EQ(profile("frr").errorIn(QStringLiteral("% Unknown command: bogus")), QStringLiteral("% Unknown command: bogus"));
    EXPECT_EQ(profile("frr").errorIn(QStringLiteral("% Create the peer-group or interface first")),
              QStringLiteral("% Create the peer-group or interface first"));
    EXPECT_EQ(profile("frr").errorIn(QStringLiteral("router bgp 65000\n bgp router-id 10.255.0.1")), std::nullopt);
    EXPECT_EQ(profile("iosxe").errorIn(QStringLiteral("   ^\n% Invalid input detected at '^' marker.")),
              QStringLiteral("% Invalid input detected at '^' marker."));
    EXPECT_EQ(profile("iosxr").errorIn(QStringLiteral("% Failed to commit one or more configuration items")),
              QStringLiteral("% Failed to commit one or more configuration items"));
    EXPECT_EQ(profile("eos").errorIn(QStringLiteral("% Incomplete command")), QStringLiteral("% Incomplete command"));
    EXPECT_EQ(profile("junos").errorIn(QStringLiteral("                 ^\nsyntax error.")), QStringLiteral("syntax error."));
    EXPECT_EQ(profile("sros").errorIn(QStringLiteral("MINOR: MGMT_CORE #2201: Unknown element")),
              QStringLiteral("MINOR: MGMT_CORE #2201: Unknown element"));
}

TEST(CliVendorProfile, CommentsAreNotSent)
{
    EXPECT_TRUE(profile("frr").isComment(QStringLiteral("!")));
    EXPECT_TRUE(profile("frr").isComment(QStringLiteral("  ")));
    EXPECT_FALSE(profile("frr").isComment(QStringLiteral(" ip address 10.0.0.1/24")));
    EXPECT_TRUE(profile("junos").isComment(QStringLiteral("# set by the workbench")));
}

TEST(CliVendorProfile, CommitWhereTheVendorNeedsIt)
{
    EXPECT_TRUE(profile("frr").commitConfiguration().isEmpty());
    EXPECT_EQ(profile("iosxr").commitConfiguration(), QStringLiteral("commit"));
    EXPECT_EQ(profile("junos").commitConfiguration(), QStringLiteral("commit"));
}
