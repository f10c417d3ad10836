#include "cliworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using vpnwb::test::fixture;

namespace {

class IntakeCli : public ::testing::Test
{
protected:
    vpnwb::test::ProcessResult vpnwb(const QStringList &args) const { return m_workspace.run(args); }
    QJsonObject show(const QString &engagement) const
    {
        const auto r = vpnwb({QStringLiteral("show"), engagement, QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out).object();
    }
    // True when nothing was imported: no workspace was created, or it holds no engagement.
    bool workspaceIsEmpty() const
    {
        if (!QFile::exists(m_workspace.path()))
            return true;
        const auto r = vpnwb({QStringLiteral("engagements"), QStringLiteral("--json")});
        return r.exitCode == 0 && QJsonDocument::fromJson(r.out).array().isEmpty();
    }
    QString tempFile(const char *name) const { return m_workspace.filePath(QLatin1String(name)); }

    vpnwb::test::CliWorkspace m_workspace;
};

QString intake(const char *name)
{
    return fixture(QStringLiteral("intake/") + QLatin1String(name));
}

} // namespace

TEST_F(IntakeCli, ImportSitesThenShow)
{
    const QString csv = intake("sites-valid.csv");
    auto r = vpnwb(
        {QStringLiteral("import-sites"), csv, QStringLiteral("--customer"), QStringLiteral("Acme France")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(r.out),
              QStringLiteral("Imported 4 site(s) from %1 into the new engagement 'Acme France' (id 1).\n")
                  .arg(csv));
    EXPECT_EQ(
        QString::fromUtf8(r.err),
        QStringLiteral("vpnwb: warning: %1:4: column 'customer_as': 65010 is ignored: the site uses static "
                       "routing\n")
            .arg(csv));

    r = vpnwb({QStringLiteral("show"), QStringLiteral("Acme France")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Customer: Acme France")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Sites (4)"));
    EXPECT_TRUE(r.out.contains("Paris Head Office, Tower \"A\"")) << r.out.toStdString();

    const QJsonArray sites = show(QStringLiteral("Acme France"))[QLatin1String("sites")].toArray();
    ASSERT_EQ(sites.size(), 4);
    EXPECT_EQ(sites[0][QLatin1String("address")][QLatin1String("street")].toString(),
              QStringLiteral("12 rue de la Paix\nBâtiment B"));
    EXPECT_EQ(sites[1][QLatin1String("countryCode")].toString(), QStringLiteral("FR"));
    EXPECT_EQ(sites[2][QLatin1String("bandwidthKbps")].toInt(), 512);
}

TEST_F(IntakeCli, ImportSitesValidRowsOnlyPrintsTheSkippedRows)
{
    const QString csv = intake("sites-mixed.csv");
    const auto r = vpnwb({QStringLiteral("import-sites"), csv, QStringLiteral("--valid-rows-only"),
                          QStringLiteral("--customer"), QStringLiteral("Acme GmbH"),
                          QStringLiteral("--engagement"), QStringLiteral("Acme Germany trial")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 7) << r.out.toStdString();
    EXPECT_EQ(lines[0], QStringLiteral(
                            "Imported 2 site(s) from %1 into the new engagement 'Acme Germany trial' (id 1).")
                            .arg(csv));
    EXPECT_EQ(lines[1], QStringLiteral("Skipped 5 row(s):"));
    EXPECT_EQ(lines[2], QStringLiteral("  %1:3: column 'latitude': 95.2 is outside -90..90").arg(csv));
    EXPECT_EQ(lines[6], QStringLiteral("  %1:7: the row has 10 fields but the header row has 12").arg(csv));

    const QJsonObject e = show(QStringLiteral("Acme Germany trial"));
    EXPECT_EQ(e[QLatin1String("customer")][QLatin1String("name")].toString(), QStringLiteral("Acme GmbH"));
    EXPECT_EQ(e[QLatin1String("sites")].toArray().size(), 2);
}

TEST_F(IntakeCli, ImportSitesWithABadRowImportsNothing)
{
    const QString csv = intake("sites-mixed.csv");
    const auto r = vpnwb(
        {QStringLiteral("import-sites"), csv, QStringLiteral("--customer"), QStringLiteral("Acme GmbH")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
    const QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6) << r.err.toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("vpnwb: %1:3: column 'latitude': 95.2 is outside -90..90").arg(csv));
    EXPECT_EQ(lines[5], QStringLiteral("vpnwb: nothing was imported from '%1'; 2 row(s) are valid and "
                                       "--valid-rows-only imports them")
                            .arg(csv));
    EXPECT_TRUE(workspaceIsEmpty());
}

TEST_F(IntakeCli, ExportThenImportL3sm)
{
    ASSERT_EQ(vpnwb({QStringLiteral("demo")}).exitCode, 0);
    const QString file = tempFile("northwind.json");
    auto r = vpnwb({QStringLiteral("export-l3sm"), QStringLiteral("1"), QStringLiteral("-o"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(r.out),
              QStringLiteral(
                  "Wrote engagement 'Northwind Retail — Pan-European VPN' as IETF L3SM to %1: 16 site(s), "
                  "2 VPN(s).\n")
                  .arg(file));
    EXPECT_TRUE(r.err.contains("vpnwb: warning: the customer's 4 contact(s) are not exported"))
        << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(file));

    r = vpnwb({QStringLiteral("import-l3sm"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(
        QString::fromUtf8(r.out),
        QStringLiteral("Imported the new engagement 'Northwind Retail Group' (id 2) from %1: 16 site(s), 2 "
                       "VPN(s).\n")
            .arg(file));
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    const QJsonObject copy = show(QStringLiteral("Northwind Retail Group"));
    EXPECT_EQ(copy[QLatin1String("sites")].toArray().size(), 16);
    EXPECT_EQ(copy[QLatin1String("vpns")].toArray()[1][QLatin1String("members")].toArray().size(), 13);
}

TEST_F(IntakeCli, BadL3smImportsNothing)
{
    QByteArray bytes = vpnwb::test::readFile(intake("l3sm-two-sites.json"));
    bytes.replace("\"svc-input-bandwidth\": \"20000000\"", "\"svc-input-bandwidth\": \"0\"");
    const QString file = tempFile("zero.json");
    vpnwb::test::writeFile(file, bytes);
    const auto r =
        vpnwb({QStringLiteral("import-l3sm"), file, QStringLiteral("--engagement"), QStringLiteral("Zero")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(QString::fromUtf8(r.err),
              QStringLiteral(
                  "vpnwb: %1: $.ietf-l3vpn-svc:l3vpn-svc.sites.site[1].site-network-accesses."
                  "site-network-access[0].service.svc-input-bandwidth: the bandwidth is 0 b/s; a site needs "
                  "at least 1 kb/s (1000 b/s); nothing was imported\n")
                  .arg(file));
    EXPECT_TRUE(workspaceIsEmpty());
}

TEST_F(IntakeCli, ExportThatCannotBeWrittenLeavesNoFile)
{
    ASSERT_EQ(vpnwb({QStringLiteral("demo")}).exitCode, 0);
    const QString file = tempFile("no-such-dir/out.json");
    const auto r = vpnwb({QStringLiteral("export-l3sm"), QStringLiteral("1"), QStringLiteral("-o"), file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("vpnwb: cannot write '%1': ").arg(file).toUtf8()))
        << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(file));
}

TEST_F(IntakeCli, BadUsageExitsTwo)
{
    struct Case
    {
        QStringList args;
        const char *stderrPart;
    };
    const QList<Case> cases{
        {{QStringLiteral("import-sites"), intake("sites-valid.csv")}, "'import-sites' needs --customer NAME"},
        {{QStringLiteral("import-sites"), QStringLiteral("--customer"), QStringLiteral("X")},
         "'import-sites' takes one CSV file"},
        {{QStringLiteral("import-sites"), intake("sites-valid.csv"), QStringLiteral("--customer"),
          QStringLiteral("X"), QStringLiteral("--valid-rows-only"), QStringLiteral("--strict")},
         "unknown option '--strict' for 'import-sites'"},
        {{QStringLiteral("import-l3sm")}, "'import-l3sm' takes one JSON file"},
        {{QStringLiteral("export-l3sm"), QStringLiteral("1")},
         "'export-l3sm' takes one engagement (id or name) and -o FILE"},
        {{QStringLiteral("export-l3sm"), QStringLiteral("1"), QStringLiteral("-o")}, "option '-o' needs a value"},
    };
    for (const Case &c : cases) {
        const auto r = vpnwb(c.args);
        EXPECT_EQ(r.exitCode, 2) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(c.stderrPart)) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
}
