#include "renderfixture.h"
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace vpnwb;
using vpnwb::test::RenderFixture;

namespace {

Rendering render(const DeviceDesign &device, const QString &style = QString())
{
    const RendererRegistry::Plugin *plugin = RenderFixture::registry().find(device.vendor);
    if (!plugin) {
        ADD_FAILURE() << "no renderer for " << device.vendor.toStdString();
        return {};
    }
    auto r = plugin->renderer->render(device, style.isEmpty() ? plugin->styles.first() : style);
    if (!r) {
        ADD_FAILURE() << r.error().message.toStdString();
        return {};
    }
    return *r;
}

DeviceDesign asVendor(const QString &deviceName, const QString &vendor)
{
    DeviceDesign d = RenderFixture::device(deviceName);
    d.vendor = vendor;
    return d;
}

} // namespace

TEST(Renderers, AllSixPluginsLoadFromTheBuildTree)
{
    EXPECT_EQ(RenderFixture::registry().vendors(),
              QStringList({QStringLiteral("eos"), QStringLiteral("frr"), QStringLiteral("iosxe"),
                           QStringLiteral("iosxr"), QStringLiteral("junos"), QStringLiteral("sros")}));
    for (const RendererRegistry::Problem &p : RenderFixture::registry().problems())
        ADD_FAILURE() << p.fileName.toStdString() << ": " << p.reason.toStdString();
}

// The golden files are the renderers' output for tests/golden/renderers/design.json,
// reviewed; `vpnwb render-golden tests/golden/renderers` writes them again.
TEST(Renderers, GoldenFilesAreCurrent)
{
    QSet<QString> expected;
    const QDir golden(RenderFixture::goldenDir());
    for (const DeviceDesign &d : RenderFixture::goldenDesign()) {
        const RendererRegistry::Plugin *plugin = RenderFixture::registry().find(d.vendor);
        ASSERT_NE(plugin, nullptr) << d.vendor.toStdString();
        for (const QString &style : plugin->styles) {
            const Rendering r = render(d, style);
            const QString base = d.vendor + QLatin1Char('/') + d.name +
                                 (style == plugin->styles.first() ? QString() : QLatin1Char('.') + style);
            QList<std::pair<QString, QString>> files{{base + QLatin1String(".cfg"), r.configuration},
                                                     {base + QLatin1String(".removal.cfg"), r.removal}};
            if (style == plugin->styles.first() && !r.diagnostics.isEmpty()) {
                QString notes;
                for (const RenderDiagnostic &n : r.diagnostics)
                    notes += n.toString() + QLatin1Char('\n');
                files.append({base + QLatin1String(".notes.txt"), notes});
            }
            for (const auto &[file, text] : files) {
                expected.insert(file);
                EXPECT_EQ(QString::fromUtf8(test::readFile(golden.filePath(file))), text)
                    << file.toStdString() << " is not current: run `vpnwb render-golden tests/golden/renderers` "
                    << "and review the difference";
            }
        }
    }
    QDirIterator it(golden.path(), {QStringLiteral("*.cfg"), QStringLiteral("*.txt")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = golden.relativeFilePath(it.next());
        EXPECT_TRUE(expected.contains(file)) << file.toStdString() << " is left over: no device renders it";
    }
}

TEST(Renderers, EveryPeRendererRendersTheSamePe)
{
    for (const QString &vendor : {QStringLiteral("frr"), QStringLiteral("iosxr"), QStringLiteral("junos"),
                                  QStringLiteral("sros"), QStringLiteral("eos")}) {
        // The FRR PE's interface names are short enough for every vendor's checks.
        const Rendering r = render(asVendor(QStringLiteral("pe-frr"), vendor));
        for (const QString &needle : {QStringLiteral("CORP-HUB"), QStringLiteral("CORP-SPOKE"), QStringLiteral("GUEST"),
                                      QStringLiteral("192.0.2.1:101"), QStringLiteral("64500:1001"),
                                      QStringLiteral("64500:2001"), QStringLiteral("100.64.1.2"),
                                      QStringLiteral("65010"), QStringLiteral("10.103.0.0/23"),
                                      QStringLiteral("192.0.2.201")})
            EXPECT_TRUE(r.configuration.contains(needle)) << vendor.toStdString() << " lacks " << needle.toStdString();
        for (const QString &vrf : {QStringLiteral("CORP-HUB"), QStringLiteral("CORP-SPOKE"), QStringLiteral("GUEST")})
            EXPECT_TRUE(r.removal.contains(vrf)) << vendor.toStdString() << " removal lacks " << vrf.toStdString();
        // The core sessions are shared by every service of the PE: the removal leaves them.
        EXPECT_FALSE(r.removal.contains(QStringLiteral("192.0.2.201"))) << vendor.toStdString();
    }
}

TEST(Renderers, RolesAndStylesAreChecked)
{
    const RendererRegistry &registry = RenderFixture::registry();
    auto ce = registry.find(QStringLiteral("iosxr"))->renderer->render(asVendor(QStringLiteral("ce-st-ber01"), QStringLiteral("iosxr")),
                                                                       QStringLiteral("cli"));
    ASSERT_FALSE(ce.ok());
    EXPECT_EQ(ce.error().message,
              QStringLiteral("device ce-st-ber01: the iosxr renderer does not render CE devices"));
    auto pe = registry.find(QStringLiteral("iosxe"))->renderer->render(RenderFixture::device(QStringLiteral("pe-iosxr")),
                                                                       QStringLiteral("cli"));
    EXPECT_FALSE(pe.ok());
    auto style = registry.find(QStringLiteral("junos"))->renderer->render(RenderFixture::device(QStringLiteral("pe-junos")),
                                                                          QStringLiteral("xml"));
    ASSERT_FALSE(style.ok());
    EXPECT_TRUE(style.error().message.contains(QStringLiteral("styles: hierarchical, set")));
}

TEST(Renderers, ABadDesignRendersNothing)
{
    DeviceDesign d = RenderFixture::device(QStringLiteral("pe-iosxr"));
    d.attachments[1].vlan = 0;
    auto r = RenderFixture::registry().find(QStringLiteral("iosxr"))->renderer->render(d, QStringLiteral("cli"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, QStringLiteral("device pe-iosxr: attachment CORP-ST-BER01: VLAN 0 is outside 1..4094"));
}

TEST(Renderers, FrrRefusesLinuxInterfaceNamesLongerThan15)
{
    // The IOS XR PE's interface names are not Linux names.
    auto r = RenderFixture::registry().find(QStringLiteral("frr"))->renderer->render(
        asVendor(QStringLiteral("pe-iosxr"), QStringLiteral("frr")), QStringLiteral("vtysh"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("'TenGigE0/0/0/1.101' is longer than 15")))
        << r.error().message.toStdString();
}

TEST(Renderers, WhatAVendorCannotConfigureIsSaid)
{
    const Rendering frr = render(RenderFixture::device(QStringLiteral("pe-frr")));
    const auto warnings = std::count_if(frr.diagnostics.cbegin(), frr.diagnostics.cend(), [](const RenderDiagnostic &d) {
        return d.severity == RenderDiagnostic::Severity::Warning && d.message.contains(QStringLiteral("QoS"));
    });
    EXPECT_EQ(warnings, 3); // the three attachments with QoS
    const Rendering iosxr = render(RenderFixture::device(QStringLiteral("pe-iosxr")));
    for (const RenderDiagnostic &d : iosxr.diagnostics)
        EXPECT_EQ(d.severity, RenderDiagnostic::Severity::Info) << d.toString().toStdString();
}

TEST(Renderers, FreeTextChangesAreNoted)
{
    const Rendering r = render(RenderFixture::device(QStringLiteral("pe-iosxr")));
    const bool noted = std::any_of(r.diagnostics.cbegin(), r.diagnostics.cend(), [](const RenderDiagnostic &d) {
        return d.object == QLatin1String("attachment CORP-ST-MUC01") &&
               d.message.contains(QStringLiteral("Munchen Kaufingerstrasse Store"));
    });
    EXPECT_TRUE(noted);
}

TEST(Renderers, JunosStylesSayTheSame)
{
    const DeviceDesign &d = RenderFixture::device(QStringLiteral("pe-junos"));
    const Rendering set = render(d, QStringLiteral("set"));
    const Rendering tree = render(d, QStringLiteral("hierarchical"));
    // Every set line's path appears, word by word, in the hierarchy: compare the statement counts.
    const auto leaves = tree.configuration.count(QLatin1Char(';'));
    EXPECT_EQ(set.configuration.count(QLatin1Char('\n')), leaves);
    EXPECT_TRUE(set.configuration.contains(
        QStringLiteral("set routing-instances CORP-SPOKE vrf-import [ CORP-SPOKE-RT-IMPORT CORP-SPOKE-IN ]\n")));
    EXPECT_TRUE(tree.removal.contains(QStringLiteral("delete: CORP-SPOKE;")));
    EXPECT_TRUE(set.removal.contains(QStringLiteral("delete routing-instances CORP-SPOKE\n")));
}

TEST(Renderers, SameInputSameText)
{
    for (const DeviceDesign &d : RenderFixture::goldenDesign())
        EXPECT_EQ(render(d).configuration, render(d).configuration) << d.name.toStdString();
}

namespace {

// What each PE renderer writes for the golden FRR PE's VRF CORP-HUB (service
// id 101, loopback 100.65.0.11), and what its removal writes to take it off.
struct LoopbackLines
{
    QString vendor;
    QString style;
    QStringList configuration;
    QStringList removal;
};

QList<LoopbackLines> corpHubLoopbackLines()
{
    return {
        {QStringLiteral("frr"),
         QStringLiteral("vtysh"),
         {QStringLiteral("! ip link add lo101 type dummy\n! ip link set lo101 master CORP-HUB up\n"),
          QStringLiteral("\ninterface lo101 vrf CORP-HUB\n ip address 100.65.0.11/32\nexit\n")},
         {QStringLiteral("! ip link del lo101\n"), QStringLiteral("\nno interface lo101 vrf CORP-HUB\n")}},
        {QStringLiteral("iosxr"),
         QStringLiteral("cli"),
         {QStringLiteral(
             "\ninterface Loopback101\n vrf CORP-HUB\n ipv4 address 100.65.0.11 255.255.255.255\n!\n")},
         {QStringLiteral("\nno interface Loopback101\n")}},
        {QStringLiteral("junos"),
         QStringLiteral("set"),
         {QStringLiteral("\nset interfaces lo0 unit 101 family inet address 100.65.0.11/32\n"),
          QStringLiteral("\nset routing-instances CORP-HUB interface lo0.101\n")},
         {QStringLiteral("delete interfaces lo0 unit 101\n")}},
        {QStringLiteral("junos"),
         QStringLiteral("hierarchical"),
         {QStringLiteral(
              "        unit 101 {\n            family inet {\n                address 100.65.0.11/32;\n"),
          QStringLiteral("\n        interface lo0.101;\n")},
         {QStringLiteral("    lo0 {\n        delete: unit 101;\n")}},
        {QStringLiteral("sros"),
         QStringLiteral("md-cli"),
         {QStringLiteral(
             "            interface \"loopback\" {\n                loopback true\n                ipv4 {\n"
             "                    primary {\n                        address 100.65.0.11\n"
             "                        prefix-length 32\n")},
         // The loopback is an interface of the VPRN: deleting the service deletes it.
         {QStringLiteral("delete service vprn \"CORP-HUB\"\n")}},
        {QStringLiteral("eos"),
         QStringLiteral("cli"),
         {QStringLiteral("\ninterface Loopback101\n   vrf CORP-HUB\n   ip address 100.65.0.11/32\n!\n")},
         {QStringLiteral("\nno interface Loopback101\n")}},
    };
}

Result<Rendering> renderAs(const DeviceDesign &device, const QString &vendor, const QString &style)
{
    DeviceDesign d = device;
    d.vendor = vendor;
    return RenderFixture::registry().find(vendor)->renderer->render(d, style);
}

} // namespace

TEST(Renderers, EveryPeRendererRendersTheVrfLoopbackAndItsRemovalRemovesIt)
{
    const DeviceDesign &pe = RenderFixture::device(QStringLiteral("pe-frr"));
    ASSERT_EQ(pe.vrfs[0].name, QStringLiteral("CORP-HUB"));
    ASSERT_EQ(pe.vrfs[0].loopback, QStringLiteral("100.65.0.11"));
    for (const LoopbackLines &expected : corpHubLoopbackLines()) {
        const std::string what = QString(expected.vendor + QLatin1Char(' ') + expected.style).toStdString();
        const auto r = renderAs(pe, expected.vendor, expected.style);
        ASSERT_TRUE(r.ok()) << what << ": " << r.error().message.toStdString();
        for (const QString &lines : expected.configuration)
            EXPECT_TRUE(r->configuration.contains(lines)) << what << " lacks:\n" << lines.toStdString();
        for (const QString &lines : expected.removal)
            EXPECT_TRUE(r->removal.contains(lines)) << what << " removal lacks:\n" << lines.toStdString();
        // Every VRF has its own loopback, and the removal never touches the router's own.
        for (const QString &address : {QStringLiteral("100.65.0.12"), QStringLiteral("100.65.0.13")})
            EXPECT_TRUE(r->configuration.contains(address)) << what << " lacks " << address.toStdString();
        EXPECT_FALSE(r->removal.contains(pe.loopback)) << what;
        EXPECT_FALSE(r->removal.contains(QStringLiteral("Loopback0")) ||
                     r->removal.contains(QStringLiteral("unit 0")) ||
                     r->removal.contains(QStringLiteral("interface lo\n")) ||
                     r->removal.contains(QStringLiteral("\"system\"")))
            << what;
    }
}

TEST(Renderers, TheVrfLoopbackIsRemovedBeforeItsVrf)
{
    const DeviceDesign &pe = RenderFixture::device(QStringLiteral("pe-frr"));
    const QList<std::pair<QString, QString>> cases{
        {QStringLiteral("frr"), QStringLiteral("no interface lo101 vrf CORP-HUB\n")},
        {QStringLiteral("iosxr"), QStringLiteral("no interface Loopback101\n")},
        {QStringLiteral("eos"), QStringLiteral("no interface Loopback101\n")}};
    for (const auto &[vendor, loopback] : cases) {
        const auto r = renderAs(pe, vendor, RenderFixture::registry().find(vendor)->styles.first());
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        const qsizetype at = r->removal.indexOf(loopback);
        const qsizetype vrf =
            r->removal.indexOf(QRegularExpression(QStringLiteral("\nno vrf (instance )?CORP-HUB\n")));
        ASSERT_GE(at, 0) << vendor.toStdString();
        ASSERT_GE(vrf, 0) << vendor.toStdString();
        EXPECT_LT(at, vrf) << vendor.toStdString();
    }
}

TEST(Renderers, AVrfWithoutALoopbackGetsNone)
{
    DeviceDesign pe = RenderFixture::device(QStringLiteral("pe-frr"));
    for (VrfDefinition &v : pe.vrfs)
        v.loopback.clear();
    for (const LoopbackLines &expected : corpHubLoopbackLines()) {
        const auto r = renderAs(pe, expected.vendor, expected.style);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        EXPECT_FALSE(r->configuration.contains(QStringLiteral("100.65.0."))) << expected.vendor.toStdString();
        EXPECT_FALSE(r->configuration.contains(QStringLiteral("lo101")) ||
                     r->configuration.contains(QStringLiteral("Loopback101")) ||
                     r->configuration.contains(QStringLiteral("lo0.101")) ||
                     r->configuration.contains(QStringLiteral("\"loopback\"")))
            << expected.vendor.toStdString();
    }
}

TEST(Renderers, ALoopbackNumberBeyondTheVendorsRangeIsRefused)
{
    // The loopback number is the service id; Junos numbers lo0 units up to 16384, EOS loopbacks up to 8000.
    DeviceDesign pe = RenderFixture::device(QStringLiteral("pe-frr"));
    pe.vrfs[0].serviceId = 16385;
    for (const QString &vendor : {QStringLiteral("junos"), QStringLiteral("eos")}) {
        const auto r = renderAs(pe, vendor, RenderFixture::registry().find(vendor)->styles.first());
        ASSERT_FALSE(r.ok()) << vendor.toStdString();
        EXPECT_TRUE(
            r.error().message.startsWith(QStringLiteral("device pe-frr: VRF CORP-HUB: its loopback would be "
                                                        "number 16385 (the service id), above ")))
            << r.error().message.toStdString();
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("route distinguisher number")))
            << r.error().message.toStdString();
    }
    // IOS XR numbers loopbacks up to 2^31-1, FRR and SR OS name them.
    for (const QString &vendor : {QStringLiteral("iosxr"), QStringLiteral("frr"), QStringLiteral("sros")}) {
        const auto r = renderAs(pe, vendor, RenderFixture::registry().find(vendor)->styles.first());
        ASSERT_TRUE(r.ok()) << vendor.toStdString() << ": " << r.error().message.toStdString();
    }
    EXPECT_TRUE(renderAs(pe, QStringLiteral("iosxr"), QStringLiteral("cli"))
                    ->configuration.contains(QStringLiteral("interface Loopback16385\n vrf CORP-HUB\n")));
    // Without a loopback the service id needs no loopback number.
    pe.vrfs[0].loopback.clear();
    EXPECT_TRUE(renderAs(pe, QStringLiteral("eos"), QStringLiteral("cli")).ok());
}
