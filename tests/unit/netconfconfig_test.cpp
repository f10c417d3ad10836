#include "netconfconfig.h"

#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

const QString kL3nm = QStringLiteral("urn:ietf:params:xml:ns:yang:ietf-l3vpn-ntw");
const QString kCommon = QStringLiteral("urn:ietf:params:xml:ns:yang:ietf-vpn-common");

// A running configuration as a server answers it: two vpn-nodes, the identity under the server's own prefix.
QString running(const QString &asOfPe2 = QStringLiteral("64500"))
{
    return QStringLiteral("<nacm xmlns=\"urn:ietf:params:xml:ns:yang:ietf-netconf-acm\">\n</nacm>"
                          "<l3vpn-ntw xmlns=\"%1\"><vpn-services><vpn-service><vpn-id>CORP</vpn-id>"
                          "<vpn-type xmlns:vpn-common=\"%2\">vpn-common:l3vpn</vpn-type><vpn-nodes>"
                          "<vpn-node><vpn-node-id>pe1/CORP</vpn-node-id><ne-id>pe1</ne-id><local-as>64500</local-as></vpn-node>"
                          "<vpn-node><vpn-node-id>pe2/CORP</vpn-node-id><ne-id>pe2</ne-id><local-as>%3</local-as></vpn-node>"
                          "</vpn-nodes></vpn-service></vpn-services></l3vpn-ntw>")
        .arg(kL3nm, kCommon, asOfPe2);
}

// What a push wants on pe2, as the workbench writes it (another prefix, other member order).
QString wantedOnPe2(const QString &localAs = QStringLiteral("64500"))
{
    return QStringLiteral("<l3vpn-ntw xmlns=\"%1\"><vpn-services><vpn-service><vpn-id>CORP</vpn-id><vpn-nodes>"
                          "<vpn-node><vpn-node-id>pe2/CORP</vpn-node-id><local-as>%3</local-as><ne-id>pe2</ne-id></vpn-node>"
                          "</vpn-nodes><vpn-type xmlns:ietf-vpn-common=\"%2\">ietf-vpn-common:l3vpn</vpn-type>"
                          "</vpn-service></vpn-services></l3vpn-ntw>")
        .arg(kL3nm, kCommon, localAs);
}

NetconfConfig parsed(const QString &xml)
{
    auto c = NetconfConfig::parse(xml, QStringLiteral("test"));
    EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().message.toStdString());
    return c.ok() ? c.value() : NetconfConfig();
}

} // namespace

TEST(NetconfConfig, AListEntryIsFoundByItsKeyAndAnIdentityByItsNamespaceNotItsPrefix)
{
    EXPECT_TRUE(NetconfConfig::missing(parsed(running()), parsed(wantedOnPe2())).isEmpty());
}

TEST(NetconfConfig, AChangedLeafIsReportedInsideTheListEntryItBelongsTo)
{
    const auto missing = NetconfConfig::missing(parsed(running()), parsed(wantedOnPe2(QStringLiteral("64511"))));
    ASSERT_EQ(missing.size(), 1);
    EXPECT_EQ(missing.first().path, (QStringList{QStringLiteral("l3vpn-ntw"), QStringLiteral("vpn-services"),
                                                 QStringLiteral("vpn-service vpn-id CORP"), QStringLiteral("vpn-nodes"),
                                                 QStringLiteral("vpn-node vpn-node-id pe2/CORP")}));
    EXPECT_EQ(missing.first().text, QStringLiteral("local-as 64511"));
}

TEST(NetconfConfig, AMissingListEntryIsReportedWholeWithItsContent)
{
    const QString pe3 = QStringLiteral("<l3vpn-ntw xmlns=\"%1\"><vpn-services><vpn-service><vpn-id>CORP</vpn-id>"
                                       "<vpn-nodes><vpn-node><vpn-node-id>pe3/CORP</vpn-node-id><ne-id>pe3</ne-id>"
                                       "</vpn-node></vpn-nodes></vpn-service></vpn-services></l3vpn-ntw>")
                            .arg(kL3nm);
    const auto missing = NetconfConfig::missing(parsed(running()), parsed(pe3));
    ASSERT_EQ(missing.size(), 1);
    EXPECT_EQ(missing.first().text, QStringLiteral("vpn-node vpn-node-id pe3/CORP"));
    EXPECT_EQ(missing.first().block, (QStringList{QStringLiteral("  vpn-node-id pe3/CORP"), QStringLiteral("  ne-id pe3")}));
}

TEST(NetconfConfig, AnElementOfAnotherNamespaceIsNotTheSame)
{
    const QString other = QString(wantedOnPe2()).replace(kL3nm, QStringLiteral("urn:example:other"));
    EXPECT_EQ(NetconfConfig::missing(parsed(running()), parsed(other)).size(), 1);
}

TEST(NetconfConfig, SameIgnoresOrderButNotContent)
{
    const QString reordered = QStringLiteral("<l3vpn-ntw xmlns=\"%1\"><vpn-services><vpn-service><vpn-id>CORP</vpn-id>"
                                             "<vpn-nodes>"
                                             "<vpn-node><vpn-node-id>pe2/CORP</vpn-node-id><local-as>64500</local-as><ne-id>pe2</ne-id></vpn-node>"
                                             "<vpn-node><vpn-node-id>pe1/CORP</vpn-node-id><ne-id>pe1</ne-id><local-as>64500</local-as></vpn-node>"
                                             "</vpn-nodes>"
                                             "<vpn-type xmlns:c=\"%2\">c:l3vpn</vpn-type></vpn-service></vpn-services></l3vpn-ntw>"
                                             "<nacm xmlns=\"urn:ietf:params:xml:ns:yang:ietf-netconf-acm\"/>")
                                  .arg(kL3nm, kCommon);
    EXPECT_TRUE(NetconfConfig::same(parsed(running()), parsed(reordered)));
    EXPECT_FALSE(NetconfConfig::same(parsed(running()), parsed(running(QStringLiteral("64501")))));
    // One side holding more is not the same either.
    EXPECT_FALSE(NetconfConfig::same(parsed(running()), parsed(wantedOnPe2())));
}

TEST(NetconfConfig, TextShowsOneElementPerLine)
{
    EXPECT_EQ(parsed(QStringLiteral("<a xmlns=\"urn:x\"><b>1</b><c><d>2</d></c></a>")).toText(),
              QStringLiteral("a\n  b 1\n  c\n    d 2\n"));
}

TEST(NetconfConfig, MalformedXmlIsRefusedNamingTheSourceAndLine)
{
    const auto c = NetconfConfig::parse(QStringLiteral("<a xmlns=\"urn:x\">\n<b>1</c></a>"),
                                        QStringLiteral("the running configuration of pe2"));
    ASSERT_FALSE(c.ok());
    EXPECT_TRUE(c.error().message.contains(QStringLiteral("the running configuration of pe2"))) << c.error().message.toStdString();
    EXPECT_TRUE(c.error().message.contains(QStringLiteral("line 2"))) << c.error().message.toStdString();
}

TEST(NetconfConfig, NumbersAreComparedAsNumbers)
{
    // A decimal64 leaf given as "25" comes back as "25.00".
    const NetconfConfig held = parsed(QStringLiteral("<r xmlns=\"urn:x\"><rate>25.00</rate><id>0:65000:1</id></r>"));
    EXPECT_TRUE(NetconfConfig::missing(held, parsed(QStringLiteral("<r xmlns=\"urn:x\"><rate>25</rate></r>"))).isEmpty());
    EXPECT_FALSE(NetconfConfig::missing(held, parsed(QStringLiteral("<r xmlns=\"urn:x\"><rate>25.5</rate></r>"))).isEmpty());
    EXPECT_FALSE(NetconfConfig::missing(held, parsed(QStringLiteral("<r xmlns=\"urn:x\"><id>0:65000:01</id></r>"))).isEmpty());
    // Exactly: two 64-bit counters one apart differ (a double would take them as one).
    const NetconfConfig counter = parsed(QStringLiteral("<r xmlns=\"urn:x\"><n>18446744073709551615</n></r>"));
    EXPECT_FALSE(
        NetconfConfig::missing(counter, parsed(QStringLiteral("<r xmlns=\"urn:x\"><n>18446744073709551614</n></r>"))).isEmpty());
    EXPECT_TRUE(NetconfConfig::missing(parsed(QStringLiteral("<r xmlns=\"urn:x\"><n>-0.50</n></r>")),
                                       parsed(QStringLiteral("<r xmlns=\"urn:x\"><n>-000.5</n></r>")))
                    .isEmpty());
    // Text that only reads as a number to a double is compared as written.
    EXPECT_FALSE(NetconfConfig::missing(parsed(QStringLiteral("<r xmlns=\"urn:x\"><d>1000</d></r>")),
                                        parsed(QStringLiteral("<r xmlns=\"urn:x\"><d>1e3</d></r>")))
                     .isEmpty());
}

TEST(NetconfConfig, ARestoringEditReplacesWhatWasSavedAndRemovesWhatCameSince)
{
    // Saved: the nacm and pe1's node, as a server answers with its own prefixes.
    const QString saved = QStringLiteral("<n1:nacm xmlns:n1=\"urn:ietf:params:xml:ns:yang:ietf-netconf-acm\">\n  </n1:nacm>"
                                         "<n2:interfaces xmlns:n2=\"urn:ietf:params:xml:ns:yang:ietf-interfaces\">"
                                         "<n2:interface><n2:name>eth0</n2:name><n2:type "
                                         "xmlns:ianaift=\"urn:ietf:params:xml:ns:yang:iana-if-type\">"
                                         "ianaift:ethernetCsmacd</n2:type></n2:interface></n2:interfaces>");
    const auto edit = NetconfConfig::restoringEdit(saved, parsed(running()), QStringLiteral("the saved configuration"));
    ASSERT_TRUE(edit.ok()) << edit.error().message.toStdString();
    QXmlStreamReader r(QStringLiteral("<w>") + edit.value() + QStringLiteral("</w>"));
    QStringList operations;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        // No prefix is declared twice on one element (a server refuses such XML).
        QStringList prefixes;
        for (const QXmlStreamNamespaceDeclaration &d : r.namespaceDeclarations())
            prefixes.append(d.prefix().toString());
        EXPECT_EQ(prefixes.size(), QSet<QString>(prefixes.begin(), prefixes.end()).size()) << edit->toStdString();
        const QStringView op = r.attributes().value(QStringLiteral("urn:ietf:params:xml:ns:netconf:base:1.0"),
                                                    QStringLiteral("operation"));
        if (!op.isEmpty())
            operations.append(r.name() + QLatin1Char('=') + op);
    }
    ASSERT_FALSE(r.hasError()) << r.errorString().toStdString() << "\n" << edit->toStdString();
    EXPECT_EQ(operations, (QStringList{QStringLiteral("nacm=replace"), QStringLiteral("interfaces=replace"),
                                       QStringLiteral("l3vpn-ntw=remove")}));
    // What it replaces with is what was saved, identity prefix and all.
    auto restored = NetconfConfig::parse(edit.value(), QStringLiteral("the edit"));
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(restored->roots().size(), 3);
    EXPECT_TRUE(NetconfConfig::missing(restored.value(), parsed(saved)).isEmpty()) << edit->toStdString();
    EXPECT_TRUE(edit->contains(QStringLiteral("ianaift:ethernetCsmacd")));
}

TEST(NetconfConfig, ARestoringEditOfMalformedXmlIsRefusedNamingIt)
{
    const auto edit = NetconfConfig::restoringEdit(QStringLiteral("<a xmlns=\"urn:x\"><b></a>"), parsed(running()),
                                                   QStringLiteral("pe1: the saved configuration"));
    ASSERT_FALSE(edit.ok());
    EXPECT_TRUE(edit.error().message.contains(QStringLiteral("pe1: the saved configuration")));
}
