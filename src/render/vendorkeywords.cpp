#include "vendorkeywords.h"

#include "configdialect.h"

namespace vpnwb {

VendorKeywords VendorKeywords::forVendor(const QString &vendor)
{
    VendorKeywords k;
    if (const auto dialect = ConfigDialect::forVendor(vendor))
        k.commentPrefixes = dialect->commentPrefixes;
    const QString common = QStringLiteral("interface description neighbor remote-as route-map prefix-list "
                                          "address-family redistribute connected static vrf rd permit deny "
                                          "match set local-preference activate");
    QString words;
    if (vendor == QLatin1String("frr")) {
        words = QStringLiteral("router bgp exit exit-vrf exit-address-family ip address route rt vpn import "
                               "export both label auto soo as-override allowas-in maximum-prefix update-source "
                               "extcommunity-list standard extcommunity network bgp router-id");
        k.negations = {QStringLiteral("no")};
    } else if (vendor == QLatin1String("iosxr")) {
        words = QStringLiteral("router bgp route-policy end-policy prefix-set extcommunity-set end-set if then "
                               "elseif else endif pass drop done destination in matches-any additive import "
                               "export route-target ipv4 encapsulation dot1q class-map policy-map end-class-map "
                               "end-policy-map class priority police rate bandwidth remaining percent shape "
                               "average service-policy input output maximum prefix as-override allowas-in "
                               "site-of-origin update-source vpnv4 unicast");
        k.negations = {QStringLiteral("no")};
    } else if (vendor == QLatin1String("iosxe")) {
        words = QStringLiteral("router bgp definition forwarding encapsulation dot1Q ip address route class-map "
                               "policy-map class priority police cir bandwidth remaining percent shape average "
                               "service-policy output network mask allowas-in exit-address-family shutdown");
        k.negations = {QStringLiteral("no")};
    } else if (vendor == QLatin1String("eos")) {
        words = QStringLiteral("router bgp instance routing encapsulation dot1q ip address route route-target "
                               "vpn-ipv4 access-list class-map policy-map type qos quality-of-service class "
                               "traffic-class police rate shape service-policy maximum-routes allowas-in as-path "
                               "replace extcommunity-list extcommunity soo additive switchport");
        k.negations = {QStringLiteral("no")};
    } else if (vendor == QLatin1String("junos")) {
        words = QStringLiteral("set interfaces unit vlan-id family inet routing-instances instance-type "
                               "route-distinguisher vrf-target vrf-import vrf-export vrf-table-label "
                               "routing-options protocols bgp group type external peer-as policy-options "
                               "policy-statement term from then accept reject community members add "
                               "prefix-list-filter orlonger class-of-service forwarding-classes classifiers "
                               "schedulers scheduler-maps transmit-rate shaping-rate priority as-override "
                               "prefix-limit loops");
        k.negations = {QStringLiteral("delete"), QStringLiteral("delete:")};
        k.quotedStrings = true;
    } else if (vendor == QLatin1String("sros")) {
        words = QStringLiteral("configure service vprn customer service-id admin-state enable disable "
                               "bgp-ipvpn mpls route-distinguisher vrf-target vrf-import vrf-export "
                               "import-community export-community auto-bind-tunnel bgp group peer-as sap "
                               "ingress egress qos sap-ingress sap-egress policy-name queue fc dscp "
                               "policy-options policy-statement entry from action action-type accept reject "
                               "community member static-routes next-hop ipv4 primary prefix-length "
                               "prefix-limit as-override agg-rate");
        k.negations = {QStringLiteral("delete")};
        k.quotedStrings = true;
    } else {
        return k;
    }
    k.keywords = QString(common + QLatin1Char(' ') + words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    k.keywords.removeDuplicates();
    k.keywords.sort();
    return k;
}

} // namespace vpnwb
