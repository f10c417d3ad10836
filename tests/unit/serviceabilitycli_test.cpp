#include "database.h"
#include "demoengagement.h"
#include "engagementrepository.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using vpnwb::test::runCli;

namespace {

// A workspace in a temporary folder, and vpnwb run on it.
struct Workspace
{
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("ws.vpnwb")); }
    vpnwb::test::ProcessResult run(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), path()} + args);
    }
};

const QStringList kStepOneDone{QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("1"),
                               QStringLiteral("done")};

} // namespace

TEST(ServiceabilityCli, ComputesStoresAndPrintsTheTable)
{
    Workspace ws;
    ASSERT_EQ(ws.run({QStringLiteral("demo")}).exitCode, 0);
    auto r = ws.run({QStringLiteral("serviceability"), QStringLiteral("1")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.contains(QStringLiteral("SITE      VERDICT        POP/PE"))) << r.out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("FRA1/fra1-pe1 + FRA1/fra1-pe2")));
    EXPECT_TRUE(out.contains(QStringLiteral("Atlântico Acesso Grossista, EUR 450.00/month")));
    EXPECT_TRUE(out.contains(QStringLiteral("ST-REK01  unserviceable")));
    EXPECT_TRUE(out.contains(QStringLiteral("13 on-net, 2 off-net, 1 unserviceable")));

    r = ws.run({QStringLiteral("serviceability"), QStringLiteral("Northwind Retail — Pan-European VPN"),
                QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o[QLatin1String("summary")].toObject(), (QJsonObject{{QLatin1String("onNet"), 13},
                                                                   {QLatin1String("offNet"), 2},
                                                                   {QLatin1String("unserviceable"), 1}}));
    const QJsonArray sites = o[QLatin1String("sites")].toArray();
    ASSERT_EQ(sites.size(), 16);
    const QJsonObject poz = sites[14].toObject();
    EXPECT_EQ(poz[QLatin1String("siteId")].toString(), QStringLiteral("WH-POZ01"));
    EXPECT_EQ(poz[QLatin1String("verdict")].toString(), QStringLiteral("off-net"));
    EXPECT_EQ(poz[QLatin1String("partner")].toString(), QStringLiteral("Wisła Światłowód Hurt"));
    EXPECT_EQ(poz[QLatin1String("monthlyCostMinor")].toInt(), 38000);
    EXPECT_EQ(poz[QLatin1String("currency")].toString(), QStringLiteral("EUR"));
    EXPECT_EQ(poz[QLatin1String("leadTimeDays")].toInt(), 50);
    EXPECT_NEAR(poz[QLatin1String("distanceKm")].toDouble(), 229.8, 0.1);
}

TEST(ServiceabilityCli, StepOneIsDoneOnlyWhenEverySiteIsResolved)
{
    Workspace ws;
    ASSERT_EQ(ws.run({QStringLiteral("demo")}).exitCode, 0);
    auto r = ws.run(kStepOneDone);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("step 1 of 'Northwind Retail — Pan-European VPN' cannot be marked done"))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("sites[DC-FRA]: serviceability has not been checked"));
    EXPECT_TRUE(r.err.contains("vpnwb serviceability 1"));

    ASSERT_EQ(ws.run({QStringLiteral("serviceability"), QStringLiteral("1")}).exitCode, 0);
    r = ws.run(kStepOneDone);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("sites[ST-REK01]: unserviceable: nearest fiber PoP LON1"))
        << r.err.toStdString();
    EXPECT_FALSE(r.err.contains("DC-FRA"));
    EXPECT_TRUE(r.out.isEmpty());

    // Other states and steps are not gated.
    EXPECT_EQ(ws.run({QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("1"),
                      QStringLiteral("in-progress")})
                  .exitCode,
              0);
    EXPECT_EQ(
        ws.run({QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("done")})
            .exitCode,
        0);
    r = ws.run({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
    const QJsonArray steps = QJsonDocument::fromJson(r.out).object()[QLatin1String("steps")].toArray();
    ASSERT_FALSE(steps.isEmpty());
    EXPECT_EQ(steps[0][QLatin1String("state")].toString(), QStringLiteral("in-progress"));
}

TEST(ServiceabilityCli, StepOneIsDoneWithoutTheUnserviceableSite)
{
    Workspace ws;
    {
        auto opened = vpnwb::Database::openSqlite(ws.path());
        ASSERT_TRUE(opened.ok());
        vpnwb::Engagement e = *vpnwb::DemoEngagement::load();
        e.sites.removeAt(e.siteIndex(QStringLiteral("ST-REK01")));
        for (vpnwb::VpnService &v : e.vpns)
            v.members.removeIf(
                [](const vpnwb::VpnMember &m) { return m.siteId == QLatin1String("ST-REK01"); });
        auto saved = vpnwb::EngagementRepository(**opened).save(e);
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    }
    ASSERT_EQ(ws.run({QStringLiteral("serviceability"), QStringLiteral("1")}).exitCode, 0);
    const auto r = ws.run(kStepOneDone);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("is now done"));
}

TEST(ServiceabilityCli, BadUsageAndUnknownEngagement)
{
    Workspace ws;
    auto r = ws.run({QStringLiteral("serviceability")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("'serviceability' takes one engagement")) << r.err.toStdString();
    ASSERT_EQ(ws.run({QStringLiteral("demo")}).exitCode, 0);
    r = ws.run({QStringLiteral("serviceability"), QStringLiteral("Nobody")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("no engagement 'Nobody'")) << r.err.toStdString();
    r = runCli({QStringLiteral("--help")});
    EXPECT_TRUE(r.out.contains("serviceability ENGAGEMENT"));
}
