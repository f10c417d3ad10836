// `vpnwb canvas`: the demo drawn without a display, as PNG and as SVG, and
// clear refusals of wrong command lines.

#include "testpaths.h"

#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vpnwb::test;

namespace {

class CanvasCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const ProcessResult demo = run({QStringLiteral("demo")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    ProcessResult run(QStringList args)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_db = m_dir.filePath(QStringLiteral("ws.vpnwb"));
    const QString m_demo = QStringLiteral("Northwind Retail — Pan-European VPN");
};

} // namespace

TEST_F(CanvasCliTest, DrawsTheDemoAsPngAndSvg)
{
    ASSERT_EQ(run({QStringLiteral("serviceability"), m_demo}).exitCode, 0);
    const ProcessResult png = run({QStringLiteral("canvas"), m_demo, QStringLiteral("--png"), file(QStringLiteral("demo.png")),
                                   QStringLiteral("--width"), QStringLiteral("1400"), QStringLiteral("--height"),
                                   QStringLiteral("900")});
    ASSERT_EQ(png.exitCode, 0) << png.err.toStdString();
    EXPECT_TRUE(png.out.contains("16 sites")) << png.out.toStdString();
    EXPECT_TRUE(png.err.isEmpty()) << "nothing to warn about: " << png.err.toStdString(); // e.g. no Qt runtime-folder noise
    const QImage image(file(QStringLiteral("demo.png")));
    EXPECT_EQ(image.size(), QSize(1400, 900));

    const ProcessResult svg = run({QStringLiteral("canvas"), m_demo, QStringLiteral("--svg"), file(QStringLiteral("demo.svg")),
                                   QStringLiteral("--layout"), QStringLiteral("radial")});
    ASSERT_EQ(svg.exitCode, 0) << svg.err.toStdString();
    const QByteArray bytes = readFile(file(QStringLiteral("demo.svg")));
    EXPECT_TRUE(bytes.startsWith("<?xml"));
    EXPECT_TRUE(bytes.contains("DC-FRA"));
    EXPECT_TRUE(bytes.contains("par1-pe1"));
}

TEST_F(CanvasCliTest, WorksWithoutServiceabilityAndInJson)
{
    const ProcessResult r = run({QStringLiteral("--json"), QStringLiteral("canvas"), m_demo, QStringLiteral("--png"),
                                 file(QStringLiteral("plain.png")), QStringLiteral("--layout"), QStringLiteral("force")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("\"layout\": \"force\"")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("\"sites\": 16"));
    EXPECT_FALSE(QImage(file(QStringLiteral("plain.png"))).isNull());
}

TEST_F(CanvasCliTest, RefusesWrongCommandLines)
{
    const ProcessResult none = run({QStringLiteral("canvas"), m_demo});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.err.contains("--png FILE or --svg FILE")) << none.err.toStdString();

    const ProcessResult layout = run({QStringLiteral("canvas"), m_demo, QStringLiteral("--png"), file(QStringLiteral("x.png")),
                                      QStringLiteral("--layout"), QStringLiteral("spiral")});
    EXPECT_EQ(layout.exitCode, 2);
    EXPECT_TRUE(layout.err.contains("'spiral' is not a layout")) << layout.err.toStdString();

    const ProcessResult size = run({QStringLiteral("canvas"), m_demo, QStringLiteral("--png"), file(QStringLiteral("x.png")),
                                    QStringLiteral("--width"), QStringLiteral("12")});
    EXPECT_EQ(size.exitCode, 2);

    const ProcessResult missing = run({QStringLiteral("canvas"), QStringLiteral("No Such Deal"), QStringLiteral("--svg"),
                                       file(QStringLiteral("x.svg"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("No Such Deal"));

    const ProcessResult unwritable = run({QStringLiteral("canvas"), m_demo, QStringLiteral("--png"),
                                          file(QStringLiteral("missing/dir/x.png"))});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.contains("missing/dir/x.png"));
}
