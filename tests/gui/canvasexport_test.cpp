// Exports for proposals: SVG that is well-formed XML with the sites in it,
// PNG of the asked size, and clear errors with nothing half-written.

#include "canvasexporter.h"
#include "canvasfixture.h"
#include "testpaths.h"

#include <QFile>
#include <QImage>
#include <QXmlStreamReader>

using namespace vpnwb;
using vpnwb::test::CanvasFixture;

namespace {

class CanvasExportTest : public CanvasFixture
{
};

// Reads the whole document; returns the parser's complaint, or nothing.
QString xmlError(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        xml.readNext();
    return xml.hasError() ? xml.errorString() : QString();
}

} // namespace

TEST_F(CanvasExportTest, SvgIsWellFormedAndNamesEverySite)
{
    const QString path = m_dir.filePath(QStringLiteral("demo.svg"));
    CanvasExporter::Options options;
    options.title = m_doc->engagement().name;
    ASSERT_TRUE(CanvasExporter::writeSvg(*m_scene, path, options).ok());
    const QByteArray svg = test::readFile(path);
    EXPECT_EQ(xmlError(svg), QString());
    EXPECT_TRUE(svg.contains("<svg"));
    for (const Site &s : m_doc->engagement().sites)
        EXPECT_TRUE(svg.contains(s.siteId.toUtf8())) << s.siteId.toStdString();
    EXPECT_TRUE(svg.contains(QStringLiteral("Northwind Retail — Pan-European VPN").toUtf8()));
    EXPECT_TRUE(svg.contains("Legend"));

    // Large enough, the drawing carries the sites' names as well.
    options.size = QSize(7000, 4400);
    ASSERT_TRUE(CanvasExporter::writeSvg(*m_scene, path, options).ok());
    const QByteArray large = test::readFile(path);
    EXPECT_EQ(xmlError(large), QString());
    for (const Site &s : m_doc->engagement().sites)
        EXPECT_TRUE(large.contains(s.name.toHtmlEscaped().toUtf8())) << s.name.toStdString();
}

TEST_F(CanvasExportTest, PngHasTheAskedSize)
{
    const QString path = m_dir.filePath(QStringLiteral("demo.png"));
    CanvasExporter::Options options;
    options.size = QSize(1200, 750);
    ASSERT_TRUE(CanvasExporter::writePng(*m_scene, path, options).ok());
    QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1200, 750));
    // Not a blank picture: sites, PEs and links in their colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    EXPECT_GT(colours.size(), 50);
}

TEST_F(CanvasExportTest, ExportsLeaveTheSelectionAlone)
{
    m_scene->selectItems({QStringLiteral("ST-PAR01")});
    ASSERT_TRUE(CanvasExporter::writePng(*m_scene, m_dir.filePath(QStringLiteral("a.png")), {}).ok());
    EXPECT_EQ(m_scene->selectedSiteIds(), QStringList{QStringLiteral("ST-PAR01")});
}

TEST_F(CanvasExportTest, RefusesWhatItCannotWriteAndWritesNothingHalf)
{
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/demo.png"));
    const Status s = CanvasExporter::writePng(*m_scene, missing, {});
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(missing));
    EXPECT_FALSE(QFile::exists(missing));

    CanvasExporter::Options tiny;
    tiny.size = QSize(20, 20);
    const QString svg = m_dir.filePath(QStringLiteral("tiny.svg"));
    const Status t = CanvasExporter::writeSvg(*m_scene, svg, tiny);
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, Error::Code::InvalidInput);
    EXPECT_FALSE(QFile::exists(svg));
}
