#include "providersettings.h"

#include <gtest/gtest.h>

using namespace vpnwb;

TEST(ProviderSettings, DefaultsAreSound)
{
    const ProviderSettings s = ProviderSettings::defaultsFor(64500);
    EXPECT_TRUE(s.check().isEmpty());
    EXPECT_EQ(s.value(QStringLiteral("link-pool")), QStringLiteral("100.64.0.0/16"));
    EXPECT_EQ(s.value(QStringLiteral("link-prefix-length")), QStringLiteral("30"));
    EXPECT_EQ(s.value(QStringLiteral("ef-max-percent")), QStringLiteral("33"));
    EXPECT_EQ(s.value(QStringLiteral("rd-type")), QStringLiteral("0"));
    EXPECT_EQ(s.value(QStringLiteral("cpe-vendor")), QStringLiteral("iosxe"));
}

TEST(ProviderSettings, TheCpeVendorIsOneWithACeRenderer)
{
    ProviderSettings s = ProviderSettings::defaultsFor(64500);
    ASSERT_TRUE(s.set(QStringLiteral("cpe-vendor"), QStringLiteral("frr")).ok());
    EXPECT_EQ(s.cpeVendor, QStringLiteral("frr"));
    EXPECT_EQ(s.value(QStringLiteral("cpe-vendor")), QStringLiteral("frr"));
    const Status junos = s.set(QStringLiteral("cpe-vendor"), QStringLiteral("junos"));
    ASSERT_FALSE(junos.ok());
    EXPECT_EQ(junos.error().message,
              QStringLiteral("provider setting cpe-vendor: 'junos' is not one of: iosxe, frr"));
    EXPECT_EQ(s.cpeVendor, QStringLiteral("frr")); // unchanged by the refusal
    EXPECT_TRUE(ProviderSettings::fieldNames().contains(QStringLiteral("cpe-vendor")));
}

TEST(ProviderSettings, BadValuesAreRefusedNamingTheSetting)
{
    ProviderSettings s = ProviderSettings::defaultsFor(64500);
    const ProviderSettings before = s;
    auto message = [&](const char *field, const char *value) {
        const Status st = s.set(QLatin1String(field), QLatin1String(value));
        return st.ok() ? QString() : st.error().message;
    };
    EXPECT_EQ(message("vlan-range", "0-100"),
              QStringLiteral("provider setting vlan-range: '0-100' is outside 1..4094 (a VLAN id is 1 to 4094)"));
    EXPECT_EQ(message("vlan-range", "100-4095"),
              QStringLiteral("provider setting vlan-range: '100-4095' is outside 1..4094 (a VLAN id is 1 to 4094)"));
    EXPECT_EQ(message("provider-as", "4294967296"),
              QStringLiteral("provider setting provider-as: AS 4294967296 is outside 1–4294967295"));
    EXPECT_EQ(message("provider-as", "0"), QStringLiteral("provider setting provider-as: AS 0 is outside 1–4294967295"));
    EXPECT_EQ(message("link-pool", "100.64.1.0/16"),
              QStringLiteral("provider setting link-pool: '100.64.1.0/16' is not a prefix: host bits are set "
                             "(did you mean 100.64.0.0/16?)"));
    EXPECT_EQ(message("link-prefix-length", "29"), QStringLiteral("provider setting link-prefix-length: '29' is not 30 or 31"));
    EXPECT_EQ(message("rd-type", "2"), QStringLiteral("provider setting rd-type: '2' is not 0 (AS:n) or 1 (router-id:n)"));
    EXPECT_TRUE(message("colour", "red").startsWith(QLatin1String("'colour' is not a provider setting")));
    EXPECT_EQ(s, before);
}

TEST(ProviderSettings, OverlappingPoolsAndRangesTooLargeForTheType)
{
    ProviderSettings s = ProviderSettings::defaultsFor(64500);
    ASSERT_TRUE(s.set(QStringLiteral("cpe-pool"), QStringLiteral("100.64.128.0/17")).ok());
    ASSERT_EQ(s.check().size(), 1);
    EXPECT_EQ(s.check()[0].toString(),
              QStringLiteral("cpe-pool: 100.64.128.0/17 overlaps the link-pool 100.64.0.0/16"));

    s = ProviderSettings::defaultsFor(64500);
    ASSERT_TRUE(s.set(QStringLiteral("rd-range"), QStringLiteral("1-100000")).ok());
    EXPECT_TRUE(s.check().isEmpty()); // type 0 with a 2-byte AS carries 32 bits
    ASSERT_TRUE(s.set(QStringLiteral("rd-type"), QStringLiteral("1")).ok());
    ASSERT_EQ(s.check().size(), 1);
    EXPECT_EQ(s.check()[0].field, QStringLiteral("rd-range"));
}
