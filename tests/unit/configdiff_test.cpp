#include "configdiff.h"

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

ConfigDiff diff(const QString &vendor, const QString &running, const QString &intended)
{
    const ConfigDialect dialect = *ConfigDialect::forVendor(vendor);
    return ConfigDiff::compare(ConfigTree::parse(running, dialect), ConfigTree::parse(intended, dialect));
}

const QString kFrrRunning = QStringLiteral(R"(Building configuration...

Current configuration:
!
frr version 8.4.4
!
router bgp 64500 vrf CORP
 bgp router-id 192.0.2.1
 neighbor 100.64.1.2 remote-as 65010
 !
 address-family ipv4 unicast
  neighbor 100.64.1.2 activate
  neighbor 100.64.1.2 maximum-prefix 100
  rd vpn export 192.0.2.1:101
 exit-address-family
exit
!
route-map OLD permit 10
 match ip address prefix-list OLD
exit
!
end
)");

const QString kFrrIntended = QStringLiteral(R"(frr version 8.4.4
router bgp 64500 vrf CORP
 bgp router-id 192.0.2.1
 neighbor 100.64.1.2 remote-as 65010
 neighbor 100.64.1.6 remote-as 65101
 !
 address-family ipv4 unicast
  rd vpn export 192.0.2.1:101
  neighbor 100.64.1.2 maximum-prefix 500
  neighbor 100.64.1.2 activate
  neighbor 100.64.1.6 activate
 exit-address-family
exit
route-map NEW permit 10
exit
)");

} // namespace

TEST(ConfigTree, IndentedSectionsCommentsAndClosers)
{
    const ConfigTree tree = ConfigTree::parse(kFrrRunning, *ConfigDialect::forVendor(QStringLiteral("frr")));
    ASSERT_EQ(tree.root().children.size(), 3); // frr version, router bgp, route-map
    const ConfigTree::Node &bgp = tree.root().children[1];
    EXPECT_EQ(bgp.text, QStringLiteral("router bgp 64500 vrf CORP"));
    ASSERT_EQ(bgp.children.size(), 3);
    EXPECT_EQ(bgp.children[2].text, QStringLiteral("address-family ipv4 unicast"));
    EXPECT_EQ(bgp.children[2].children.size(), 3);
    EXPECT_EQ(tree.statementCount(), 10);
}

TEST(ConfigDiff, ChangesAreShownInTheirSection)
{
    const ConfigDiff d = diff(QStringLiteral("frr"), kFrrRunning, kFrrIntended);
    EXPECT_EQ(d.count(ConfigDiff::Change::Changed), 1);
    EXPECT_EQ(d.count(ConfigDiff::Change::Added), 3);   // neighbor, its activation, route-map NEW
    EXPECT_EQ(d.count(ConfigDiff::Change::Removed), 1); // route-map OLD with its match
    EXPECT_EQ(d.toText(), QStringLiteral(R"(- route-map OLD permit 10
-   match ip address prefix-list OLD
+ route-map NEW permit 10
  router bgp 64500 vrf CORP
+   neighbor 100.64.1.6 remote-as 65101
    address-family ipv4 unicast
~     neighbor 100.64.1.2 maximum-prefix 100  ->  neighbor 100.64.1.2 maximum-prefix 500
+     neighbor 100.64.1.6 activate
)"));
    const ConfigDiff::Entry &changed = *std::find_if(d.entries().cbegin(), d.entries().cend(), [](const auto &e) {
        return e.change == ConfigDiff::Change::Changed;
    });
    EXPECT_EQ(changed.path, QStringList({QStringLiteral("router bgp 64500 vrf CORP"),
                                         QStringLiteral("address-family ipv4 unicast")}));
}

TEST(ConfigDiff, SameConfigurationInAnotherOrderIsNoDifference)
{
    EXPECT_TRUE(diff(QStringLiteral("frr"), kFrrIntended, kFrrIntended).isEmpty());
    const QString reordered = QStringLiteral("route-map NEW permit 10\nexit\nfrr version 8.4.4\n"
                                             "router bgp 64500 vrf CORP\n"
                                             " neighbor 100.64.1.6 remote-as 65101\n"
                                             " neighbor 100.64.1.2 remote-as 65010\n"
                                             " bgp router-id 192.0.2.1\n"
                                             " address-family ipv4 unicast\n"
                                             "  neighbor 100.64.1.6 activate\n"
                                             "  neighbor 100.64.1.2 activate\n"
                                             "  neighbor 100.64.1.2 maximum-prefix 500\n"
                                             "  rd vpn export 192.0.2.1:101\n");
    EXPECT_TRUE(diff(QStringLiteral("frr"), kFrrIntended, reordered).isEmpty())
        << diff(QStringLiteral("frr"), kFrrIntended, reordered).toText().toStdString();
}

TEST(ConfigDiff, DescriptionsChangeAsOneStatement)
{
    const ConfigDiff d = diff(QStringLiteral("iosxr"), QStringLiteral("interface Gi0/0/0/1.10\n description Old store name\n!\n"),
                              QStringLiteral("interface Gi0/0/0/1.10\n description New name\n!\n"));
    ASSERT_EQ(d.entries().size(), 1);
    EXPECT_EQ(d.entries()[0].change, ConfigDiff::Change::Changed);
    EXPECT_EQ(d.entries()[0].oldText, QStringLiteral("description Old store name"));
}

TEST(ConfigDiff, JunosBracesAndSetLinesGiveTheSameHierarchy)
{
    const ConfigDialect junos = *ConfigDialect::forVendor(QStringLiteral("junos"));
    const ConfigTree braces = ConfigTree::parse(QStringLiteral(R"(## Last commit: 2026-12-03
interfaces {
    xe-0/0/1 {
        unit 101 {
            description "Store A";
            vlan-id 101;
        }
    }
}
)"), junos);
    const ConfigTree set = ConfigTree::parse(QStringLiteral("set interfaces xe-0/0/1 unit 101 description \"Store B\"\n"
                                                            "set interfaces xe-0/0/1 unit 101 vlan-id 102\n"),
                                             junos);
    ASSERT_EQ(braces.root().children.size(), 1);
    EXPECT_EQ(braces.root().children[0].children[0].children[0].children[1].text, QStringLiteral("vlan-id 101"));
    // Set lines split into words: the hierarchy goes down to the value.
    const ConfigDiff d = ConfigDiff::compare(set, set);
    EXPECT_TRUE(d.isEmpty());
    const ConfigTree setChanged = ConfigTree::parse(
        QStringLiteral("set interfaces xe-0/0/1 unit 101 description \"Store C\"\n"
                       "set interfaces xe-0/0/1 unit 101 vlan-id 102\n"),
        junos);
    const ConfigDiff changed = ConfigDiff::compare(set, setChanged);
    ASSERT_EQ(changed.entries().size(), 1);
    EXPECT_EQ(changed.entries()[0].change, ConfigDiff::Change::Changed);
    EXPECT_EQ(changed.entries()[0].path.last(), QStringLiteral("description"));
    EXPECT_EQ(changed.entries()[0].text, QStringLiteral("\"Store C\""));
}

TEST(ConfigDiff, SrosBlocksWithFlatLeaves)
{
    const ConfigDiff d = diff(QStringLiteral("sros"),
                              QStringLiteral("# comment\nconfigure {\n    service {\n        vprn \"A\" {\n"
                                             "            service-id 101\n        }\n    }\n}\n"),
                              QStringLiteral("configure {\n    service {\n        vprn \"A\" {\n"
                                             "            service-id 102\n        }\n        vprn \"B\" {\n"
                                             "            service-id 103\n        }\n    }\n}\n"));
    EXPECT_EQ(d.toText(), QStringLiteral("  configure\n    service\n+     vprn \"B\"\n+       service-id 103\n"
                                         "      vprn \"A\"\n~       service-id 101  ->  service-id 102\n"));
}

TEST(ConfigDialect, KnowsEveryRendererVendor)
{
    for (const QString &vendor : ConfigDialect::vendors())
        EXPECT_TRUE(ConfigDialect::forVendor(vendor).has_value()) << vendor.toStdString();
    EXPECT_FALSE(ConfigDialect::forVendor(QStringLiteral("vyos")).has_value());
}
