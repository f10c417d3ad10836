#include "popcatalog.h"
#include "popcatalogjson.h"
#include "testpaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

QJsonObject shippedCatalogJson()
{
    const QByteArray bytes = test::readFile(
        QDir(test::sourceDir()).filePath(QStringLiteral("resources/catalog/pop-catalog.json")));
    return QJsonDocument::fromJson(bytes).object();
}

// Sets the value at a path of keys and array indexes, e.g. {"pops", 2, "latitude"}.
QJsonValue withValue(const QJsonValue &node, QList<QVariant> path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::Int) {
        QJsonArray a = node.toArray();
        a[step.toInt()] = withValue(a[step.toInt()], path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(step.toString());
    else
        o[step.toString()] = withValue(o[step.toString()], path, value);
    return o;
}

QString loadError(const QList<QVariant> &path, const QJsonValue &value)
{
    const auto r = PopCatalogJson::fromJson(withValue(shippedCatalogJson(), path, value).toObject(),
                                            QStringLiteral("c.json"));
    return r.ok() ? QStringLiteral("(loaded)") : r.error().message;
}

} // namespace

TEST(PopCatalogJson, BuiltInCatalogLoads)
{
    const auto catalog = PopCatalog::builtIn();
    ASSERT_TRUE(catalog.ok()) << catalog.error().message.toStdString();
    EXPECT_EQ(catalog->providerAs, 64500u);
    ASSERT_EQ(catalog->pops.size(), 15);
    EXPECT_EQ(catalog->partners.size(), 8);
    EXPECT_EQ(catalog->currency(), QStringLiteral("EUR"));

    const Pop &fra = catalog->pops.first();
    EXPECT_EQ(fra.popId, QStringLiteral("FRA1"));
    EXPECT_EQ(fra.city, QStringLiteral("Frankfurt am Main"));
    EXPECT_DOUBLE_EQ(fra.latitude, 50.1109);
    ASSERT_EQ(fra.pes.size(), 2);
    EXPECT_EQ(fra.pes[1].name, QStringLiteral("fra1-pe2"));
    EXPECT_EQ(fra.pes[1].vendor, QStringLiteral("iosxr"));
    EXPECT_EQ(fra.pes[1].loopback, QStringLiteral("192.0.2.2"));
    EXPECT_EQ(fra.pes[1].fastestPortMbps(), 100000);
    ASSERT_NE(fra.offer(AccessType::Copper), nullptr);
    EXPECT_EQ(*fra.offer(AccessType::Copper), (AccessOffer{AccessType::Copper, 2.0, 100000, 10}));

    const PartnerProduct &pt = catalog->partners.first();
    EXPECT_EQ(pt.partner, QStringLiteral("Atlântico Acesso Grossista"));
    EXPECT_EQ(pt.countryCode, QStringLiteral("PT"));
    EXPECT_EQ(pt.monthlyCostMinor, 45000);
    EXPECT_EQ(pt.leadTimeDays, 45);
}

TEST(PopCatalogJson, NotJsonNamesFileAndLine)
{
    auto r = PopCatalogJson::fromBytes("{\n  \"format\": \"vpnwb-pop-catalog\",\n  \"pops\": [,]\n}",
                                       QStringLiteral("c.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.startsWith(QStringLiteral("c.json:3: not valid JSON: ")))
        << r.error().message.toStdString();
    EXPECT_EQ(r.error().code, Error::Code::InvalidInput);

    r = PopCatalogJson::fromBytes("[1, 2]", QStringLiteral("c.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, QStringLiteral("c.json: $: expected a JSON object"));
}

TEST(PopCatalogJson, BadInputNamesTheJsonPath)
{
    struct Case
    {
        QList<QVariant> path;
        QJsonValue value;
        const char *error;
    };
    const QJsonValue missing = QJsonValue::Undefined;
    const QList<Case> cases{
        {{QStringLiteral("format")},
         QStringLiteral("vpnwb-engagement"),
         "c.json: $.format: expected \"vpnwb-pop-catalog\""},
        {{QStringLiteral("version")}, 2, "c.json: $.version: version 2 is newer than this build reads (1)"},
        {{QStringLiteral("pops"), 1, QStringLiteral("pes"), 0, QStringLiteral("loopback")},
         missing,
         "c.json: $.pops[1].pes[0].loopback: missing (expected a string)"},
        {{QStringLiteral("pops"), 2, QStringLiteral("latitude")},
         123.0,
         "c.json: $.pops[2].latitude: 123 is outside -90..90"},
        {{QStringLiteral("pops"), 2, QStringLiteral("longitude")},
         -181.5,
         "c.json: $.pops[2].longitude: -181.5 is outside -180..180"},
        {{QStringLiteral("pops"), 0, QStringLiteral("latitude")},
         QStringLiteral("50.1N"),
         "c.json: $.pops[0].latitude: expected a number"},
        {{QStringLiteral("pops"), 3, QStringLiteral("popId")},
         QStringLiteral("FRA1"),
         "c.json: $.pops[3].popId: PoP id 'FRA1' is used twice (first at $.pops[0].popId)"},
        {{QStringLiteral("pops"), 1, QStringLiteral("pes"), 1, QStringLiteral("name")},
         QStringLiteral("fra1-pe1"),
         "c.json: $.pops[1].pes[1].name: PE name 'fra1-pe1' is used twice (first at $.pops[0].pes[0].name)"},
        {{QStringLiteral("pops"), 0, QStringLiteral("pes"), 0, QStringLiteral("vendor")},
         QStringLiteral("cisco"),
         "c.json: $.pops[0].pes[0].vendor: 'cisco' is not one of: frr, iosxr, junos, sros, eos"},
        {{QStringLiteral("pops"), 0, QStringLiteral("pes"), 0, QStringLiteral("ports"), 1,
          QStringLiteral("speedMbps")},
         0,
         "c.json: $.pops[0].pes[0].ports[1].speedMbps: 0 is outside 1..2147483647"},
        {{QStringLiteral("pops"), 4, QStringLiteral("pes")},
         QJsonArray(),
         "c.json: $.pops[4].pes: a PoP needs at least one PE"},
        {{QStringLiteral("pops"), 0, QStringLiteral("access"), 1, QStringLiteral("type")},
         QStringLiteral("fiber"),
         "c.json: $.pops[0].access[1].type: 'fiber' is sold twice by PoP FRA1"},
        {{QStringLiteral("pops"), 0, QStringLiteral("access"), 2, QStringLiteral("type")},
         QStringLiteral("5g"),
         "c.json: $.pops[0].access[2].type: '5g' is not one of: fiber, copper, dsl, lte"},
        {{QStringLiteral("pops"), 0, QStringLiteral("access"), 0, QStringLiteral("maxReachKm")},
         -1,
         "c.json: $.pops[0].access[0].maxReachKm: -1 is outside 0..20000"},
        {{QStringLiteral("pops"), 6}, QStringLiteral("BER1"), "c.json: $.pops[6]: expected an object"},
        {{QStringLiteral("partners"), 0, QStringLiteral("countryCode")},
         QStringLiteral("Portugal"),
         "c.json: $.partners[0].countryCode: 'Portugal' is not an ISO 3166-1 alpha-2 country code"},
        {{QStringLiteral("partners"), 3, QStringLiteral("currency")},
         QStringLiteral("PLN"),
         "c.json: $.partners[3].currency: 'PLN' differs from 'EUR' of the first partner product; all partner "
         "prices must be in one currency"},
        {{QStringLiteral("partners")}, missing, "c.json: $.partners: missing (expected an array)"},
    };
    for (const Case &c : cases)
        EXPECT_EQ(loadError(c.path, c.value), QString::fromUtf8(c.error));
}
