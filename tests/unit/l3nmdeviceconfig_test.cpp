#include "l3nmdeviceconfig.h"
#include "rfc7951xml.h"
#include "testpaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace vpnwb;
using namespace vpnwb::test;

namespace {

QByteArray brownfield()
{
    return readFile(fixture(QStringLiteral("l3nm/brownfield-two-sites.json")));
}

// Each element's name and namespace, and each identity leaf's declared prefix, in document order.
struct Element
{
    QString name;
    QString ns;
    QString text;
    QStringList childNames;
};

QList<Element> elements(const QString &xml)
{
    QList<Element> out;
    QList<int> open;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (!open.isEmpty())
                out[open.last()].childNames.append(r.name().toString());
            out.append({r.name().toString(), r.namespaceUri().toString(), {}, {}});
            open.append(int(out.size() - 1));
        } else if (r.isCharacters() && !r.isWhitespace() && !open.isEmpty()) {
            out[open.last()].text += r.text();
        } else if (r.isEndElement()) {
            open.removeLast();
        }
    }
    EXPECT_FALSE(r.hasError()) << r.errorString().toStdString();
    return out;
}

QStringList textsOf(const QList<Element> &all, const QString &name)
{
    QStringList out;
    for (const Element &e : all) {
        if (e.name == name)
            out.append(e.text);
    }
    return out;
}

} // namespace

TEST(L3nmDeviceConfig, HoldsOnlyTheVpnNodesOfTheElement)
{
    const auto xml = L3nmDeviceConfig::xml(brownfield(), QStringLiteral("ber1-pe1"));
    ASSERT_TRUE(xml.ok()) << xml.error().message.toStdString();
    const QList<Element> all = elements(xml.value());
    EXPECT_EQ(textsOf(all, QStringLiteral("ne-id")), QStringList{QStringLiteral("ber1-pe1")});
    EXPECT_EQ(textsOf(all, QStringLiteral("vpn-id")), QStringList{QStringLiteral("CONTOSO")});
    // The service's instance profiles stay: the node refers to them.
    EXPECT_EQ(textsOf(all, QStringLiteral("profile-id")).first(), QStringLiteral("CONTOSO-VRF"));
    ASSERT_FALSE(all.isEmpty());
    EXPECT_EQ(all.first().name, QStringLiteral("l3vpn-ntw"));
    EXPECT_EQ(all.first().ns, QStringLiteral("urn:ietf:params:xml:ns:yang:ietf-l3vpn-ntw"));
}

TEST(L3nmDeviceConfig, EveryListEntryWritesItsKeysFirst)
{
    const auto xml = L3nmDeviceConfig::xml(brownfield(), QStringLiteral("fra1-pe1"));
    ASSERT_TRUE(xml.ok()) << xml.error().message.toStdString();
    const auto &keys = L3nmDeviceConfig::listKeys();
    int entries = 0;
    for (const Element &e : elements(xml.value())) {
        if (!keys.contains(e.name) || e.childNames.isEmpty())
            continue;
        ++entries;
        const QStringList expected = keys.value(e.name);
        EXPECT_EQ(e.childNames.mid(0, expected.size()), expected) << e.name.toStdString();
    }
    EXPECT_GT(entries, 5);
}

TEST(L3nmDeviceConfig, AnIdentityDeclaresItsModulesNamespace)
{
    const auto xml = L3nmDeviceConfig::xml(brownfield(), QStringLiteral("fra1-pe1"));
    ASSERT_TRUE(xml.ok()) << xml.error().message.toStdString();
    EXPECT_TRUE(xml->contains(QStringLiteral("<vpn-type xmlns:ietf-vpn-common=\"urn:ietf:params:xml:ns:yang:ietf-vpn-common\">"
                                             "ietf-vpn-common:l3vpn</vpn-type>")))
        << xml->toStdString();
    // A route target is no identity, though it holds colons.
    EXPECT_TRUE(xml->contains(QStringLiteral("<route-target>0:64500:1</route-target>")));
}

TEST(L3nmDeviceConfig, AnElementWithoutVpnNodeIsRefusedNamingIt)
{
    const auto xml = L3nmDeviceConfig::xml(brownfield(), QStringLiteral("muc1-pe9"));
    ASSERT_FALSE(xml.ok());
    EXPECT_TRUE(xml.error().message.contains(QStringLiteral("'muc1-pe9'"))) << xml.error().message.toStdString();
}

TEST(Rfc7951Xml, AListWithoutKnownKeyIsRefusedNamingItsPath)
{
    const QJsonObject doc = QJsonDocument::fromJson(R"({"ietf-l3vpn-ntw:l3vpn-ntw": {"things": {"thing": [{"a": 1}]}}})")
                                .object();
    const auto xml = Rfc7951Xml::write(doc, {});
    ASSERT_FALSE(xml.ok());
    EXPECT_TRUE(xml.error().message.contains(QStringLiteral("/ietf-l3vpn-ntw:l3vpn-ntw/things/thing")))
        << xml.error().message.toStdString();
}

TEST(Rfc7951Xml, AModuleOutsideIetfAndIanaIsRefused)
{
    const QJsonObject doc = QJsonDocument::fromJson(R"({"acme-vpn:top": {"a": 1}})").object();
    const auto xml = Rfc7951Xml::write(doc, {});
    ASSERT_FALSE(xml.ok());
    EXPECT_TRUE(xml.error().message.contains(QStringLiteral("'acme-vpn'"))) << xml.error().message.toStdString();
}

TEST(Rfc7951Xml, ValuesAreEscapedAndEmptyLeavesAndLeafListsWritten)
{
    const QJsonObject doc =
        QJsonDocument::fromJson(R"({"ietf-x:top": {"d": "a<b & \"c\"", "e": [null], "n": ["10.0.0.1", "10.0.0.2"], "i": 64500}})")
            .object();
    const auto xml = Rfc7951Xml::write(doc, {});
    ASSERT_TRUE(xml.ok()) << xml.error().message.toStdString();
    EXPECT_EQ(xml.value(), QStringLiteral("<top xmlns=\"urn:ietf:params:xml:ns:yang:ietf-x\"><d>a&lt;b &amp; &quot;c&quot;</d>"
                                          "<e/><i>64500</i><n>10.0.0.1</n><n>10.0.0.2</n></top>"));
}
