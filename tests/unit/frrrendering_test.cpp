// The FRR renderer's output checked by FRR itself: vtysh's own parser
// (--dryrun) for every FRR file of the demo engagement and of the golden
// design, and a real zebra + staticd + bgpd that takes a PE and a CE
// configuration, shows them in its running configuration, and takes the
// removal.

#include "cliworkspace.h"
#include "frrinstance.h"
#include "testpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <gtest/gtest.h>

using vpnwb::test::CliWorkspace;
using vpnwb::test::FrrInstance;
using vpnwb::test::ProcessResult;

namespace {

const QString kVtysh = QStringLiteral("/usr/bin/vtysh");

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

QString goldenFrr(const QString &file)
{
    return QDir(vpnwb::test::sourceDir()).filePath(QStringLiteral("tests/golden/renderers/frr/") + file);
}

// The demo engagement designed and its FRR devices rendered into `dir`
// (`removal`: the removal configurations).
QStringList renderDemoFrr(const CliWorkspace &ws, const QString &dir, bool removal)
{
    if (!QFileInfo::exists(ws.path())) {
        EXPECT_EQ(ws.run({QStringLiteral("demo")}).exitCode, 0);
        EXPECT_EQ(ws.run({QStringLiteral("serviceability"), QStringLiteral("1")}).exitCode, 0);
        EXPECT_EQ(ws.run({QStringLiteral("design"), QStringLiteral("1")}).exitCode, 0);
    }
    QStringList args{QStringLiteral("render"), QStringLiteral("1"),     QStringLiteral("--vendor"),
                     QStringLiteral("frr"),    QStringLiteral("--out"), dir};
    if (removal)
        args.append(QStringLiteral("--removal"));
    const ProcessResult r = ws.run(args);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QStringList files;
    for (const QString &f : QDir(dir).entryList({QStringLiteral("*.cfg")}, QDir::Files, QDir::Name))
        files.append(QDir(dir).filePath(f));
    return files;
}

ProcessResult dryRun(const QString &file)
{
    return vpnwb::test::runProgram(kVtysh, {QStringLiteral("--dryrun"), QStringLiteral("-f"), file});
}

// The statements of a configuration that FRR shows back as they were given:
// BGP instances, RDs, RTs, neighbors, route-maps and prefix-lists.
QStringList keyStatements(const QString &configuration)
{
    static const QRegularExpression key(QStringLiteral(
        R"(^\s*(router bgp .*|rd vpn export .*|rt vpn (import|export|both) .*|neighbor \S+ (remote-as|soo|route-map|maximum-prefix|allowas-in|as-override).*|route-map \S+ (permit|deny) \d+|ip prefix-list .*|label vpn export auto|(import|export) vpn|route-map vpn (import|export) .*)$)"));
    QStringList out;
    for (const QString &line : configuration.split(QLatin1Char('\n'))) {
        if (key.match(line).hasMatch())
            out.append(line.trimmed());
    }
    return out;
}

void expectRunningHasEveryKeyStatement(const FrrInstance &frr, const QString &file)
{
    const ProcessResult shown = frr.command(QStringLiteral("show running-config"));
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    QStringList running;
    for (const QString &line : text(shown.out).split(QLatin1Char('\n')))
        running.append(line.trimmed());
    const QStringList expected = keyStatements(text(vpnwb::test::readFile(file)));
    EXPECT_GE(expected.size(), 8) << file.toStdString(); // BGP, neighbors, route-maps at least
    for (const QString &statement : expected)
        EXPECT_TRUE(running.contains(statement)) << QFileInfo(file).fileName().toStdString()
                                                 << ": FRR does not show '" << statement.toStdString() << "'";
}

} // namespace

TEST(FrrRendering, VtyshParsesEveryFrrRenderingAndRefusesBrokenOnes)
{
    ASSERT_TRUE(QFileInfo(kVtysh).isExecutable())
        << "FRR's vtysh is missing: scripts/setup-deps installs frr";
    CliWorkspace ws;
    QStringList files = renderDemoFrr(ws, ws.filePath(QStringLiteral("config")), false);
    const QStringList removals = renderDemoFrr(ws, ws.filePath(QStringLiteral("removal")), true);
    ASSERT_EQ(files.size(), 6); // the demo's six FRR PEs
    ASSERT_EQ(removals.size(), 6);
    files += removals;
    for (const QString &golden :
         {QStringLiteral("pe-frr"), QStringLiteral("ce-dc-fra"), QStringLiteral("ce-st-muc01")}) {
        files.append(goldenFrr(golden + QStringLiteral(".cfg")));
        files.append(goldenFrr(golden + QStringLiteral(".removal.cfg")));
    }
    for (const QString &file : std::as_const(files)) {
        const ProcessResult r = dryRun(file);
        EXPECT_EQ(r.exitCode, 0) << file.toStdString() << ":\n" << r.out.toStdString() << r.err.toStdString();
        // vtysh reports a refused line as "line N: % ..." (a missing vtysh.conf is only a notice).
        EXPECT_FALSE(text(r.out + r.err).contains(QRegularExpression(QStringLiteral("(^|\n)line \\d+: "))))
            << file.toStdString() << ":\n"
            << r.out.toStdString() << r.err.toStdString();
    }

    // The check is real: a misspelt keyword, and a right statement in the wrong place, are refused by line.
    const QString good = text(vpnwb::test::readFile(files.first()));
    ASSERT_TRUE(good.contains(QStringLiteral("  rd vpn export ")));
    const QString misspelt = ws.filePath(QStringLiteral("misspelt.cfg"));
    vpnwb::test::writeFile(
        misspelt, QString(good)
                      .replace(QStringLiteral("  rd vpn export "), QStringLiteral("  rd vpn exprot "))
                      .toUtf8());
    ProcessResult r = dryRun(misspelt);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(
        text(r.out + r.err)
            .contains(QRegularExpression(QStringLiteral(R"(line \d+: % Unknown command.*rd vpn exprot)"))))
        << r.out.toStdString() << r.err.toStdString();

    const QString misplaced = ws.filePath(QStringLiteral("misplaced.cfg"));
    QString moved = good;
    moved.replace(QRegularExpression(QStringLiteral("\nrouter bgp (\\d+)\n")),
                  QStringLiteral("\nrouter bgp \\1\n label vpn export auto\n"));
    ASSERT_NE(moved, good);
    vpnwb::test::writeFile(misplaced, moved.toUtf8());
    r = dryRun(misplaced);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(text(r.out + r.err).contains(QStringLiteral("% Unknown command[25]:  label vpn export auto")))
        << r.out.toStdString() << r.err.toStdString();
}

TEST(FrrRendering, RealFrrTakesTheDemoPeAndAGoldenCeAndTheirRemoval)
{
    if (const QString reason = FrrInstance::unavailableReason(); !reason.isEmpty())
        GTEST_SKIP() << reason.toStdString();
    CliWorkspace ws;
    const QStringList configs = renderDemoFrr(ws, ws.filePath(QStringLiteral("config")), false);
    const QStringList removals = renderDemoFrr(ws, ws.filePath(QStringLiteral("removal")), true);
    ASSERT_FALSE(configs.isEmpty());
    const QString pe = ws.filePath(QStringLiteral("config/fra1-pe1.cfg"));
    const QString peRemoval = ws.filePath(QStringLiteral("removal/fra1-pe1.cfg"));
    ASSERT_TRUE(configs.contains(pe));

    FrrInstance router(QStringLiteral("pe"));
    ASSERT_TRUE(router.start()) << router.error().toStdString();
    ProcessResult r = router.apply(pe);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_FALSE(r.out.contains("% Unknown") || r.err.contains("% Unknown")) << r.err.toStdString();
    expectRunningHasEveryKeyStatement(router, pe);
    const QString before = text(router.command(QStringLiteral("show running-config")).out);
    EXPECT_TRUE(before.contains(QStringLiteral("router bgp 64500 vrf E1-CORP-HUB\n")))
        << before.toStdString();
    EXPECT_TRUE(before.contains(QStringLiteral("router bgp 64500 vrf E1-PCI-HUB\n")));
    // zebra holds each VRF's loopback address on the loopback device of the VRF.
    static const QRegularExpression vrfLoopback(
        QStringLiteral("\ninterface (lo\\d+) vrf (E1-\\S+)\n ip address ([0-9.]+/32)\n"));
    const QString rendered = text(vpnwb::test::readFile(pe));
    QStringList loopbacks;
    for (auto it = vrfLoopback.globalMatch(rendered); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        loopbacks.append(m.captured(3));
        const QRegularExpression shown(
            QStringLiteral("\ninterface %1( vrf %2)?\n ip address %3\n")
                .arg(m.captured(1), m.captured(2), QRegularExpression::escape(m.captured(3))));
        EXPECT_TRUE(before.contains(shown)) << m.captured(0).toStdString() << " is not shown:\n"
                                            << before.toStdString();
    }
    EXPECT_EQ(loopbacks.size(), 2) << rendered.toStdString(); // E1-CORP-HUB and E1-PCI-HUB
    // bgpd knows the VRFs and their VPN settings, not just the text.
    r = router.command(QStringLiteral("show bgp vrf all summary"));
    EXPECT_TRUE(text(r.out).contains(QStringLiteral("VRF E1-CORP-HUB"))) << r.out.toStdString();

    // A broken line is refused by the router too.
    const QString broken = ws.filePath(QStringLiteral("broken.cfg"));
    vpnwb::test::writeFile(
        broken, "router bgp 64500 vrf E1-CORP-HUB\n address-family ipv4 unicast\n  rd vpn exprot 64500:9\n");
    r = router.apply(broken);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(text(r.out + r.err).contains(QStringLiteral("% Unknown command"))) << r.out.toStdString();

    // The removal takes the service off and leaves the core sessions, which other services share.
    r = router.apply(peRemoval);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    const QString after = text(router.command(QStringLiteral("show running-config")).out);
    EXPECT_FALSE(after.contains(QStringLiteral(" vrf E1-"))) << after.toStdString();
    for (const QString &address : std::as_const(loopbacks))
        EXPECT_FALSE(after.contains(QStringLiteral(" ip address ") + address)) << after.toStdString();
    EXPECT_FALSE(after.contains(QStringLiteral("route-map CORP-DC-FRA-IN"))) << after.toStdString();
    EXPECT_TRUE(after.contains(QStringLiteral("router bgp 64500\n"))) << after.toStdString();
    EXPECT_TRUE(after.contains(QStringLiteral("  neighbor ")) &&
                after.contains(QStringLiteral(" activate\n")))
        << after.toStdString();

    // A CE: the demo's managed CPEs are Cisco IOS XE; the golden design has FRR CEs (eBGP and static).
    FrrInstance ceRouter(QStringLiteral("ce"));
    ASSERT_TRUE(ceRouter.start()) << ceRouter.error().toStdString();
    const QString ce = goldenFrr(QStringLiteral("ce-dc-fra.cfg"));
    r = ceRouter.apply(ce);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    expectRunningHasEveryKeyStatement(ceRouter, ce);
}

namespace {

// The router id of a rendered FRR PE: the address of its loopback.
QString loopbackOf(const QString &file)
{
    static const QRegularExpression lo(QStringLiteral(R"(\ninterface lo\n ip address ([0-9.]+)/32\n)"));
    return lo.match(text(vpnwb::test::readFile(file))).captured(1);
}

ProcessResult ip(const QStringList &args)
{
    return vpnwb::test::runProgram(QStringLiteral("/usr/sbin/ip"), args);
}

} // namespace

// Two of the demo's FRR PEs, each in its namespace, linked by a veth pair with
// a route to the other's loopback: the rendered core configuration brings up
// their VPNv4 iBGP session (the other PEs of the full mesh stay down).
TEST(FrrRendering, TwoDemoPesBringUpTheirVpnSession)
{
    if (const QString reason = FrrInstance::unavailableReason(); !reason.isEmpty())
        GTEST_SKIP() << reason.toStdString();
    CliWorkspace ws;
    renderDemoFrr(ws, ws.filePath(QStringLiteral("config")), false);
    const QString fra = ws.filePath(QStringLiteral("config/fra1-pe1.cfg"));
    const QString par = ws.filePath(QStringLiteral("config/par1-pe1.cfg"));
    const QString fraId = loopbackOf(fra);
    const QString parId = loopbackOf(par);
    ASSERT_FALSE(fraId.isEmpty() || parId.isEmpty());
    ASSERT_TRUE(text(vpnwb::test::readFile(fra))
                    .contains(QStringLiteral(" neighbor %1 remote-as 64500\n").arg(parId)));

    FrrInstance a(QStringLiteral("fra"));
    FrrInstance b(QStringLiteral("par"));
    ASSERT_TRUE(a.start()) << a.error().toStdString();
    ASSERT_TRUE(b.start()) << b.error().toStdString();
    // The link lives in the two namespaces and goes with them.
    ProcessResult r =
        ip({QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("core"), QStringLiteral("netns"),
            a.namespaceName(), QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"),
            QStringLiteral("name"), QStringLiteral("core"), QStringLiteral("netns"), b.namespaceName()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const struct
    {
        const FrrInstance &router;
        QString address;
        QString peerLoopback;
        QString gateway;
    } ends[] = {{a, QStringLiteral("10.255.0.1/30"), parId, QStringLiteral("10.255.0.2")},
                {b, QStringLiteral("10.255.0.2/30"), fraId, QStringLiteral("10.255.0.1")}};
    for (const auto &end : ends) {
        const QString ns = end.router.namespaceName();
        ASSERT_EQ(ip({QStringLiteral("-n"), ns, QStringLiteral("addr"), QStringLiteral("add"), end.address,
                      QStringLiteral("dev"), QStringLiteral("core")})
                      .exitCode,
                  0);
        ASSERT_EQ(ip({QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"),
                      QStringLiteral("core"), QStringLiteral("up")})
                      .exitCode,
                  0);
        ASSERT_EQ(ip({QStringLiteral("-n"), ns, QStringLiteral("route"), QStringLiteral("add"),
                      end.peerLoopback + QStringLiteral("/32"), QStringLiteral("via"), end.gateway})
                      .exitCode,
                  0);
    }
    r = a.apply(fra);
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    r = b.apply(par);
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();

    QString state;
    for (int i = 0; i < 120 && !state.contains(QStringLiteral("BGP state = Established")); ++i) {
        QThread::msleep(250);
        state = text(a.command(QStringLiteral("show bgp neighbors ") + parId).out);
    }
    EXPECT_TRUE(state.contains(QStringLiteral("BGP state = Established"))) << state.toStdString();
    EXPECT_TRUE(state.contains(QStringLiteral("IPv4 VPN: advertised and received"))) << state.toStdString();
    const QString other = text(b.command(QStringLiteral("show bgp neighbors ") + fraId).out);
    EXPECT_TRUE(other.contains(QStringLiteral("BGP state = Established"))) << other.toStdString();
}
