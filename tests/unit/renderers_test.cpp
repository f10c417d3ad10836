#include "renderfixture.h"
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
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
