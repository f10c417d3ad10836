#include "demoengagement.h"
#include "engagementjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace vpnwb;

TEST(EngagementJson, RoundTripKeepsEverything)
{
    const auto demo = DemoEngagement::load();
    ASSERT_TRUE(demo.ok());
    const auto back = EngagementJson::fromBytes(EngagementJson::toBytes(*demo), QStringLiteral("mem.json"));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_TRUE(back->sameContent(*demo));
}

TEST(EngagementJson, NotJsonNamesFileAndLine)
{
    const auto r = EngagementJson::fromBytes("{\n  \"format\": \"vpnwb-engagement\",\n  oops\n}",
                                             QStringLiteral("x.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.startsWith(QStringLiteral("x.json:3: not valid JSON")))
        << r.error().message.toStdString();
}

TEST(EngagementJson, WrongTypeNamesTheJsonPath)
{
    const auto demo = DemoEngagement::load();
    QJsonObject o = EngagementJson::toJson(*demo);
    QJsonArray sites = o[QLatin1String("sites")].toArray();
    QJsonObject s = sites[2].toObject();
    s[QLatin1String("latitude")] = QStringLiteral("north");
    sites[2] = s;
    o[QLatin1String("sites")] = sites;
    const auto r = EngagementJson::fromJson(o, QStringLiteral("d.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, QStringLiteral("d.json: $.sites[2].latitude: expected a number"));
}

TEST(EngagementJson, UnknownEnumValueListsTheChoices)
{
    const auto demo = DemoEngagement::load();
    QJsonObject o = EngagementJson::toJson(*demo);
    QJsonArray vpns = o[QLatin1String("vpns")].toArray();
    QJsonObject v = vpns[0].toObject();
    v[QLatin1String("topology")] = QStringLiteral("mesh");
    vpns[0] = v;
    o[QLatin1String("vpns")] = vpns;
    const auto r = EngagementJson::fromJson(o, QStringLiteral("d.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message,
              QStringLiteral("d.json: $.vpns[0].topology: 'mesh' is not one of: any-to-any, "
                             "hub-and-spoke, hub-and-spoke-disjoint"));
}

TEST(EngagementJson, NewerFormatVersionIsRefused)
{
    const auto demo = DemoEngagement::load();
    QJsonObject o = EngagementJson::toJson(*demo);
    o[QLatin1String("version")] = 7;
    const auto r = EngagementJson::fromJson(o, QStringLiteral("d.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message,
              QStringLiteral("d.json: $.version: version 7 is newer than this build reads (1)"));
}
