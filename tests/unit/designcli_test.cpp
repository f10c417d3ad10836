// Steps 4 and 5 through the built vpnwb, as a user runs them: design,
// findings, override, and the L3NM export and import.
#include "cliworkspace.h"
#include "l3nmdeviceconfig.h"
#include "testpaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace vpnwb::test;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// `demo`, `serviceability 1`: the demo engagement ready to be designed.
void prepareDemo(const CliWorkspace &ws)
{
    ASSERT_EQ(ws.run({QStringLiteral("demo")}).exitCode, 0);
    const ProcessResult s = ws.run({QStringLiteral("serviceability"), QStringLiteral("1")});
    ASSERT_EQ(s.exitCode, 0) << s.err.toStdString();
}

// A second engagement with the demo's sites and VPNs (through L3SM), checked for serviceability.
void prepareSecondEngagement(const CliWorkspace &ws)
{
    const QString l3sm = ws.filePath(QStringLiteral("demo-l3sm.json"));
    ASSERT_EQ(
        ws.run({QStringLiteral("export-l3sm"), QStringLiteral("1"), QStringLiteral("-o"), l3sm}).exitCode, 0);
    const ProcessResult i = ws.run({QStringLiteral("import-l3sm"), l3sm, QStringLiteral("--engagement"),
                                    QStringLiteral("Second customer")});
    ASSERT_EQ(i.exitCode, 0) << i.err.toStdString();
    ASSERT_TRUE(text(i.out).contains(QLatin1String("(id 2)"))) << i.out.toStdString();
    ASSERT_EQ(ws.run({QStringLiteral("serviceability"), QStringLiteral("2")}).exitCode, 0);
}

QJsonObject designJson(const CliWorkspace &ws, const QString &engagement, int expectedExit = 0)
{
    const ProcessResult r = ws.run({QStringLiteral("--json"), QStringLiteral("design"), engagement});
    EXPECT_EQ(r.exitCode, expectedExit) << r.err.toStdString();
    return QJsonDocument::fromJson(r.out).object();
}

// Every RD, RT, SoO, link, loopback, CPE address and (PE, port) of a design, each prefixed by its kind.
QSet<QString> valuesOf(const QJsonObject &design)
{
    QSet<QString> out;
    auto add = [&](const char *kind, const QString &value) {
        if (!value.isEmpty())
            out.insert(QLatin1String(kind) + QLatin1Char(' ') + value);
    };
    for (const QJsonValue v : design[QLatin1String("vrfs")].toArray()) {
        add("rd", v[QLatin1String("rd")].toString());
        add("address", v[QLatin1String("loopback")].toString());
    }
    for (const QJsonValue v : design[QLatin1String("vpns")].toArray()) {
        for (const char *field : {"rt", "rtHub", "rtSpoke"})
            add("rt", v[QLatin1String(field)].toString());
        const QJsonObject hubs = v[QLatin1String("rtHubBySite")].toObject();
        for (auto it = hubs.begin(); it != hubs.end(); ++it)
            add("rt", it.value().toString());
    }
    for (const QJsonValue v : design[QLatin1String("sites")].toArray()) {
        add("soo", v[QLatin1String("soo")].toString());
        add("address", v[QLatin1String("cpeAddress")].toString());
    }
    for (const QJsonValue v : design[QLatin1String("attachments")].toArray())
        add("link", v[QLatin1String("link")].toString());
    for (const QJsonValue v : design[QLatin1String("circuits")].toArray())
        add("port",
            v[QLatin1String("pe")].toString() + QLatin1Char(' ') + v[QLatin1String("port")].toString());
    return out;
}

QJsonObject findObject(const QJsonObject &design, const char *list, const QString &id)
{
    for (const QJsonValue v : design[QLatin1String(list)].toArray()) {
        if (v[QLatin1String("id")].toString() == id)
            return v.toObject();
    }
    return {};
}

// yanglint's complaints about `file` as ietf-l3vpn-ntw configuration; empty when valid.
QString yanglintErrors(const QString &file)
{
    const QString yanglint = QStandardPaths::findExecutable(QStringLiteral("yanglint"));
    if (yanglint.isEmpty())
        return QStringLiteral("yanglint is not installed: install the Debian package libyang2-tools");
    const QDir yang(sharedYangDir());
    if (!yang.exists(QStringLiteral("ietf-l3vpn-ntw@2022-02-14.yang")))
        return QStringLiteral("the YANG modules are not in %1").arg(yang.path());
    // ietf-vpn-common is named beside ietf-l3vpn-ntw: its identities are what the data refers to.
    const ProcessResult r = runProgram(
        yanglint, {QStringLiteral("-p"), yang.path(), QStringLiteral("-t"), QStringLiteral("config"),
                   yang.filePath(QStringLiteral("ietf-vpn-common@2022-02-11.yang")),
                   yang.filePath(QStringLiteral("ietf-l3vpn-ntw@2022-02-14.yang")), file});
    if (r.exitCode != 0 || !r.err.isEmpty())
        return QStringLiteral("yanglint exit %1: %2").arg(r.exitCode).arg(text(r.err));
    return {};
}

QString brownfieldFixture()
{
    return fixture(QStringLiteral("l3nm/brownfield-two-sites.json"));
}

// The brownfield fixture with `from` (which must occur in it) replaced by `to`, written into the workspace
// folder.
QString brownfieldWith(const CliWorkspace &ws, const char *from, const char *to)
{
    QByteArray bytes = readFile(brownfieldFixture());
    EXPECT_TRUE(bytes.contains(from)) << from;
    bytes.replace(from, to);
    const QString path = ws.filePath(QStringLiteral("bad.json"));
    writeFile(path, bytes);
    return path;
}

int engagementCount(const CliWorkspace &ws)
{
    const ProcessResult r = ws.run({QStringLiteral("--json"), QStringLiteral("engagements")});
    return r.exitCode == 0 ? int(QJsonDocument::fromJson(r.out).array().size()) : -1;
}

} // namespace

TEST(DesignCli, TheDemoDesignsWithNoBlockingFinding)
{
    CliWorkspace ws;
    prepareDemo(ws);
    const ProcessResult r = ws.run({QStringLiteral("design"), QStringLiteral("1")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = text(r.out);
    EXPECT_TRUE(out.contains(QLatin1String("0 blocking finding(s), 1 warning(s)."))) << r.out.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("vrf:fra1-pe1/E1-CORP-HUB"))) << r.out.toStdString();

    const QJsonObject d = designJson(ws, QStringLiteral("1"));
    EXPECT_EQ(d[QLatin1String("blocking")].toInt(), 0);
    const QJsonArray vrfs = d[QLatin1String("vrfs")].toArray();
    ASSERT_FALSE(vrfs.isEmpty());
    for (const QJsonValue v : vrfs) {
        EXPECT_FALSE(v[QLatin1String("rd")].toString().isEmpty())
            << v[QLatin1String("id")].toString().toStdString();
        EXPECT_FALSE(v[QLatin1String("import")].toArray().isEmpty());
        EXPECT_FALSE(v[QLatin1String("export")].toArray().isEmpty());
    }
    for (const QJsonValue a : d[QLatin1String("attachments")].toArray()) {
        EXPECT_GE(a[QLatin1String("vlan")].toInt(), 1);
        EXPECT_FALSE(a[QLatin1String("link")].toString().isEmpty());
    }

    // The findings are kept: the unserviceable site is the one warning.
    const ProcessResult f = ws.run({QStringLiteral("findings"), QStringLiteral("1")});
    ASSERT_EQ(f.exitCode, 0) << f.err.toStdString();
    EXPECT_TRUE(text(f.out).contains(QLatin1String("warning [site-excluded] site:ST-REK01")))
        << f.out.toStdString();
    EXPECT_TRUE(text(f.out).contains(QLatin1String("0 blocking finding(s), 1 warning(s).")));
}

TEST(DesignCli, DesigningAgainChangesNothing)
{
    CliWorkspace ws;
    prepareDemo(ws);
    QJsonObject first = designJson(ws, QStringLiteral("1"));
    ASSERT_GT(first[QLatin1String("added")].toInt(), 100);
    QJsonObject second = designJson(ws, QStringLiteral("1"));
    EXPECT_EQ(second[QLatin1String("added")].toInt(), 0);
    EXPECT_EQ(second[QLatin1String("released")].toInt(), 0);
    EXPECT_EQ(second[QLatin1String("held")].toInt(), first[QLatin1String("held")].toInt());
    for (const char *key : {"added", "released"}) {
        first.remove(QLatin1String(key));
        second.remove(QLatin1String(key));
    }
    EXPECT_EQ(QJsonDocument(second).toJson(), QJsonDocument(first).toJson());
}

TEST(DesignCli, TwoEngagementsNeverShareAnRdRtOrAddress)
{
    CliWorkspace ws;
    prepareDemo(ws);
    prepareSecondEngagement(ws);
    const QSet<QString> one = valuesOf(designJson(ws, QStringLiteral("1")));
    const QSet<QString> two = valuesOf(designJson(ws, QStringLiteral("2")));
    ASSERT_GT(one.size(), 100);
    EXPECT_EQ(two.size(), one.size()); // the same sites and VPNs need as many values
    const QSet<QString> shared = QSet<QString>(one).intersect(two);
    EXPECT_TRUE(shared.isEmpty()) << QStringList(shared.values()).join(QLatin1Char(',')).toStdString();
}

TEST(DesignCli, BlockingFindingsExitOneAndAreListed)
{
    CliWorkspace ws;
    ASSERT_EQ(ws.run({QStringLiteral("demo")}).exitCode, 0);
    const ProcessResult notYet = ws.run({QStringLiteral("findings"), QStringLiteral("1")});
    EXPECT_EQ(notYet.exitCode, 1);
    EXPECT_TRUE(text(notYet.err).contains(QLatin1String("has not been designed yet; run 'vpnwb design 1'")));

    // No serviceability result yet: no site has a PE.
    const ProcessResult r = ws.run({QStringLiteral("design"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(text(r.err).contains(QLatin1String("has 16 blocking finding(s)"))) << r.err.toStdString();
    EXPECT_TRUE(text(r.err).contains(QLatin1String(
        "[site-not-checked] site:DC-FRA: the site has no PE yet: its serviceability has not been checked")));
    const ProcessResult f = ws.run({QStringLiteral("findings"), QStringLiteral("1")});
    EXPECT_EQ(f.exitCode, 0);
    EXPECT_TRUE(text(f.out).contains(QLatin1String("16 blocking finding(s), 0 warning(s).")));

    // Nothing of a design with blocking findings is handed on.
    const QString file = ws.filePath(QStringLiteral("blocked.json"));
    const ProcessResult e =
        ws.run({QStringLiteral("export-l3nm"), QStringLiteral("1"), QStringLiteral("-o"), file});
    EXPECT_EQ(e.exitCode, 1);
    EXPECT_TRUE(text(e.err).contains(QLatin1String("nothing was exported")));
    EXPECT_FALSE(QFile::exists(file));
}

TEST(DesignCli, APoolTooSmallIsABlockingFindingAndNothingIsAllocated)
{
    CliWorkspace ws;
    prepareDemo(ws);
    // 8 links of /30 for the demo's 31 attachments.
    ASSERT_EQ(ws.run({QStringLiteral("provider-settings"), QStringLiteral("link-pool"),
                      QStringLiteral("100.64.0.0/27")})
                  .exitCode,
              0);
    const ProcessResult r = ws.run({QStringLiteral("design"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(text(r.err).contains(QLatin1String("[pool-exhausted]"))) << r.err.toStdString();
    EXPECT_TRUE(text(r.err).contains(
        QLatin1String("the link pool 100.64.0.0/27 (/30 links) has no free value left (8 in all)")))
        << r.err.toStdString();
    const QJsonObject d = designJson(ws, QStringLiteral("1"), 1);
    EXPECT_EQ(d[QLatin1String("held")].toInt(), 0); // not even the values that would have fitted
    EXPECT_EQ(d[QLatin1String("added")].toInt(), 0);
    for (const QJsonValue v : d[QLatin1String("vrfs")].toArray())
        EXPECT_TRUE(v[QLatin1String("rd")].toString().isEmpty());

    // With a pool large enough, the same engagement designs.
    ASSERT_EQ(ws.run({QStringLiteral("provider-settings"), QStringLiteral("link-pool"),
                      QStringLiteral("100.64.0.0/24")})
                  .exitCode,
              0);
    EXPECT_EQ(designJson(ws, QStringLiteral("1"))[QLatin1String("blocking")].toInt(), 0);
}

TEST(DesignCli, AnOverrideIsKeptAndSurvivesTheNextDesign)
{
    CliWorkspace ws;
    prepareDemo(ws);
    designJson(ws, QStringLiteral("1"));
    const QString attachment = QStringLiteral("attachment:ST-BER01/CORP/primary");
    const ProcessResult r = ws.run({QStringLiteral("override"), QStringLiteral("1"), attachment,
                                    QStringLiteral("vlan"), QStringLiteral("300")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(text(r.out).contains(QLatin1String("0 blocking finding(s) remain.")));

    const QJsonObject d = designJson(ws, QStringLiteral("1"));
    const QJsonObject a = findObject(d, "attachments", attachment);
    EXPECT_EQ(a[QLatin1String("vlan")].toInt(), 300);
    EXPECT_EQ(a[QLatin1String("subInterface")].toString(), QStringLiteral("ens2f0.300"));
    EXPECT_EQ(d[QLatin1String("added")].toInt(), 0);
    EXPECT_EQ(d[QLatin1String("released")].toInt(), 0);

    // An RD of the provider's own pool, not in use.
    const QString vrf = QStringLiteral("vrf:ber1-pe1/E1-CORP-SPOKE");
    ASSERT_EQ(ws.run({QStringLiteral("override"), QStringLiteral("1"), vrf, QStringLiteral("rd"),
                      QStringLiteral("64500:7777")})
                  .exitCode,
              0);
    EXPECT_EQ(findObject(designJson(ws, QStringLiteral("1")), "vrfs", vrf)[QLatin1String("rd")].toString(),
              QStringLiteral("64500:7777"));
}

TEST(DesignCli, AnOverrideToAValueInUseIsRefusedNamingItsOwner)
{
    CliWorkspace ws;
    prepareDemo(ws);
    prepareSecondEngagement(ws);
    const QJsonObject one = designJson(ws, QStringLiteral("1"));
    designJson(ws, QStringLiteral("2"));
    const QString rdOfOne =
        findObject(one, "vrfs", QStringLiteral("vrf:fra1-pe1/E1-CORP-HUB"))[QLatin1String("rd")].toString();
    ASSERT_EQ(rdOfOne, QStringLiteral("64500:1"));

    const QString vrf = QStringLiteral("vrf:fra1-pe1/E2-CORP-HUB");
    const ProcessResult r =
        ws.run({QStringLiteral("override"), QStringLiteral("2"), vrf, QStringLiteral("rd"), rdOfOne});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(text(r.err).trimmed(),
              QStringLiteral(
                  "vpnwb: vrf:fra1-pe1/E2-CORP-HUB rd: 64500:1 is in use by vrf:fra1-pe1/E1-CORP-HUB rd of "
                  "engagement 'Northwind Retail — Pan-European VPN' (id 1); nothing was changed"));
    const QString before =
        findObject(designJson(ws, QStringLiteral("2")), "vrfs", vrf)[QLatin1String("rd")].toString();
    EXPECT_NE(before, rdOfOne);

    // Inside one engagement as well: the link of another attachment.
    const QString linkOfOther =
        findObject(one, "attachments",
                   QStringLiteral("attachment:DC-FRA/CORP/primary"))[QLatin1String("link")]
            .toString();
    const ProcessResult l =
        ws.run({QStringLiteral("override"), QStringLiteral("1"),
                QStringLiteral("attachment:ST-BER01/CORP/primary"), QStringLiteral("link"), linkOfOther});
    EXPECT_EQ(l.exitCode, 1);
    EXPECT_TRUE(text(l.err).contains(QLatin1String("is in use by attachment:DC-FRA/CORP/primary link")))
        << l.err.toStdString();
}

TEST(DesignCli, BadOverrideValuesAreRefusedNamingTheField)
{
    CliWorkspace ws;
    prepareDemo(ws);
    designJson(ws, QStringLiteral("1"));
    const QJsonObject before = designJson(ws, QStringLiteral("1"));
    const QString attachment = QStringLiteral("attachment:ST-BER01/CORP/primary");
    struct Case
    {
        QString object;
        QString field;
        QString value;
        QString message;
    };
    const QList<Case> cases{
        {attachment, QStringLiteral("vlan"), QStringLiteral("4095"),
         QStringLiteral("attachment:ST-BER01/CORP/primary vlan: '4095' is outside 1–4094")},
        {attachment, QStringLiteral("vlan"), QStringLiteral("0"),
         QStringLiteral("attachment:ST-BER01/CORP/primary vlan: '0' is outside 1–4094")},
        {attachment, QStringLiteral("link"), QStringLiteral("100.64.9.1/30"),
         QStringLiteral(
             "attachment:ST-BER01/CORP/primary link: '100.64.9.1/30' is not a prefix: host bits are set")},
        {QStringLiteral("vpn:CORP"), QStringLiteral("rt-hub"), QStringLiteral("64500-9"),
         QStringLiteral("vpn:CORP rt-hub: ")},
        {QStringLiteral("vpn:CORP"), QStringLiteral("rt-hub"), QStringLiteral("0:9"),
         QStringLiteral("vpn:CORP rt-hub: ")},
        {QStringLiteral("vrf:fra1-pe1/E1-CORP-HUB"), QStringLiteral("rd"), QStringLiteral("4294967296:1"),
         QStringLiteral("vrf:fra1-pe1/E1-CORP-HUB rd: ")},
    };
    for (const Case &c : cases) {
        const ProcessResult r =
            ws.run({QStringLiteral("override"), QStringLiteral("1"), c.object, c.field, c.value});
        EXPECT_EQ(r.exitCode, 1) << c.value.toStdString();
        EXPECT_TRUE(text(r.err).startsWith(QStringLiteral("vpnwb: ") + c.message)) << r.err.toStdString();
    }
    QJsonObject after = designJson(ws, QStringLiteral("1"));
    EXPECT_EQ(after[QLatin1String("vrfs")], before[QLatin1String("vrfs")]);
    EXPECT_EQ(after[QLatin1String("vpns")], before[QLatin1String("vpns")]);
    EXPECT_EQ(after[QLatin1String("attachments")], before[QLatin1String("attachments")]);
}

// The provider setting cpe-vendor: kept in the workspace, refused when no CE
// renderer has that vendor, and the CPEs are rendered for it.
TEST(DesignCli, TheCpeVendorSettingChoosesWhatTheCpesAreRenderedFor)
{
    CliWorkspace ws;
    prepareDemo(ws);
    designJson(ws, QStringLiteral("1"));
    const QString iosxe = ws.filePath(QStringLiteral("iosxe"));
    ProcessResult r = ws.run({QStringLiteral("render"), QStringLiteral("1"), QStringLiteral("--device"),
                              QStringLiteral("st-par01-ce"), QStringLiteral("--out"), iosxe});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(text(readFile(iosxe + QStringLiteral("/st-par01-ce.cfg")))
                    .contains(QLatin1String("interface GigabitEthernet0/0/0.100")));

    r = ws.run({QStringLiteral("provider-settings"), QStringLiteral("cpe-vendor"), QStringLiteral("junos")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(text(r.err).contains(QLatin1String("provider setting cpe-vendor: 'junos' is not one of: iosxe, frr")))
        << r.err.toStdString();
    r = ws.run({QStringLiteral("provider-settings")});
    EXPECT_TRUE(QRegularExpression(QStringLiteral("\\ncpe-vendor +iosxe\\n")).match(text(r.out)).hasMatch())
        << r.out.toStdString();

    r = ws.run({QStringLiteral("provider-settings"), QStringLiteral("cpe-vendor"), QStringLiteral("frr")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = ws.run({QStringLiteral("provider-settings")});
    EXPECT_TRUE(QRegularExpression(QStringLiteral("\\ncpe-vendor +frr\\n")).match(text(r.out)).hasMatch())
        << r.out.toStdString();
    const QString frr = ws.filePath(QStringLiteral("frr"));
    r = ws.run({QStringLiteral("render"), QStringLiteral("1"), QStringLiteral("--vendor"), QStringLiteral("frr"),
                QStringLiteral("--device"), QStringLiteral("st-par01-ce"), QStringLiteral("--out"), frr});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString ce = text(readFile(frr + QStringLiteral("/st-par01-ce.cfg")));
    // Linux device names: the WAN sub-interfaces on wan0, the LAN on lan0.
    EXPECT_TRUE(ce.contains(QLatin1String("interface wan0.100\n"))) << ce.toStdString();
    EXPECT_TRUE(ce.contains(QLatin1String("interface lan0\n"))) << ce.toStdString();
    EXPECT_TRUE(ce.contains(QLatin1String("router bgp 65107\n"))) << ce.toStdString();
    EXPECT_FALSE(ce.contains(QLatin1String("GigabitEthernet"))) << ce.toStdString();
}

TEST(DesignCli, TheDemoExportedAsL3nmValidatesWithYanglint)
{
    CliWorkspace ws;
    prepareDemo(ws);
    designJson(ws, QStringLiteral("1"));
    const QString file = ws.filePath(QStringLiteral("demo-l3nm.json"));
    const ProcessResult r =
        ws.run({QStringLiteral("export-l3nm"), QStringLiteral("1"), QStringLiteral("-o"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(text(r.out).contains(QLatin1String("2 VPN(s), 28 VRF(s), 31 attachment(s)")))
        << r.out.toStdString();
    const QString errors = yanglintErrors(file);
    EXPECT_TRUE(errors.isEmpty()) << errors.toStdString();

    // RDs and RTs carry their type, as RFC 8294 wants them.
    const QString json = text(readFile(file));
    const QRegularExpression value(QStringLiteral("\"(rd|route-target)\": \"([^\"]*)\""));
    const QRegularExpression typed(QStringLiteral("^0:64500:[0-9]+$"));
    int count = 0;
    for (auto it = value.globalMatch(json); it.hasNext(); ++count) {
        const QString v = it.next().captured(2);
        EXPECT_TRUE(typed.match(v).hasMatch()) << v.toStdString();
    }
    EXPECT_GT(count, 28);
    EXPECT_TRUE(json.contains(QLatin1String("\"rd\": \"0:64500:1\"")));
}

// What a push gives a PE reached over NETCONF: its part of the L3NM, for every PE of the demo.
TEST(DesignCli, EveryPeOfTheDemoHasItsPartOfTheL3nmAsNetconfXml)
{
    CliWorkspace ws;
    prepareDemo(ws);
    designJson(ws, QStringLiteral("1"));
    const QString file = ws.filePath(QStringLiteral("demo-l3nm.json"));
    ASSERT_EQ(ws.run({QStringLiteral("export-l3nm"), QStringLiteral("1"), QStringLiteral("-o"), file}).exitCode, 0);
    const QByteArray json = readFile(file);
    QSet<QString> pes;
    const QRegularExpression neId(QStringLiteral("\"ne-id\": \"([^\"]*)\""));
    for (auto it = neId.globalMatch(text(json)); it.hasNext();)
        pes.insert(it.next().captured(1));
    ASSERT_GE(pes.size(), 4);
    for (const QString &pe : std::as_const(pes)) {
        const auto xml = vpnwb::L3nmDeviceConfig::xml(json, pe);
        ASSERT_TRUE(xml.ok()) << pe.toStdString() << ": " << xml.error().message.toStdString();
        EXPECT_TRUE(xml->contains(QStringLiteral("<ne-id>%1</ne-id>").arg(pe)));
        EXPECT_EQ(xml->count(QStringLiteral("<ne-id>")), xml->count(QStringLiteral("<ne-id>%1</ne-id>").arg(pe)))
            << pe.toStdString();
    }
}

TEST(DesignCli, TheExportedDemoIsReadBackWithoutBlockingFindings)
{
    CliWorkspace ws;
    prepareDemo(ws);
    designJson(ws, QStringLiteral("1"));
    const QString file = ws.filePath(QStringLiteral("demo-l3nm.json"));
    ASSERT_EQ(
        ws.run({QStringLiteral("export-l3nm"), QStringLiteral("1"), QStringLiteral("-o"), file}).exitCode, 0);

    // Into another workspace: the same RDs are free there.
    CliWorkspace other;
    const ProcessResult r = other.run({QStringLiteral("import-l3nm"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(text(r.out).contains(QLatin1String("2 VPN(s), 28 VRF(s), 31 attachment(s)")))
        << r.out.toStdString();
    EXPECT_TRUE(text(r.out).contains(QLatin1String("No findings.")));

    // Into the same workspace: the values are the demo's, so nothing is imported.
    const int engagements = engagementCount(ws);
    const ProcessResult again = ws.run({QStringLiteral("import-l3nm"), file});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(text(again.err).contains(
        QStringLiteral("of engagement 'Northwind Retail — Pan-European VPN' (id 1); nothing was imported")))
        << again.err.toStdString();
    EXPECT_EQ(engagementCount(ws), engagements);
}

TEST(DesignCli, ABrownfieldL3nmFileIsImportedAndItsValuesAreNeverGivenAgain)
{
    // The fixture is real L3NM.
    const QString errors = yanglintErrors(brownfieldFixture());
    ASSERT_TRUE(errors.isEmpty()) << errors.toStdString();

    CliWorkspace ws;
    const ProcessResult r = ws.run({QStringLiteral("import-l3nm"), brownfieldFixture()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(text(r.out).contains(QLatin1String("as engagement 'Contoso Logistics (L3NM)' (id 1): 1 "
                                                   "VPN(s), 2 VRF(s), 2 attachment(s); 9 value(s) reserved")))
        << r.out.toStdString();
    const ProcessResult f = ws.run({QStringLiteral("findings"), QStringLiteral("1")});
    EXPECT_EQ(f.exitCode, 0);
    EXPECT_TRUE(text(f.out).contains(QLatin1String("0 blocking finding(s)")));
    // The brownfield record is kept as imported: designing or rendering it says why not.
    for (const QStringList &args : {QStringList{QStringLiteral("design"), QStringLiteral("1")},
                                    QStringList{QStringLiteral("render"), QStringLiteral("1"), QStringLiteral("--out"),
                                                ws.filePath(QStringLiteral("configs"))}}) {
        const ProcessResult refused = ws.run(args);
        EXPECT_EQ(refused.exitCode, 1) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(text(refused.err).contains(QLatin1String("was imported from L3NM and has no sites")) &&
                    text(refused.err).contains(QLatin1String("is not designed, rendered or pushed")))
            << refused.err.toStdString();
    }

    // The demo, designed afterwards on the same PEs, gets other RDs, RTs, links and ports.
    ASSERT_EQ(ws.run({QStringLiteral("demo")}).exitCode, 0);
    ASSERT_EQ(ws.run({QStringLiteral("serviceability"), QStringLiteral("2")}).exitCode, 0);
    const QJsonObject d = designJson(ws, QStringLiteral("2"));
    const QSet<QString> demo = valuesOf(d);
    for (const char *held : {"rd 64500:1", "rd 64500:2", "rt 64500:1", "link 100.64.0.0/30",
                             "link 100.64.0.4/30", "port fra1-pe1 ens3f0", "port ber1-pe1 ens2f0"})
        EXPECT_FALSE(demo.contains(QLatin1String(held))) << held;
    EXPECT_EQ(d[QLatin1String("blocking")].toInt(), 0);
}

TEST(DesignCli, BadL3nmInputIsRefusedNamingTheFieldAndNothingIsStored)
{
    CliWorkspace ws;
    ASSERT_EQ(ws.run({QStringLiteral("demo")}).exitCode, 0);
    struct Case
    {
        const char *from;
        const char *to;
        const char *message;
    };
    const QList<Case> cases{
        // A route target without its type.
        {"\"route-target\": \"0:64500:1\"", "\"route-target\": \"64500:1\"",
         "route-targets[0].route-target: '64500:1' lacks its type"},
        {"\"route-target\": \"0:64500:1\"", "\"route-target\": \"0:64500-1\"",
         "route-targets[0].route-target: '0:64500-1'"},
        {"\"cvlan-id\": 200", "\"cvlan-id\": 4095", "dot1q.cvlan-id: 4095 is outside 1..4094"},
        {"\"peer-as\": 65201", "\"peer-as\": 4294967296", "bgp.peer-as: 4294967296 is outside 1..4294967295"},
        {"\"peer-as\": 65201", "\"peer-as\": 0", "bgp.peer-as: 0 is outside 1..4294967295"},
        {"\"lan\": \"172.16.20.0/24\"", "\"lan\": \"172.16.20.1/24\"",
         "ipv4-lan-prefixes[0].lan: '172.16.20.1/24' is not a prefix: host bits are set"},
        {"\"rd\": \"0:64500:2\"", "\"rd\": \"64500:2\"",
         "vpn-instance-profile[0].rd: '64500:2' lacks its type"},
    };
    for (const Case &c : cases) {
        const QString file = brownfieldWith(ws, c.from, c.to);
        const ProcessResult r = ws.run({QStringLiteral("import-l3nm"), file});
        EXPECT_EQ(r.exitCode, 1) << c.to;
        EXPECT_TRUE(text(r.err).startsWith(
            QLatin1String("vpnwb: bad.json: $.ietf-l3vpn-ntw:l3vpn-ntw.vpn-services.vpn-service[0]")))
            << r.err.toStdString();
        EXPECT_TRUE(text(r.err).contains(QLatin1String(c.message))) << r.err.toStdString();
    }
    EXPECT_EQ(engagementCount(ws), 1); // the demo only
}

TEST(DesignCli, Steps4And5CannotBeDoneUntilTheDesignHasNoBlockingFinding)
{
    CliWorkspace ws;
    ASSERT_EQ(ws.run({QStringLiteral("demo")}).exitCode, 0);
    const ProcessResult early =
        ws.run({QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("done")});
    EXPECT_EQ(early.exitCode, 1);
    EXPECT_TRUE(text(early.err).contains(QLatin1String("the engagement has not been designed")))
        << early.err.toStdString();

    ASSERT_EQ(ws.run({QStringLiteral("serviceability"), QStringLiteral("1")}).exitCode, 0);
    ASSERT_EQ(ws.run({QStringLiteral("design"), QStringLiteral("1")}).exitCode, 0);
    // A step-5 value that breaks the design: the override is refused and the step can still be done.
    const ProcessResult bad = ws.run({QStringLiteral("override"), QStringLiteral("1"),
                                      QStringLiteral("attachment:ST-BER01/CORP/primary"),
                                      QStringLiteral("mtu-ce"), QStringLiteral("1400")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(text(bad.err).contains(QLatin1String("[mtu-mismatch] attachment:ST-BER01/CORP/primary")))
        << bad.err.toStdString();
    for (const char *step : {"4", "5"}) {
        const ProcessResult r = ws.run(
            {QStringLiteral("status"), QStringLiteral("1"), QLatin1String(step), QStringLiteral("done")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
}
