// Step 6 in the real main window on the demo engagement: the configuration
// preview lists the devices of the stored design, shows a device's
// configuration and removal with the vendor's highlighting, saves the text
// shown, and says why there is nothing to preview (not designed, blocking
// findings, a renderer plugin that could not be loaded).

#include "confighighlighter.h"
#include "configpreviewpage.h"
#include "designworkflow.h"
#include "engagementdocument.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "networkdesignpage.h"
#include "providersettingsrepository.h"
#include "serviceabilityengine.h"
#include "serviceabilityrepository.h"
#include "sitehoming.h"
#include "workspacesession.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <gtest/gtest.h>

#include <optional>

using namespace vpnwb;

namespace {

class ConfigPreviewTest : public ::testing::Test
{
protected:
    // The demo engagement with its serviceability checked, in a shown main window.
    void openDemo()
    {
        m_window = std::make_unique<MainWindow>();
        ASSERT_TRUE(m_window->openWorkspace(m_dir.filePath(QStringLiteral("ws.vpnwb"))).ok());
        ASSERT_TRUE(m_window->createDemoEngagement().ok());
        WorkspaceSession &session = *m_window->session();
        const Engagement e = session.document().engagement();
        const auto results = ServiceabilityEngine(session.siteHoming()->catalog()).evaluate(e);
        ASSERT_TRUE(ServiceabilityRepository(session.database()).save(e.id, results).ok());
        m_window->resize(1400, 900);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Designs the open engagement as step 4's Design does; whether it has no blocking finding.
    bool design()
    {
        WorkspaceSession &session = *m_window->session();
        const auto run = DesignWorkflow(session.database(), session.siteHoming()->catalog())
                             .design(session.document().engagement());
        EXPECT_TRUE(run.ok());
        return run.ok() && !run->hasBlocking();
    }

    // Shows step 6 and waits until its design has been read on the worker thread.
    ConfigPreviewPage *stepSix(bool expectDevices)
    {
        auto *page = m_window->findChild<ConfigPreviewPage *>();
        EXPECT_NE(page, nullptr);
        if (!page)
            return nullptr;
        QSignalSpy loaded(page, &ConfigPreviewPage::loaded);
        QSignalSpy rendered(page, &ConfigPreviewPage::rendered);
        m_window->selectStep(6);
        // Read again in any case: the page may have been shown (and read the design) before
        // the test changed it; what that earlier read finds is dropped as stale.
        page->reload();
        if (!loaded.wait(20000) || loaded.size() != 1) {
            ADD_FAILURE() << "step 6 did not read the design once (" << loaded.size() << " times)";
            return nullptr;
        }
        EXPECT_EQ(loaded.first().first().toBool(), expectDevices);
        if (expectDevices) { // the first device is rendered at once
            EXPECT_TRUE(rendered.count() > 0 || rendered.wait(20000));
        }
        return page;
    }

    // Chooses `device` in the device list and waits for its rendering.
    static bool choose(ConfigPreviewPage *page, const QString &device)
    {
        QComboBox *devices = page->deviceCombo();
        const int row = devices->findText(device, Qt::MatchStartsWith);
        if (row < 0)
            return false;
        if (row == devices->currentIndex())
            return true;
        QSignalSpy rendered(page, &ConfigPreviewPage::rendered);
        devices->setCurrentIndex(row);
        return rendered.wait(20000) && rendered.last().first().toBool();
    }

    static QStringList deviceNames(ConfigPreviewPage *page)
    {
        QStringList names;
        for (int i = 0; i < page->deviceCombo()->count(); ++i)
            names << page->deviceCombo()->itemText(i).section(QLatin1Char(' '), 0, 0);
        return names;
    }

    // The block of the shown text that equals `line`.
    static QTextBlock blockOf(ConfigPreviewPage *page, const QString &line)
    {
        for (QTextBlock b = page->textView()->document()->begin(); b.isValid(); b = b.next()) {
            if (b.text() == line)
                return b;
        }
        return {};
    }

    // The highlighter's format over [start, start + length) of `block`, if one covers it exactly.
    static std::optional<QTextCharFormat> formatAt(const QTextBlock &block, int start, int length)
    {
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (r.start == start && r.length == length)
                return r.format;
        }
        return std::nullopt;
    }

    static bool drawnAs(const std::optional<QTextCharFormat> &f, ConfigHighlighter::Role role)
    {
        const QTextCharFormat expected = ConfigHighlighter::formatOf(role);
        return f && f->foreground() == expected.foreground() && f->fontWeight() == expected.fontWeight() &&
               f->fontItalic() == expected.fontItalic();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(ConfigPreviewTest, ListsTheDevicesOfTheDesignAndShowsAVrfWithItsRd)
{
    openDemo();
    ASSERT_TRUE(design());
    ConfigPreviewPage *page = stepSix(true);
    ASSERT_NE(page, nullptr);

    // 14 PEs and 15 managed CPEs (the site left out has none).
    const QStringList names = deviceNames(page);
    EXPECT_EQ(names.size(), 29) << names.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("fra1-pe1")));
    EXPECT_TRUE(names.contains(QStringLiteral("st-ber01-ce")));
    EXPECT_FALSE(names.contains(QStringLiteral("st-rek01-ce")));
    EXPECT_TRUE(
        page->message()->text().contains(QLatin1String("29 device(s): 14 PE router(s) and 15 CPE(s)")))
        << page->message()->text().toStdString();

    // fra1-pe1 (FRR) holds the hub VRF with the RD the design allocated.
    ASSERT_TRUE(choose(page, QStringLiteral("fra1-pe1")));
    EXPECT_EQ(page->deviceCombo()->currentText(), QStringLiteral("fra1-pe1 (PE, FRRouting)"));
    const QString text = page->textView()->toPlainText();
    EXPECT_EQ(text, page->shownText());
    EXPECT_TRUE(text.contains(QLatin1String("\nvrf E1-CORP-HUB\n")));
    EXPECT_TRUE(text.contains(QLatin1String("router bgp 64500 vrf E1-CORP-HUB\n")));
    EXPECT_TRUE(text.contains(QLatin1String("  rd vpn export 64500:1\n")));
    EXPECT_TRUE(page->copyButton()->isEnabled());
    EXPECT_TRUE(page->saveButton()->isEnabled());

    // The renderer's diagnostics beside it: FRR configures no QoS.
    QStringList diagnostics;
    for (int i = 0; i < page->diagnosticsList()->count(); ++i)
        diagnostics << page->diagnosticsList()->item(i)->text();
    EXPECT_TRUE(diagnostics.join(QLatin1Char('\n'))
                    .contains(QLatin1String("warning: attachment CORP-DC-FRA: FRR does not configure QoS")))
        << diagnostics.join(QLatin1Char('\n')).toStdString();

    // Copy puts exactly the text shown on the clipboard.
    QTest::mouseClick(page->copyButton(), Qt::LeftButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), text);
}

TEST_F(ConfigPreviewTest, SwitchingToRemovalShowsTheRemoval)
{
    openDemo();
    ASSERT_TRUE(design());
    ConfigPreviewPage *page = stepSix(true);
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(choose(page, QStringLiteral("fra1-pe1")));
    const QString configuration = page->textView()->toPlainText();

    QTest::mouseClick(page->removalButton(), Qt::LeftButton);
    ASSERT_TRUE(page->removalButton()->isChecked());
    const QString removal = page->textView()->toPlainText();
    EXPECT_NE(removal, configuration);
    EXPECT_TRUE(removal.contains(QLatin1String("\nno router bgp 64500 vrf E1-CORP-HUB\n")));
    EXPECT_TRUE(removal.contains(QLatin1String("\nno vrf E1-CORP-HUB\n")));
    EXPECT_FALSE(removal.contains(QLatin1String("rd vpn export")));

    // Another device keeps the removal view.
    ASSERT_TRUE(choose(page, QStringLiteral("fra1-pe2")));
    EXPECT_TRUE(page->textView()->toPlainText().contains(QLatin1String("no vrf E1-CORP-HUB")));

    QTest::mouseClick(page->configurationButton(), Qt::LeftButton);
    EXPECT_TRUE(page->textView()->toPlainText().contains(QLatin1String("vrf E1-CORP-HUB")));
    EXPECT_FALSE(page->textView()->toPlainText().contains(QLatin1String("no vrf E1-CORP-HUB")));
}

TEST_F(ConfigPreviewTest, TheHighlighterMarksKeywordsCommentsAndNegations)
{
    openDemo();
    ASSERT_TRUE(design());
    ConfigPreviewPage *page = stepSix(true);
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(choose(page, QStringLiteral("fra1-pe1")));
    ASSERT_NE(page->highlighter(), nullptr);
    EXPECT_EQ(page->highlighter()->vendor(), QStringLiteral("frr"));

    // "router bgp 64500 vrf E1-CORP-HUB": keywords, the AS number, and the VRF name left plain.
    const QTextBlock bgp = blockOf(page, QStringLiteral("router bgp 64500 vrf E1-CORP-HUB"));
    ASSERT_TRUE(bgp.isValid());
    EXPECT_TRUE(drawnAs(formatAt(bgp, 0, 6), ConfigHighlighter::Role::Keyword));  // router
    EXPECT_TRUE(drawnAs(formatAt(bgp, 7, 3), ConfigHighlighter::Role::Keyword));  // bgp
    EXPECT_TRUE(drawnAs(formatAt(bgp, 11, 5), ConfigHighlighter::Role::Number));  // 64500
    EXPECT_TRUE(drawnAs(formatAt(bgp, 17, 3), ConfigHighlighter::Role::Keyword)); // vrf
    for (const QTextLayout::FormatRange &r : bgp.layout()->formats())
        EXPECT_LT(r.start, 21) << "the VRF name is not a keyword";

    // A "!" line is a comment from its first to its last character.
    const QTextBlock comment = page->textView()->document()->begin();
    ASSERT_TRUE(comment.text().startsWith(QLatin1Char('!')));
    EXPECT_TRUE(drawnAs(formatAt(comment, 0, comment.length() - 1), ConfigHighlighter::Role::Comment));

    // In the removal, "no" opens a statement.
    QTest::mouseClick(page->removalButton(), Qt::LeftButton);
    const QTextBlock no = blockOf(page, QStringLiteral("no vrf E1-CORP-HUB"));
    ASSERT_TRUE(no.isValid());
    EXPECT_TRUE(drawnAs(formatAt(no, 0, 2), ConfigHighlighter::Role::Negation));
    EXPECT_TRUE(drawnAs(formatAt(no, 3, 3), ConfigHighlighter::Role::Keyword));

    // A Junos PE in set style, and its hierarchy's braces in the default style.
    QComboBox *vendors = page->vendorCombo();
    const int junos = vendors->findData(QStringLiteral("junos"));
    ASSERT_GE(junos, 0);
    QSignalSpy rendered(page, &ConfigPreviewPage::rendered);
    vendors->setCurrentIndex(junos);
    ASSERT_TRUE(rendered.wait(20000));
    EXPECT_EQ(deviceNames(page), (QStringList{QStringLiteral("ams1-pe2"), QStringLiteral("mil1-pe1"),
                                              QStringLiteral("vie1-pe1")}));
    EXPECT_EQ(page->highlighter()->vendor(), QStringLiteral("junos"));
    QTest::mouseClick(page->configurationButton(), Qt::LeftButton);
    const QTextBlock interfaces = page->textView()->document()->begin();
    ASSERT_EQ(interfaces.text(), QStringLiteral("interfaces {"));
    EXPECT_TRUE(drawnAs(formatAt(interfaces, 0, 10), ConfigHighlighter::Role::Keyword));
    EXPECT_TRUE(drawnAs(formatAt(interfaces, 11, 1), ConfigHighlighter::Role::Structure));

    ASSERT_EQ(page->styleCombo()->count(), 2);
    rendered.clear();
    page->styleCombo()->setCurrentIndex(page->styleCombo()->findText(QStringLiteral("set")));
    ASSERT_TRUE(rendered.wait(20000));
    const QTextBlock set = page->textView()->document()->begin();
    EXPECT_TRUE(set.text().startsWith(QLatin1String("set interfaces "))) << set.text().toStdString();
    EXPECT_TRUE(drawnAs(formatAt(set, 0, 3), ConfigHighlighter::Role::Keyword));
}

TEST_F(ConfigPreviewTest, AnUndesignedEngagementPointsToStepFour)
{
    openDemo();
    ConfigPreviewPage *page = stepSix(false);
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->message()->text().contains(QLatin1String("has not been designed yet")))
        << page->message()->text().toStdString();
    EXPECT_TRUE(page->message()->text().contains(QLatin1String("step 4")));
    EXPECT_EQ(page->deviceCombo()->count(), 0);
    EXPECT_TRUE(page->textView()->toPlainText().isEmpty());
    EXPECT_FALSE(page->saveButton()->isEnabled());
    EXPECT_FALSE(page->saveTo(m_dir.filePath(QStringLiteral("nothing.cfg"))).ok());
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("nothing.cfg"))));

    // The link in the message opens step 4.
    emit page->message()->linkActivated(QStringLiteral("step:4"));
    auto *stepFour = m_window->findChild<NetworkDesignPage *>();
    ASSERT_NE(stepFour, nullptr);
    EXPECT_TRUE(stepFour->isVisible());
    EXPECT_FALSE(page->isVisible());
}

TEST_F(ConfigPreviewTest, ADesignWithBlockingFindingsListsThemAndRendersNothing)
{
    openDemo();
    // A link pool of 4 /30s for 31 attachments: the design falls short.
    WorkspaceSession &session = *m_window->session();
    ASSERT_TRUE(ProviderSettingsRepository(session.database())
                    .set(session.siteHoming()->catalog().providerAs, QStringLiteral("link-pool"),
                         QStringLiteral("100.64.0.0/28"))
                    .ok());
    ASSERT_FALSE(design());
    ConfigPreviewPage *page = stepSix(false);
    ASSERT_NE(page, nullptr);
    const QString message = page->message()->text();
    EXPECT_TRUE(message.contains(QLatin1String("blocking finding(s), so nothing is rendered")))
        << message.toStdString();
    EXPECT_EQ(page->deviceCombo()->count(), 0);
    EXPECT_TRUE(page->textView()->toPlainText().isEmpty());
    EXPECT_EQ(page->textView()->placeholderText(),
              QStringLiteral("Nothing is rendered: the message above says why."));
    EXPECT_FALSE(page->copyButton()->isEnabled());
    ASSERT_GT(page->diagnosticsList()->count(), 0);
    // The pool that fell short leads the list.
    EXPECT_TRUE(page->diagnosticsList()->item(0)->text().contains(QLatin1String("has no free value left")))
        << page->diagnosticsList()->item(0)->text().toStdString();
    for (int i = 0; i < page->diagnosticsList()->count(); ++i)
        EXPECT_TRUE(page->diagnosticsList()->item(i)->text().startsWith(QLatin1String("blocking: ")));
    EXPECT_TRUE(message.contains(page->diagnosticsList()->item(0)->text().mid(10).toHtmlEscaped()));
}

TEST_F(ConfigPreviewTest, SaveWritesExactlyTheTextShownAndSaysWhyItCannot)
{
    openDemo();
    ASSERT_TRUE(design());
    ConfigPreviewPage *page = stepSix(true);
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(choose(page, QStringLiteral("st-ber01-ce")));
    EXPECT_EQ(page->highlighter()->vendor(), QStringLiteral("iosxe"));
    QTest::mouseClick(page->removalButton(), Qt::LeftButton);

    const QString path = m_dir.filePath(QStringLiteral("st-ber01-ce.removal.cfg"));
    ASSERT_TRUE(page->saveTo(path).ok());
    QFile saved(path);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_EQ(saved.readAll(), page->textView()->toPlainText().toUtf8());
    EXPECT_FALSE(page->shownText().isEmpty());
    EXPECT_TRUE(page->banner()->text().contains(QLatin1String("The removal of st-ber01-ce was saved to")));

    // A folder that does not exist: the banner names the file, nothing is written.
    const QString bad = m_dir.filePath(QStringLiteral("missing/folder/x.cfg"));
    const Status s = page->saveTo(bad);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(page->banner()->isVisible());
    EXPECT_TRUE(page->banner()->text().contains(QDir::toNativeSeparators(bad)))
        << page->banner()->text().toStdString();
    EXPECT_TRUE(page->banner()->text().contains(QLatin1String("Nothing was written")));
    EXPECT_FALSE(QFile::exists(bad));
}

TEST_F(ConfigPreviewTest, APluginThatFailedToLoadIsNamedWithItsReason)
{
    // A folder with a file that is no plugin, ahead of the real plugins.
    QTemporaryDir broken;
    QFile junk(broken.filePath(QStringLiteral("libbroken.so")));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("not a shared object");
    junk.close();
    qputenv("VPNWB_RENDERER_PATH", (broken.path() + QStringLiteral(":" VPNWB_RENDERER_PLUGIN_DIR)).toUtf8());
    openDemo();
    ASSERT_TRUE(design());
    ConfigPreviewPage *page = stepSix(true);
    qunsetenv("VPNWB_RENDERER_PATH");
    ASSERT_NE(page, nullptr);
    const QString message = page->message()->text();
    EXPECT_TRUE(
        message.contains(QLatin1String("Renderer plugin libbroken.so was not loaded: not a Qt plugin")))
        << message.toStdString();
    // The other renderers still work.
    ASSERT_TRUE(choose(page, QStringLiteral("fra1-pe1")));
    EXPECT_TRUE(page->textView()->toPlainText().contains(QLatin1String("rd vpn export 64500:1")));
}

TEST(ConfigPreviewHighlighter, ColoursEachVendorsOwnSyntax)
{
    // One line of each kind the renderers write; [start, length, role] of what must be coloured.
    struct Case
    {
        const char *vendor;
        const char *line;
        int start;
        int length;
        ConfigHighlighter::Role role;
    };
    using R = ConfigHighlighter::Role;
    const Case cases[] = {
        {"sros", "# MD-CLI: load merge into a candidate, then commit", 0, 50, R::Comment},
        {"sros", "        vprn \"E1-CORP-HUB\" {", 8, 4, R::Keyword},
        {"sros", "        vprn \"E1-CORP-HUB\" {", 13, 13, R::String},
        {"sros", "        vprn \"E1-CORP-HUB\" {", 27, 1, R::Structure},
        {"sros", "delete configure service vprn \"E1-CORP-HUB\"", 0, 6, R::Negation},
        {"junos", "delete routing-instances E1-CORP-HUB", 0, 6, R::Negation},
        {"junos", "delete routing-instances E1-CORP-HUB", 7, 17, R::Keyword},
        {"junos", "        route-distinguisher 64500:1;", 8, 19, R::Keyword},
        {"junos", "        route-distinguisher 64500:1;", 28, 7, R::Number},
        {"junos", "        route-distinguisher 64500:1;", 35, 1, R::Structure},
        {"iosxr", "route-policy E1-CORP-HUB-IMPORT", 0, 12, R::Keyword}, // not "route" alone
        {"iosxr", "  import route-target", 2, 6, R::Keyword},
        {"iosxr", "  import route-target", 9, 12, R::Keyword},
        {"eos", "vrf instance E1-CORP-SPOKE", 4, 8, R::Keyword},
        {"eos", "!", 0, 1, R::Comment},
        {"iosxe", " ip address 100.64.0.2 255.255.255.252", 12, 10, R::Number},
        {"frr", "no router bgp 64500 vrf E1-CORP-HUB", 0, 2, R::Negation},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(std::string(c.vendor) + ": " + c.line);
        QTextDocument doc;
        ConfigHighlighter highlighter(QString::fromLatin1(c.vendor), &doc);
        doc.setPlainText(QString::fromLatin1(c.line));
        highlighter.rehighlight();
        const QTextBlock block = doc.begin();
        std::optional<QTextCharFormat> found;
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (r.start == c.start && r.length == c.length)
                found = r.format;
        }
        ASSERT_TRUE(found.has_value());
        const QTextCharFormat expected = ConfigHighlighter::formatOf(c.role);
        EXPECT_EQ(found->foreground(), expected.foreground());
        EXPECT_EQ(found->fontWeight(), expected.fontWeight());
        EXPECT_EQ(found->fontItalic(), expected.fontItalic());
    }

    // Names in quotes stay text even when they spell a keyword; an unknown vendor colours no keyword.
    QTextDocument doc;
    ConfigHighlighter highlighter(QStringLiteral("sros"), &doc);
    doc.setPlainText(QStringLiteral("description \"service vprn\""));
    highlighter.rehighlight();
    bool quoted = false;
    for (const QTextLayout::FormatRange &r : doc.begin().layout()->formats()) {
        EXPECT_LT(r.start, 26);
        if (r.start >= 12) {
            EXPECT_EQ(r.format.foreground(), ConfigHighlighter::formatOf(R::String).foreground());
            quoted = quoted || (r.start == 12 && r.length == 14);
        }
    }
    EXPECT_TRUE(quoted);
    highlighter.setVendor(QStringLiteral("no-such-os"));
    EXPECT_FALSE(doc.begin().layout()->formats().isEmpty()); // the quoted text still is
    for (const QTextLayout::FormatRange &r : doc.begin().layout()->formats()) {
        EXPECT_NE(r.format.foreground(), ConfigHighlighter::formatOf(R::Keyword).foreground());
    }
}
