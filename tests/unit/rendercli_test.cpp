// `vpnwb render`, `vpnwb diff` and `vpnwb renderers`, driven as a user runs
// them: the built vpnwb on a workspace with the demo engagement.

#include "cliworkspace.h"
#include "database.h"
#include "demoengagement.h"
#include "engagementrepository.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using vpnwb::test::CliWorkspace;
using vpnwb::test::ProcessResult;

namespace {

const QString kDemo = QStringLiteral("1");

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

QString fileText(const QString &path)
{
    return QString::fromUtf8(vpnwb::test::readFile(path));
}

// The demo engagement, its serviceability checked and its network designed:
// what `vpnwb render` renders.
void designDemo(const CliWorkspace &ws)
{
    ASSERT_EQ(ws.run({QStringLiteral("demo")}).exitCode, 0);
    ASSERT_EQ(ws.run({QStringLiteral("serviceability"), kDemo}).exitCode, 0);
    const ProcessResult r = ws.run({QStringLiteral("design"), kDemo});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
}

// Sets an environment variable for the programs this test starts, and
// restores it afterwards.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QByteArray &value)
        : m_name(name), m_old(qgetenv(name)), m_had(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;

private:
    const char *m_name;
    QByteArray m_old;
    bool m_had;
};

// A plugin folder with copies of some of the build tree's renderer plugins.
void copyPlugins(const QTemporaryDir &dir, const QStringList &vendors)
{
    for (const QString &vendor : vendors) {
        const QString file = QStringLiteral("libvpnwb_renderer_%1.so").arg(vendor);
        ASSERT_TRUE(
            QFile::copy(QDir(QStringLiteral(VPNWB_RENDERER_PLUGIN_DIR)).filePath(file), dir.filePath(file)))
            << file.toStdString();
    }
}

} // namespace

TEST(RenderCli, WritesOneFileForEveryDeviceOfTheDemo)
{
    CliWorkspace ws;
    designDemo(ws);
    const QString out = ws.filePath(QStringLiteral("configs"));
    const ProcessResult r = ws.run({QStringLiteral("render"), kDemo, QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(text(r.out).startsWith(
        QStringLiteral("Wrote the configuration of 29 device(s) of 'Northwind Retail")))
        << r.out.toStdString();

    // 14 PEs of five vendors and 15 managed CPEs (IOS XE); ST-REK01 is unserviceable and has none.
    const QStringList files = filesIn(out);
    EXPECT_EQ(files.size(), 29) << files.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(files.contains(QStringLiteral("st-ber01-ce.cfg")));
    EXPECT_FALSE(files.contains(QStringLiteral("st-rek01-ce.cfg")));

    // Each file is the device's own language.
    const QString frr = fileText(QDir(out).filePath(QStringLiteral("fra1-pe1.cfg")));
    EXPECT_TRUE(frr.contains(QStringLiteral("router bgp 64500 vrf E1-CORP-HUB\n"))) << frr.toStdString();
    EXPECT_TRUE(frr.contains(QStringLiteral("  rd vpn export ")));
    const QString iosxr = fileText(QDir(out).filePath(QStringLiteral("fra1-pe2.cfg")));
    EXPECT_TRUE(
        iosxr.contains(QStringLiteral("vrf E1-CORP-HUB\n description Northwind Retail Group / Corporate\n"
                                      " address-family ipv4 unicast\n")))
        << iosxr.toStdString();
    EXPECT_TRUE(iosxr.contains(QStringLiteral("route-policy E1-CORP-HUB-IMPORT\n"))) << iosxr.toStdString();
    const QString junos = fileText(QDir(out).filePath(QStringLiteral("ams1-pe2.cfg")));
    EXPECT_TRUE(junos.contains(QStringLiteral("        instance-type vrf;\n"))) << junos.toStdString();
    const QString eos = fileText(QDir(out).filePath(QStringLiteral("dus1-pe1.cfg")));
    EXPECT_TRUE(eos.contains(QStringLiteral("vrf instance E1-CORP-SPOKE\n"))) << eos.toStdString();
    const QString cpe = fileText(QDir(out).filePath(QStringLiteral("st-ber01-ce.cfg")));
    EXPECT_TRUE(cpe.contains(QStringLiteral("policy-map ")) && cpe.contains(QStringLiteral("router bgp ")))
        << cpe.toStdString();

    // What a vendor cannot configure is said on stderr, with the device.
    EXPECT_TRUE(
        r.err.contains("vpnwb: fra1-pe1: warning: attachment CORP-DC-FRA: FRR does not configure QoS"))
        << r.err.toStdString();
}

TEST(RenderCli, SelectsByVendorAndDeviceAndWritesTheRemoval)
{
    CliWorkspace ws;
    designDemo(ws);
    const QString byVendor = ws.filePath(QStringLiteral("junos"));
    ProcessResult r = ws.run({QStringLiteral("render"), kDemo, QStringLiteral("--vendor"),
                              QStringLiteral("junos"), QStringLiteral("--out"), byVendor});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(filesIn(byVendor), QStringList({QStringLiteral("ams1-pe2.cfg"), QStringLiteral("mil1-pe1.cfg"),
                                              QStringLiteral("vie1-pe1.cfg")}));

    // The Junos `set` style, and the removal of exactly this service.
    const QString one = ws.filePath(QStringLiteral("one"));
    r = ws.run({QStringLiteral("render"), kDemo, QStringLiteral("--device"), QStringLiteral("ams1-pe2"),
                QStringLiteral("--style"), QStringLiteral("set"), QStringLiteral("--out"), one});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(filesIn(one), QStringList{QStringLiteral("ams1-pe2.cfg")});
    const QString set = fileText(QDir(one).filePath(QStringLiteral("ams1-pe2.cfg")));
    EXPECT_TRUE(set.startsWith(QStringLiteral("set interfaces "))) << set.toStdString();

    const QString removal = ws.filePath(QStringLiteral("removal"));
    r = ws.run({QStringLiteral("render"), kDemo, QStringLiteral("--device"), QStringLiteral("ams1-pe2"),
                QStringLiteral("--style"), QStringLiteral("set"), QStringLiteral("--removal"),
                QStringLiteral("--out"), removal});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(text(r.out).startsWith(QStringLiteral("Wrote the removal of 1 device(s)")))
        << r.out.toStdString();
    const QString gone = fileText(QDir(removal).filePath(QStringLiteral("ams1-pe2.cfg")));
    EXPECT_TRUE(gone.contains(QStringLiteral("delete routing-instances E1-CORP-HUB\n")))
        << gone.toStdString();
    // Every removal line is a delete; the core sessions the PE shares with other services stay.
    for (const QString &line : gone.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        EXPECT_TRUE(line.startsWith(QStringLiteral("delete "))) << line.toStdString();
    EXPECT_FALSE(gone.contains(QStringLiteral("group CORE")));

    // A filter that matches nothing says what there is.
    r = ws.run({QStringLiteral("render"), kDemo, QStringLiteral("--vendor"), QStringLiteral("sros"),
                QStringLiteral("--out"), ws.filePath(QStringLiteral("none"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(
        "no device of 'Northwind Retail — Pan-European VPN' matches --vendor sros (29 devices; "
        "vendors: eos, frr, iosxe, iosxr, junos)"))
        << r.err.toStdString();
    EXPECT_FALSE(QDir(ws.filePath(QStringLiteral("none"))).exists());
}

// Every PE VRF's loopback of the design (step 4) reaches its PE's
// configuration, and the PE's removal takes the loopback interface off again.
TEST(RenderCli, EveryVrfLoopbackOfTheDesignIsRenderedAndRemoved)
{
    CliWorkspace ws;
    designDemo(ws);
    ProcessResult r = ws.run({QStringLiteral("--json"), QStringLiteral("design"), kDemo});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray vrfs = QJsonDocument::fromJson(r.out).object().value(QLatin1String("vrfs")).toArray();
    ASSERT_FALSE(vrfs.isEmpty()) << r.out.toStdString();

    const QString configs = ws.filePath(QStringLiteral("configs"));
    const QString removals = ws.filePath(QStringLiteral("removals"));
    ASSERT_EQ(ws.run({QStringLiteral("render"), kDemo, QStringLiteral("--out"), configs}).exitCode, 0);
    ASSERT_EQ(ws.run({QStringLiteral("render"), kDemo, QStringLiteral("--removal"), QStringLiteral("--out"),
                      removals})
                  .exitCode,
              0);
    for (const QJsonValue &value : vrfs) {
        const QJsonObject vrf = value.toObject();
        const QString name = vrf.value(QLatin1String("name")).toString();
        const QString pe = vrf.value(QLatin1String("pe")).toString();
        const QString loopback = vrf.value(QLatin1String("loopback")).toString();
        // The loopback number is the VRF's service id, the number of its RD.
        const QString number = vrf.value(QLatin1String("rd")).toString().section(QLatin1Char(':'), -1);
        const std::string what = QString(pe + QLatin1Char('/') + name).toStdString();
        ASSERT_FALSE(loopback.isEmpty()) << what;
        const QString config = fileText(QDir(configs).filePath(pe + QLatin1String(".cfg")));
        EXPECT_TRUE(config.contains(
            QRegularExpression(QStringLiteral("(address |ip address )%1(/32| 255\\.255\\.255\\.255)?;?\n")
                                   .arg(QRegularExpression::escape(loopback)))))
            << what << " lacks its loopback " << loopback.toStdString();
        const QString removal = fileText(QDir(removals).filePath(pe + QLatin1String(".cfg")));
        const bool removed =
            removal.contains(QStringLiteral("no interface lo%1 vrf %2\n").arg(number, name)) ||
            removal.contains(QStringLiteral("no interface Loopback%1\n").arg(number)) ||
            removal.contains(
                QRegularExpression(QStringLiteral("lo0 \\{[^}]*delete: unit %1;").arg(number))) ||
            removal.contains(QStringLiteral("delete service vprn \"%1\"\n").arg(name));
        EXPECT_TRUE(removed) << what << ": the removal keeps loopback " << number.toStdString() << ":\n"
                             << removal.toStdString();
    }
}

// `vpnwb render-golden` reads a device-design file: a bad VRF loopback is
// refused with the file and the field, and nothing is written.
TEST(RenderCli, ADeviceDesignWithABadVrfLoopbackIsRefusedNamingTheField)
{
    CliWorkspace ws;
    const QString dir = ws.filePath(QStringLiteral("golden"));
    ASSERT_TRUE(QDir().mkpath(dir));
    QByteArray design = vpnwb::test::readFile(
        QDir(vpnwb::test::sourceDir()).filePath(QStringLiteral("tests/golden/renderers/design.json")));
    const QByteArray good = design;
    design.replace("\"loopback\": \"100.65.0.22\"", "\"loopback\": \"100.65.0.22;\"");
    ASSERT_NE(design, good);
    vpnwb::test::writeFile(QDir(dir).filePath(QStringLiteral("design.json")), design);
    const ProcessResult r = ws.run({QStringLiteral("render-golden"), dir});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("design.json: $.devices[1].vrfs[1].loopback: must be an IPv4 address "
                                      "a.b.c.d")
                           .toUtf8()))
        << r.err.toStdString();
    EXPECT_EQ(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("design.json")});
}

TEST(RenderCli, BadUsageIsRefused)
{
    CliWorkspace ws;
    ASSERT_EQ(ws.run({QStringLiteral("demo")}).exitCode, 0);
    ProcessResult r = ws.run({QStringLiteral("render"), kDemo});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("'render' needs --out DIR")) << r.err.toStdString();
    r = ws.run({QStringLiteral("render"), kDemo, QStringLiteral("--out"), ws.filePath(QStringLiteral("o")),
                QStringLiteral("--colour")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("unknown option '--colour' for 'render'")) << r.err.toStdString();
    r = ws.run({QStringLiteral("render"), QStringLiteral("no such engagement"), QStringLiteral("--out"),
                ws.filePath(QStringLiteral("o"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("no such engagement")) << r.err.toStdString();

    // Not designed yet: nothing to render, and the way forward.
    r = ws.run({QStringLiteral("render"), kDemo, QStringLiteral("--out"), ws.filePath(QStringLiteral("o"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("run 'vpnwb design 1' first; nothing was rendered")) << r.err.toStdString();
    EXPECT_FALSE(QDir(ws.filePath(QStringLiteral("o"))).exists());
}

TEST(RenderCli, AFolderThatCannotBeMadeIsRefusedWithTheReasonBeforeAnyRendering)
{
    CliWorkspace ws;
    designDemo(ws);
    const QString file = ws.filePath(QStringLiteral("a-file"));
    vpnwb::test::writeFile(file, "not a folder");
    const ProcessResult r = ws.run({QStringLiteral("render"), QStringLiteral("1"), QStringLiteral("--out"),
                                    file + QStringLiteral("/configs")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("cannot create the folder ") && r.err.contains("a-file is not a folder; nothing was written"))
        << r.err.toStdString();
    // The reason is not buried under the renderers' warnings: there are none.
    EXPECT_FALSE(r.err.contains("warning")) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
}

TEST(RenderCli, ADesignWithBlockingFindingsIsNotRendered)
{
    CliWorkspace ws;
    {
        // Two sites of the corporate VPN announce the same LAN.
        auto opened = vpnwb::Database::openSqlite(ws.path());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        vpnwb::Engagement e = *vpnwb::DemoEngagement::load();
        e.sites[e.siteIndex(QStringLiteral("ST-MUC01"))].lanPrefixes =
            e.sites[e.siteIndex(QStringLiteral("ST-BER01"))].lanPrefixes;
        auto saved = vpnwb::EngagementRepository(**opened).save(e);
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    }
    ASSERT_EQ(ws.run({QStringLiteral("serviceability"), kDemo}).exitCode, 0);
    ProcessResult r = ws.run({QStringLiteral("design"), kDemo});
    ASSERT_EQ(r.exitCode, 1) << "the overlap should be a blocking finding: " << r.out.toStdString();

    const QString out = ws.filePath(QStringLiteral("configs"));
    r = ws.run({QStringLiteral("render"), kDemo, QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 1);
    const QString err = text(r.err);
    EXPECT_TRUE(err.contains(QStringLiteral("blocking finding(s); nothing was rendered:")))
        << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("site:ST-MUC01"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("overlaps"))) << err.toStdString();
    EXPECT_FALSE(QDir(out).exists());
}

TEST(RenderCli, ADeviceWhoseVendorHasNoPluginNamesTheDeviceAndTheVendorsThereAre)
{
    CliWorkspace ws;
    designDemo(ws);
    QTemporaryDir plugins;
    copyPlugins(plugins, {QStringLiteral("iosxe"), QStringLiteral("junos")});
    const ScopedEnvironment path("VPNWB_RENDERER_PATH", plugins.path().toUtf8());

    const QString out = ws.filePath(QStringLiteral("configs"));
    ProcessResult r = ws.run({QStringLiteral("render"), kDemo, QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(
        r.err.contains("device fra1-pe1: no renderer for its vendor 'frr'; renderers available: iosxe, "
                       "junos; nothing was written"))
        << r.err.toStdString();
    EXPECT_FALSE(QDir(out).exists()); // not even the devices that could be rendered

    // The vendors that are there still render.
    r = ws.run({QStringLiteral("render"), kDemo, QStringLiteral("--vendor"), QStringLiteral("iosxe"),
                QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(filesIn(out).size(), 15);
}

TEST(RenderCli, APluginThatCannotBeLoadedIsNamedWithTheReasonAndTheOthersWork)
{
    CliWorkspace ws;
    designDemo(ws);
    QTemporaryDir plugins;
    copyPlugins(plugins, {QStringLiteral("iosxe"), QStringLiteral("frr")});
    vpnwb::test::writeFile(plugins.filePath(QStringLiteral("libvpnwb_renderer_vyos.so")),
                           "truncated download\n");
    ASSERT_TRUE(QFile::copy(QStringLiteral(VPNWB_OLD_RENDERER_PLUGIN),
                            plugins.filePath(QStringLiteral("libold.so"))));
    const ScopedEnvironment path("VPNWB_RENDERER_PATH", plugins.path().toUtf8());

    ProcessResult r = ws.run({QStringLiteral("renderers")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString listing = text(r.out);
    EXPECT_TRUE(listing.contains(QStringLiteral("skipped libvpnwb_renderer_vyos.so: not a Qt plugin (")))
        << listing.toStdString();
    EXPECT_TRUE(listing.contains(
        QStringLiteral("skipped libold.so: renderer interface version 0; this workbench needs "
                       "version 2 (rebuild or update the plugin)")))
        << listing.toStdString();
    EXPECT_TRUE(listing.contains(QStringLiteral("2 renderer(s), 2 skipped."))) << listing.toStdString();

    r = ws.run({QStringLiteral("--json"), QStringLiteral("renderers")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o[QLatin1String("renderers")].toArray().size(), 2);
    EXPECT_EQ(o[QLatin1String("skipped")].toArray().size(), 2);

    const QString out = ws.filePath(QStringLiteral("configs"));
    r = ws.run({QStringLiteral("render"), kDemo, QStringLiteral("--vendor"), QStringLiteral("frr"),
                QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(filesIn(out).size(), 6);
    EXPECT_TRUE(
        r.err.contains("vpnwb: warning: renderer plugin libvpnwb_renderer_vyos.so skipped: not a Qt plugin"))
        << r.err.toStdString();
    EXPECT_TRUE(
        r.err.contains("vpnwb: warning: renderer plugin libold.so skipped: renderer interface version 0"))
        << r.err.toStdString();
}

TEST(DiffCli, ShowsTheDifferenceByHierarchy)
{
    CliWorkspace ws;
    designDemo(ws);
    const QString out = ws.filePath(QStringLiteral("intended"));
    ASSERT_EQ(ws.run({QStringLiteral("render"), kDemo, QStringLiteral("--device"), QStringLiteral("fra1-pe2"),
                      QStringLiteral("--out"), out})
                  .exitCode,
              0);
    const QString intended = QDir(out).filePath(QStringLiteral("fra1-pe2.cfg"));
    QString running = fileText(intended);

    // The router as it runs: one VRF not there yet, one RD typed differently, an old extra statement.
    const qsizetype vrfStart = running.indexOf(QStringLiteral("vrf E1-PCI-HUB\n"));
    ASSERT_GE(vrfStart, 0) << running.toStdString();
    const qsizetype vrfEnd = running.indexOf(QStringLiteral("\n!\n"), vrfStart);
    running.remove(vrfStart, vrfEnd + 3 - vrfStart);
    const qsizetype rd = running.indexOf(QStringLiteral("  rd "));
    ASSERT_GE(rd, 0);
    const qsizetype rdEnd = running.indexOf(QLatin1Char('\n'), rd);
    const QString intendedRd = running.mid(rd, rdEnd - rd);
    running.replace(rd, rdEnd - rd, QStringLiteral("  rd 65000:1"));
    running.replace(QStringLiteral("router bgp 64500\n"),
                    QStringLiteral("router bgp 64500\n bgp log neighbor changes detail\n"));
    const QString runningPath = ws.filePath(QStringLiteral("running.cfg"));
    vpnwb::test::writeFile(runningPath, running.toUtf8());

    ProcessResult r = ws.run(
        {QStringLiteral("diff"), runningPath, intended, QStringLiteral("--vendor"), QStringLiteral("iosxr")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString diff = text(r.out);
    // The VRF comes whole, as a block under its opening statement.
    EXPECT_TRUE(diff.contains(
        QStringLiteral("+ vrf E1-PCI-HUB\n+   description Northwind Retail Group / Card Payments "
                       "(PCI DSS)\n+   address-family ipv4 unicast\n")))
        << diff.toStdString();
    // The RD change is shown where it is: router bgp > vrf, old -> new.
    EXPECT_TRUE(diff.contains(QStringLiteral("  router bgp 64500\n"))) << diff.toStdString();
    EXPECT_TRUE(diff.contains(QStringLiteral("    vrf E1-CORP-HUB\n~     rd 65000:1  ->  ") +
                              intendedRd.trimmed() + QLatin1Char('\n')))
        << diff.toStdString();
    EXPECT_TRUE(diff.contains(QStringLiteral("-   bgp log neighbor changes detail\n"))) << diff.toStdString();
    EXPECT_TRUE(diff.trimmed().endsWith(QStringLiteral("added, 1 removed, 1 changed.")))
        << diff.toStdString();

    // The same files: nothing to do.
    r = ws.run(
        {QStringLiteral("diff"), intended, intended, QStringLiteral("--vendor"), QStringLiteral("iosxr")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(text(r.out), QStringLiteral("0 added, 0 removed, 0 changed.\n"));

    // Machine-readable.
    r = ws.run({QStringLiteral("--json"), QStringLiteral("diff"), runningPath, intended,
                QStringLiteral("--vendor"), QStringLiteral("iosxr")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(r.out).object()[QLatin1String("entries")].toArray();
    bool changedRd = false;
    for (const QJsonValue &e : entries) {
        if (e[QLatin1String("change")].toString() == QLatin1String("changed"))
            changedRd = e[QLatin1String("was")].toString() == QLatin1String("rd 65000:1") &&
                        e[QLatin1String("path")].toArray() == QJsonArray({QStringLiteral("router bgp 64500"),
                                                                          QStringLiteral("vrf E1-CORP-HUB")});
    }
    EXPECT_TRUE(changedRd) << r.out.toStdString();
}

TEST(DiffCli, BadInputIsRefused)
{
    CliWorkspace ws;
    const QString file = ws.filePath(QStringLiteral("a.cfg"));
    vpnwb::test::writeFile(file, "hostname a\n");
    ProcessResult r =
        ws.run({QStringLiteral("diff"), file, file, QStringLiteral("--vendor"), QStringLiteral("vyos")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--vendor must be one of ")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("frr")) << r.err.toStdString();
    r = ws.run({QStringLiteral("diff"), file, QStringLiteral("--vendor"), QStringLiteral("frr")});
    EXPECT_EQ(r.exitCode, 2);
    const QString missing = ws.filePath(QStringLiteral("missing.cfg"));
    r = ws.run({QStringLiteral("diff"), file, missing, QStringLiteral("--vendor"), QStringLiteral("frr")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(text(r.err).contains(QStringLiteral("cannot read ") + missing)) << r.err.toStdString();
}
