#include "providersettings.h"
#include "rendererregistry.h"
#include "renderfixture.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vpnwb;
using vpnwb::test::RenderFixture;

namespace {

QString problemOf(const RendererRegistry &registry, const QString &file)
{
    for (const RendererRegistry::Problem &p : registry.problems()) {
        if (p.fileName == file)
            return p.reason;
    }
    return {};
}

} // namespace

TEST(RendererRegistry, ReadsTheMetadataOfEachPlugin)
{
    const RendererRegistry::Plugin *junos = RenderFixture::registry().find(QStringLiteral("junos"));
    ASSERT_NE(junos, nullptr);
    EXPECT_EQ(junos->name, QStringLiteral("Juniper Junos OS"));
    EXPECT_EQ(junos->styles, QStringList({QStringLiteral("hierarchical"), QStringLiteral("set")}));
    EXPECT_EQ(junos->roles, QList<DeviceRole>{DeviceRole::Pe});
    EXPECT_FALSE(junos->platforms.isEmpty());
    const RendererRegistry::Plugin *frr = RenderFixture::registry().find(QStringLiteral("frr"));
    ASSERT_NE(frr, nullptr);
    EXPECT_EQ(frr->roles, (QList<DeviceRole>{DeviceRole::Pe, DeviceRole::Ce}));
    EXPECT_EQ(RenderFixture::registry().find(QStringLiteral("vyos")), nullptr);
}

// The provider setting cpe-vendor offers exactly the vendors whose renderer renders CEs.
TEST(RendererRegistry, TheCpeVendorsAreTheVendorsWithACeRenderer)
{
    QStringList ceVendors;
    for (const RendererRegistry::Plugin &p : RenderFixture::registry().plugins()) {
        if (p.roles.contains(DeviceRole::Ce))
            ceVendors.append(p.vendor);
    }
    ceVendors.sort();
    QStringList offered = ProviderSettings::cpeVendors();
    offered.sort();
    EXPECT_EQ(offered, ceVendors);
}

TEST(RendererRegistry, SkipsWhatItCannotUseAndSaysWhy)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString frr = QDir(RenderFixture::pluginDir()).filePath(QStringLiteral("libvpnwb_renderer_frr.so"));
    ASSERT_TRUE(QFile::copy(frr, dir.filePath(QStringLiteral("libvpnwb_renderer_frr.so"))));
    ASSERT_TRUE(QFile::copy(frr, dir.filePath(QStringLiteral("libvpnwb_renderer_frr_copy.so"))));
    ASSERT_TRUE(QFile::copy(QStringLiteral(VPNWB_OLD_RENDERER_PLUGIN), dir.filePath(QStringLiteral("libold.so"))));
    test::writeFile(dir.filePath(QStringLiteral("libbroken.so")), "this is no shared library\n");
    const QString sqlite = QDir(QLibraryInfo::path(QLibraryInfo::PluginsPath))
                               .filePath(QStringLiteral("sqldrivers/libqsqlite.so"));
    const bool haveSqlite = QFile::copy(sqlite, dir.filePath(QStringLiteral("libqsqlite.so")));
    test::writeFile(dir.filePath(QStringLiteral("README.txt")), "not a library: not even looked at\n");

    const RendererRegistry registry(QStringList{dir.path()});
    EXPECT_EQ(registry.vendors(), QStringList{QStringLiteral("frr")});
    EXPECT_EQ(registry.find(QStringLiteral("frr"))->fileName, QStringLiteral("libvpnwb_renderer_frr.so"));
    EXPECT_EQ(problemOf(registry, QStringLiteral("libold.so")),
              QStringLiteral("renderer interface version 0; this workbench needs version 2 (rebuild or update the "
                             "plugin)"));
    EXPECT_EQ(problemOf(registry, QStringLiteral("libvpnwb_renderer_frr_copy.so")),
              QStringLiteral("vendor 'frr' is already served by libvpnwb_renderer_frr.so"));
    EXPECT_TRUE(problemOf(registry, QStringLiteral("libbroken.so")).startsWith(QStringLiteral("not a Qt plugin")))
        << problemOf(registry, QStringLiteral("libbroken.so")).toStdString();
    if (haveSqlite)
        EXPECT_TRUE(problemOf(registry, QStringLiteral("libqsqlite.so")).contains(QStringLiteral("not a configuration renderer")));
    EXPECT_EQ(problemOf(registry, QStringLiteral("README.txt")), QString());
    EXPECT_EQ(registry.problems().size(), haveSqlite ? 4 : 3);

    // What is loaded works.
    auto r = registry.find(QStringLiteral("frr"))->renderer->render(RenderFixture::device(QStringLiteral("ce-st-muc01")),
                                                                    QStringLiteral("vtysh"));
    EXPECT_TRUE(r.ok());
}

TEST(RendererRegistry, AMissingFolderIsNoError)
{
    QTemporaryDir dir;
    const RendererRegistry registry(QStringList{dir.filePath(QStringLiteral("missing"))});
    EXPECT_TRUE(registry.plugins().isEmpty());
    EXPECT_TRUE(registry.problems().isEmpty());
}
