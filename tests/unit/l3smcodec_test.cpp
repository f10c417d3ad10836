#include "demoengagement.h"
#include "l3smcodec.h"
#include "testpaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

// The demo engagement, loaded once; an empty engagement (and failing tests) if it does not load.
const Engagement &demo()
{
    static const Engagement loaded = [] {
        const auto e = DemoEngagement::load();
        return e.ok() ? *e : Engagement{};
    }();
    return loaded;
}

// The demo without what L3SM has no place for (L3smCodec::encode warns about each).
Engagement demoAsL3smHoldsIt()
{
    Engagement e = demo();
    e.customer.industry.clear();
    e.customer.contacts.clear();
    for (VpnService &v : e.vpns)
        v.name = v.vpnId;
    e.steps.clear();
    return e;
}

QByteArray exportOf(const Engagement &e)
{
    const auto out = L3smCodec::encode(e);
    EXPECT_TRUE(out.ok()) << (out.ok() ? "" : out.error().message.toStdString());
    return out.ok() ? out->json : QByteArray();
}

// yanglint's complaints about `json` as ietf-l3vpn-svc configuration; empty when valid.
QString yanglintErrors(const QByteArray &json)
{
    const QString yanglint = QStandardPaths::findExecutable(QStringLiteral("yanglint"));
    if (yanglint.isEmpty())
        return QStringLiteral("yanglint is not installed: install the Debian package libyang2-tools");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("l3sm.json"));
    test::writeFile(file, json);
    const QString yang = test::sharedYangDir();
    QProcess p;
    p.start(yanglint, {QStringLiteral("-p"), yang, QStringLiteral("-t"), QStringLiteral("config"),
                       QDir(yang).filePath(QStringLiteral("ietf-l3vpn-svc@2018-01-19.yang")), file});
    if (!p.waitForFinished(60000))
        return QStringLiteral("yanglint did not finish within 60 s");
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !err.isEmpty())
        return QStringLiteral("yanglint exit %1: %2").arg(p.exitCode()).arg(err);
    return {};
}

QByteArray fixtureJson()
{
    const QByteArray bytes = test::readFile(test::fixture(QStringLiteral("intake/l3sm-two-sites.json")));
    EXPECT_FALSE(bytes.isEmpty()) << "fixture intake/l3sm-two-sites.json is missing";
    return bytes;
}

// The fixture with `from` replaced by `to`, which must occur in it.
QByteArray fixtureWith(const char *from, const char *to)
{
    QByteArray bytes = fixtureJson();
    EXPECT_TRUE(bytes.contains(from)) << from;
    return bytes.replace(from, to);
}

QString decodeError(const QByteArray &bytes)
{
    const auto r = L3smCodec::decode(bytes, QStringLiteral("l3sm.json"));
    return r.ok() ? QStringLiteral("(no error)") : r.error().message;
}

QJsonObject siteObject(const QByteArray &json, const QString &siteId)
{
    const QJsonArray sites = QJsonDocument::fromJson(json)
                                 .object()[QLatin1String("ietf-l3vpn-svc:l3vpn-svc")][QLatin1String("sites")]
                                          [QLatin1String("site")]
                                 .toArray();
    for (const QJsonValue &s : sites) {
        if (s[QLatin1String("site-id")].toString() == siteId)
            return s.toObject();
    }
    return {};
}

const QString kSites = QStringLiteral("l3sm.json: $.ietf-l3vpn-svc:l3vpn-svc.sites.site");

} // namespace

TEST(L3smCodec, DemoExportValidatesWithYanglint)
{
    const QByteArray json = exportOf(demo());
    ASSERT_FALSE(json.isEmpty());
    const QString errors = yanglintErrors(json);
    EXPECT_TRUE(errors.isEmpty()) << errors.toStdString();
}

TEST(L3smCodec, DemoRoundTripKeepsAllThatL3smHolds)
{
    const Engagement original = demo();
    const auto back = L3smCodec::decode(exportOf(original), QStringLiteral("demo.json"), original.name);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_TRUE(back->engagement.sameContent(demoAsL3smHoldsIt()));
    // Everything the export writes is read back: no leaf is left over.
    EXPECT_EQ(back->warnings, QStringList());
}

TEST(L3smCodec, ExportNamesWhatL3smCannotHold)
{
    const auto out = L3smCodec::encode(demo());
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(
        out->warnings,
        (QStringList{
            QStringLiteral(
                "the engagement's name 'Northwind Retail — Pan-European VPN' is not exported: L3SM has "
                "no place for it; import-l3sm names the engagement after the customer unless "
                "--engagement is given"),
            QStringLiteral("the customer's industry 'Retail' is not exported: L3SM has no place for it"),
            QStringLiteral("the customer's 4 contact(s) are not exported: L3SM has no place for them"),
            QStringLiteral("the names of VPNs CORP ('Corporate'), PCI ('Card Payments (PCI DSS)') are not "
                           "exported: L3SM knows a VPN by its vpn-id only"),
            QStringLiteral(
                "the status of 2 flow step(s) is not exported: L3SM describes the service, not its "
                "activation"),
        }));
    EXPECT_TRUE(L3smCodec::encode(demoAsL3smHoldsIt())->warnings.size() == 1)
        << "only the engagement's name is left";
}

TEST(L3smCodec, SiteMappingOfTheDemo)
{
    const QByteArray json = exportOf(demo());
    // Dual-homed hub in two VPNs: two PE-diverse accesses, attached through a VPN policy.
    const QJsonObject fra = siteObject(json, QStringLiteral("DC-FRA"));
    const QJsonArray accesses =
        fra[QLatin1String("site-network-accesses")][QLatin1String("site-network-access")].toArray();
    ASSERT_EQ(accesses.size(), 2);
    EXPECT_EQ(accesses[1][QLatin1String("access-diversity")][QLatin1String("constraints")]
                      [QLatin1String("constraint")][0][QLatin1String("constraint-type")]
                          .toString(),
              QStringLiteral("ietf-l3vpn-svc:pe-diverse"));
    EXPECT_EQ(accesses[0][QLatin1String("vpn-attachment")][QLatin1String("vpn-policy-id")].toString(),
              QStringLiteral("DC-FRA"));
    EXPECT_EQ(accesses[0][QLatin1String("service")][QLatin1String("svc-input-bandwidth")].toString(),
              QStringLiteral("1000000000"));
    const QJsonObject location = fra[QLatin1String("locations")][QLatin1String("location")][0].toObject();
    EXPECT_EQ(location[QLatin1String("location-id")].toString(), QStringLiteral("geo:50.1183,8.7353"));
    EXPECT_EQ(location[QLatin1String("city")].toString(), QStringLiteral("Frankfurt am Main"));
    EXPECT_EQ(
        fra[QLatin1String("devices")][QLatin1String("device")][0][QLatin1String("device-id")].toString(),
        QStringLiteral("Frankfurt Data Centre"));
    const QJsonArray vpns = fra[QLatin1String("vpn-policies")][QLatin1String("vpn-policy")][0]
                               [QLatin1String("entries")][0][QLatin1String("vpn")]
                                   .toArray();
    ASSERT_EQ(vpns.size(), 2);
    EXPECT_EQ(vpns[1][QLatin1String("vpn-id")].toString(), QStringLiteral("PCI"));
    EXPECT_EQ(vpns[1][QLatin1String("site-role")].toString(), QStringLiteral("ietf-l3vpn-svc:hub-role"));
}

TEST(L3smCodec, StaticSiteInOneVpnAttachesWithVpnIdAndSiteRole)
{
    Engagement e = demoAsL3smHoldsIt();
    // ST-HAM01 (static routing) leaves PCI and stays in CORP only.
    QList<VpnMember> &pci = e.vpns[1].members;
    pci.removeIf([](const VpnMember &m) { return m.siteId == QLatin1String("ST-HAM01"); });
    const QByteArray json = exportOf(e);
    const QJsonObject ham = siteObject(json, QStringLiteral("ST-HAM01"));
    const QJsonObject access =
        ham[QLatin1String("site-network-accesses")][QLatin1String("site-network-access")][0].toObject();
    EXPECT_EQ(access[QLatin1String("vpn-attachment")].toObject(),
              (QJsonObject{{QLatin1String("vpn-id"), QStringLiteral("CORP")},
                           {QLatin1String("site-role"), QStringLiteral("ietf-l3vpn-svc:spoke-role")}}));
    EXPECT_FALSE(ham.contains(QLatin1String("vpn-policies")));
    EXPECT_EQ(access[QLatin1String("routing-protocols")][QLatin1String("routing-protocol")][0]
                    [QLatin1String("static")][QLatin1String("cascaded-lan-prefixes")]
                    [QLatin1String("ipv4-lan-prefixes")][0][QLatin1String("lan")]
                        .toString(),
              QStringLiteral("10.103.0.0/23"));
    const QString errors = yanglintErrors(json);
    EXPECT_TRUE(errors.isEmpty()) << errors.toStdString();

    const auto back = L3smCodec::decode(json, QStringLiteral("e.json"), e.name);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_TRUE(back->engagement.sameContent(e));
}

TEST(L3smCodec, ExportRefusesASiteInNoVpn)
{
    Engagement e = demo();
    for (VpnService &v : e.vpns)
        v.members.removeIf([](const VpnMember &m) { return m.siteId == QLatin1String("WH-DUI01"); });
    const auto out = L3smCodec::encode(e);
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.error().message,
              QStringLiteral(
                  "site 'WH-DUI01' of engagement 'Northwind Retail — Pan-European VPN' is in no VPN, and "
                  "L3SM attaches every site to a VPN; add the site to a VPN before exporting"));
}

TEST(L3smCodec, FixtureIsValidL3smAndImportsWithoutWarnings)
{
    const QByteArray json = fixtureJson();
    const QString errors = yanglintErrors(json);
    EXPECT_TRUE(errors.isEmpty()) << errors.toStdString();

    const auto r = L3smCodec::decode(json, QStringLiteral("l3sm.json"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->warnings, QStringList());
    const Engagement &e = r->engagement;
    EXPECT_EQ(e.name, QStringLiteral("Acme Logistics")) << "named after the customer by default";
    EXPECT_EQ(e.customer.name, QStringLiteral("Acme Logistics"));
    ASSERT_EQ(e.vpns.size(), 1);
    EXPECT_EQ(e.vpns[0].topology, VpnTopology::HubAndSpoke);
    EXPECT_EQ(e.vpns[0].members, (QList<VpnMember>{{QStringLiteral("HUB-RTM"), SiteRole::Hub},
                                                   {QStringLiteral("BR-UTR"), SiteRole::Spoke}}));
    ASSERT_EQ(e.sites.size(), 2);
    const Site &hub = e.sites[0];
    EXPECT_EQ(hub.name, QStringLiteral("Acme Hub Rotterdam"));
    EXPECT_EQ(hub.latitude, 51.9225);
    EXPECT_EQ(hub.longitude, 4.47917);
    EXPECT_EQ(hub.resiliency, Resiliency::DualHomed);
    EXPECT_EQ(hub.routing, CeRouting::Bgp);
    EXPECT_EQ(hub.customerAs, 65001u);
    EXPECT_EQ(hub.lanPrefixes, QStringList{QStringLiteral("10.1.0.0/16")});
    EXPECT_EQ(hub.bandwidthKbps, 1'000'000);
    const Site &branch = e.sites[1];
    EXPECT_EQ(branch.accessType, AccessType::Dsl);
    EXPECT_EQ(branch.routing, CeRouting::Static);
    EXPECT_EQ(branch.lanPrefixes, QStringList{QStringLiteral("10.2.0.0/24")});
    EXPECT_EQ(branch.address.postalCode, QStringLiteral("3511 ED"));
    EXPECT_EQ(branch.bandwidthKbps, 20'000);

    // And back out: the same document, so the same engagement again.
    const auto again = L3smCodec::decode(exportOf(e), QStringLiteral("again.json"));
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->engagement.sameContent(e));
}

TEST(L3smCodec, LeavesTheWorkbenchDoesNotKeepAreWarningsWithTheirPath)
{
    // The RFC-style example of the shared YANG folder: customer-managed sites, PE-CE addresses, next hops.
    const QByteArray bytes =
        test::readFile(QDir(test::sharedYangDir()).filePath(QStringLiteral("examples/l3sm-minimal.json")));
    ASSERT_FALSE(bytes.isEmpty());
    const auto r = L3smCodec::decode(bytes, QStringLiteral("l3sm-minimal.json"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r->engagement.sites.size(), 2);
    EXPECT_EQ(r->engagement.sites[0].name, QStringLiteral("site-paris"))
        << "no device: named after the site id";
    const QString paris = QStringLiteral("l3sm-minimal.json: $.ietf-l3vpn-svc:l3vpn-svc.sites.site[0]");
    const QString lyonAccess = QStringLiteral("l3sm-minimal.json: $.ietf-l3vpn-svc:l3vpn-svc.sites.site[1]."
                                              "site-network-accesses.site-network-access[0]");
    const QStringList expected{
        paris +
            QStringLiteral(".locations.location[0].location-id: 'paris-hq' is not a geo URI "
                           "(geo:LATITUDE,LONGITUDE), so the site's coordinates are unknown; the workbench "
                           "sets them to 0,0: correct them before the serviceability check"),
        paris +
            QStringLiteral(".management.type: 'ietf-l3vpn-svc:customer-managed' is not kept: the workbench "
                           "has no field for it"),
        lyonAccess +
            QStringLiteral(".bearer.requested-type.requested-type: 'ethernet' is not an access type of "
                           "the workbench (fiber, copper, dsl, lte); it takes the access type as fiber"),
        lyonAccess + QStringLiteral(".ip-connection.ipv4.addresses.provider-address: '198.51.100.1' is not "
                                    "kept: the workbench has no field for it"),
        lyonAccess +
            QStringLiteral(".routing-protocols.routing-protocol[0].static.cascaded-lan-prefixes."
                           "ipv4-lan-prefixes[0].next-hop: '198.51.100.2' is not kept: the workbench "
                           "has no field for it"),
        lyonAccess + QStringLiteral(".service.svc-mtu: 1514 is not kept: the workbench has no field for it"),
    };
    for (const QString &w : expected)
        EXPECT_TRUE(r->warnings.contains(w)) << "missing warning: " << w.toStdString() << "\nwarnings:\n"
                                             << r->warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r->warnings.size(), 15);
}

TEST(L3smCodec, NotJsonNamesTheLine)
{
    EXPECT_EQ(decodeError(fixtureWith("\"customer-name\": \"Acme Logistics\",",
                                      "\"customer-name\": \"Acme Logistics\"")),
              QStringLiteral("l3sm.json:8: not valid JSON: unterminated object"));
}

TEST(L3smCodec, WrongModulePrefixIsRefused)
{
    EXPECT_EQ(decodeError(fixtureWith("\"ietf-l3vpn-svc:l3vpn-svc\"", "\"ietf-l3vpn-ntw:l3vpn-svc\"")),
              QStringLiteral(
                  "l3sm.json: $: expected the top-level container 'ietf-l3vpn-svc:l3vpn-svc' (IETF L3SM, "
                  "RFC 8299, in RFC 7951 JSON, where a top-level name carries its module), found "
                  "'ietf-l3vpn-ntw:l3vpn-svc'"));
    EXPECT_EQ(decodeError(fixtureWith("\"ietf-l3vpn-svc:l3vpn-svc\"", "\"l3vpn-svc\"")),
              QStringLiteral(
                  "l3sm.json: $: expected the top-level container 'ietf-l3vpn-svc:l3vpn-svc' (IETF L3SM, "
                  "RFC 8299, in RFC 7951 JSON, where a top-level name carries its module), found "
                  "'l3vpn-svc'"));
}

TEST(L3smCodec, BadIpPrefixNamesItsPath)
{
    EXPECT_EQ(decodeError(fixtureWith("\"lan\": \"10.2.0.0/24\"", "\"lan\": \"10.2.0.1/24\"")),
              kSites + QStringLiteral(
                           "[1].site-network-accesses.site-network-access[0].routing-protocols."
                           "routing-protocol[0].static.cascaded-lan-prefixes.ipv4-lan-prefixes[0].lan: "
                           "'10.2.0.1/24' is not a prefix: host bits are set (did you mean 10.2.0.0/24?)"));
    EXPECT_EQ(decodeError(fixtureWith("\"ipv4-lan-prefix\": [\"10.1.0.0/16\"]",
                                      "\"ipv4-lan-prefix\": [\"10.1.0.0/33\"]")),
              kSites + QStringLiteral(
                           "[0].vpn-policies.vpn-policy[0].entries[0].filters.filter[0].ipv4-lan-prefix[0]: "
                           "'10.1.0.0/33' is not a prefix: the length must be 0 to 32"));
}

TEST(L3smCodec, SiteAttachedToAMissingVpnIsRefused)
{
    EXPECT_EQ(decodeError(
                  fixtureWith("{\"vpn-id\": \"ACME-CORP\", \"site-role\": \"ietf-l3vpn-svc:spoke-role\"}",
                              "{\"vpn-id\": \"ACME-GUEST\", \"site-role\": \"ietf-l3vpn-svc:spoke-role\"}")),
              kSites + QStringLiteral(
                           "[1].site-network-accesses.site-network-access[0].vpn-attachment.vpn-id: site "
                           "'BR-UTR' is attached to VPN 'ACME-GUEST', which is not among the vpn-services"));
    EXPECT_EQ(
        decodeError(fixtureWith("{\"vpn-id\": \"ACME-CORP\", \"site-role\": \"ietf-l3vpn-svc:hub-role\"}",
                                "{\"vpn-id\": \"ACME-GUEST\", \"site-role\": \"ietf-l3vpn-svc:hub-role\"}")),
        kSites + QStringLiteral("[0].vpn-policies.vpn-policy[0].entries[0].vpn[0].vpn-id: site 'HUB-RTM' is "
                                "attached to VPN 'ACME-GUEST', which is not among the vpn-services"));
}

TEST(L3smCodec, ZeroBandwidthIsRefused)
{
    EXPECT_EQ(
        decodeError(fixtureWith("\"svc-input-bandwidth\": \"20000000\"", "\"svc-input-bandwidth\": \"0\"")),
        kSites +
            QStringLiteral("[1].site-network-accesses.site-network-access[0].service.svc-input-bandwidth: "
                           "the bandwidth is 0 b/s; a site needs at least 1 kb/s (1000 b/s)"));
}

TEST(L3smCodec, DomainRulesNameTheJsonPath)
{
    EXPECT_EQ(
        decodeError(
            fixtureWith("\"location-id\": \"geo:52.0894,5.1101\"", "\"location-id\": \"geo:92.0894,5.1101\"")
                .replace("\"location\": \"geo:52.0894,5.1101\"", "\"location\": \"geo:92.0894,5.1101\"")),
        kSites + QStringLiteral("[1].locations.location[0].location-id: 92.0894 is outside -90..90"));
    EXPECT_EQ(decodeError(fixtureWith("\"autonomous-system\": 65001", "\"autonomous-system\": 0")),
              kSites +
                  QStringLiteral("[0].site-network-accesses.site-network-access[0].routing-protocols."
                                 "routing-protocol[0].bgp.autonomous-system: 0 is outside 1..4294967295"));
}

TEST(L3smCodec, DifferingBandwidthsAreReported)
{
    const auto r = L3smCodec::decode(
        fixtureWith("\"svc-output-bandwidth\": \"20000000\"", "\"svc-output-bandwidth\": \"5000500\""),
        QStringLiteral("l3sm.json"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->engagement.sites[1].bandwidthKbps, 20'000);
    EXPECT_EQ(r->warnings,
              QStringList{
                  kSites +
                  QStringLiteral(
                      "[1].site-network-accesses.site-network-access[0].service: svc-input-bandwidth "
                      "(20000000 b/s) and svc-output-bandwidth (5000500 b/s) differ; the workbench keeps one "
                      "bandwidth per site and takes the larger")});
}

TEST(L3smCodec, DanglingReferenceNamesItsPath)
{
    EXPECT_EQ(decodeError(fixtureWith("\"vpn-attachment\": {\"vpn-policy-id\": \"HUB-RTM\"}",
                                      "\"vpn-attachment\": {\"vpn-policy-id\": \"HUB-AMS\"}")),
              kSites + QStringLiteral(
                           "[0].site-network-accesses.site-network-access[0].vpn-attachment.vpn-policy-id: "
                           "vpn-policy 'HUB-AMS' is not among the site's vpn-policies"));
    EXPECT_EQ(decodeError(fixtureWith("\"device-reference\": \"Acme Branch Utrecht\"",
                                      "\"device-reference\": \"Acme Branch Amersfoort\"")),
              kSites +
                  QStringLiteral("[1].site-network-accesses.site-network-access[0].device-reference: device "
                                 "'Acme Branch Amersfoort' is not among the site's devices"));
}

TEST(L3smCodec, EveryTopologyAndRoleSurvivesTheRoundTrip)
{
    Engagement e = demoAsL3smHoldsIt();
    e.vpns[0].topology = VpnTopology::AnyToAny;
    e.vpns[1].topology = VpnTopology::HubAndSpokeDisjoint;
    for (VpnMember &m : e.vpns[0].members)
        m.role = SiteRole::AnyToAny;
    for (Site &s : e.sites)
        s.role = SiteRole::AnyToAny;
    const QByteArray json = exportOf(e);
    const QString errors = yanglintErrors(json);
    EXPECT_TRUE(errors.isEmpty()) << errors.toStdString();
    const auto back = L3smCodec::decode(json, QStringLiteral("e.json"), e.name);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_TRUE(back->engagement.sameContent(e));
    EXPECT_EQ(back->warnings, QStringList());
}
