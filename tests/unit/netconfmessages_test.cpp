#include "netconfhello.h"
#include "netconfreply.h"
#include "netconfrpc.h"

#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace vpnwb;

TEST(NetconfHello, ServerHelloGivesCapabilitiesAndSessionId)
{
    const auto hello = NetconfHello::parse(
        "<?xml version=\"1.0\"?><hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities>"
        "<capability>urn:ietf:params:netconf:base:1.1</capability>"
        "<capability>urn:ietf:params:netconf:capability:with-defaults:1.0?basic-mode=explicit</capability>"
        "</capabilities><session-id>4</session-id></hello>");
    ASSERT_TRUE(hello.ok()) << hello.error().message.toStdString();
    EXPECT_EQ(hello->sessionId(), 4u);
    EXPECT_TRUE(hello->has(NetconfHello::base11));
    EXPECT_FALSE(hello->has(NetconfHello::base10));
    EXPECT_TRUE(hello->has(QStringLiteral("urn:ietf:params:netconf:capability:with-defaults:1.0")));
}

TEST(NetconfHello, SomethingElseIsRefused)
{
    EXPECT_FALSE(NetconfHello::parse("<rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"/>").ok());
    EXPECT_FALSE(NetconfHello::parse("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities>").ok());
    EXPECT_FALSE(NetconfHello::parse("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities>"
                                     "<capability>urn:x</capability></capabilities></hello>")
                     .ok());
}

TEST(NetconfHello, ClientHelloIsWellFormedWithItsCapabilities)
{
    const QByteArray xml = NetconfHello::client({NetconfHello::base10, NetconfHello::base11});
    const auto parsed = NetconfHello::parse(xml);
    ASSERT_TRUE(parsed.ok()) << xml.constData();
    EXPECT_EQ(parsed->capabilities(), (QStringList{NetconfHello::base10, NetconfHello::base11}));
}

TEST(NetconfReply, ErrorsAndWarningsAreRead)
{
    const auto reply = NetconfReply::parse(
        "<rpc-reply message-id=\"7\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">"
        "<rpc-error><error-type>protocol</error-type><error-tag>lock-denied</error-tag>"
        "<error-severity>error</error-severity><error-message xml:lang=\"en\">lock is held</error-message>"
        "<error-info><session-id>3</session-id></error-info></rpc-error>"
        "<rpc-error><error-type>application</error-type><error-tag>x</error-tag>"
        "<error-severity>warning</error-severity></rpc-error></rpc-reply>");
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    EXPECT_EQ(reply->messageId(), QStringLiteral("7"));
    EXPECT_FALSE(reply->isOk());
    ASSERT_EQ(reply->errors().size(), 1);
    EXPECT_EQ(reply->warnings().size(), 1);
    EXPECT_EQ(reply->errors()[0].describe(), QStringLiteral("lock-denied: lock is held (3)"));
}

TEST(NetconfReply, DataKeepsItsNamespaces)
{
    const auto reply = NetconfReply::parse(
        "<nc:rpc-reply message-id=\"2\" xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" "
        "xmlns:if=\"urn:ietf:params:xml:ns:yang:ietf-interfaces\"><nc:data>"
        "<if:interfaces><if:interface><if:name>ge0</if:name></if:interface></if:interfaces>"
        "</nc:data></nc:rpc-reply>");
    ASSERT_TRUE(reply.ok()) << reply.error().message.toStdString();
    QXmlStreamReader data(reply->data());
    ASSERT_TRUE(data.readNextStartElement());
    EXPECT_EQ(data.name(), QLatin1String("interfaces"));
    EXPECT_EQ(data.namespaceUri(), QLatin1String("urn:ietf:params:xml:ns:yang:ietf-interfaces"));
    EXPECT_TRUE(reply->data().contains(QLatin1String("ge0")));
}

TEST(NetconfReply, NotificationsAreToldApart)
{
    const auto reply = NetconfReply::parse(
        "<notification xmlns=\"urn:ietf:params:xml:ns:netconf:notification:1.0\"><eventTime>x</eventTime></notification>");
    ASSERT_TRUE(reply.ok());
    EXPECT_TRUE(reply->isNotification());
    EXPECT_FALSE(NetconfReply::parse("<rpc-reply xmlns=\"urn:other\"/>").ok());
}

TEST(NetconfRpc, EditConfigCarriesTheConfigurationAndOptions)
{
    const auto rpc = NetconfRpc::editConfig(
        QStringLiteral("5"), NetconfRpc::Datastore::Candidate,
        QStringLiteral("<interfaces xmlns=\"urn:ietf:params:xml:ns:yang:ietf-interfaces\"><interface>"
                       "<name>a&amp;b</name></interface></interfaces>"),
        true);
    ASSERT_TRUE(rpc.ok()) << rpc.error().message.toStdString();
    QXmlStreamReader r(rpc.value());
    QStringList path;
    QString name;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            path.append(r.name().toString());
            if (r.name() == QLatin1String("name"))
                name = r.readElementText();
        }
    }
    ASSERT_FALSE(r.hasError()) << rpc.value().constData();
    EXPECT_EQ(path, (QStringList{QStringLiteral("rpc"), QStringLiteral("edit-config"), QStringLiteral("target"),
                                 QStringLiteral("candidate"), QStringLiteral("default-operation"),
                                 QStringLiteral("test-option"), QStringLiteral("error-option"), QStringLiteral("config"),
                                 QStringLiteral("interfaces"), QStringLiteral("interface"), QStringLiteral("name")}));
    EXPECT_EQ(name, QStringLiteral("a&b"));
    EXPECT_TRUE(rpc->contains("message-id=\"5\""));
}

TEST(NetconfRpc, MalformedOrUnqualifiedContentIsRefusedNotSent)
{
    const auto broken = NetconfRpc::editConfig(QStringLiteral("1"), NetconfRpc::Datastore::Candidate,
                                               QStringLiteral("<a xmlns=\"urn:x\"><b></a>"), false);
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.contains(QLatin1String("not well-formed"))) << broken.error().message.toStdString();
    const auto unqualified = NetconfRpc::getConfig(QStringLiteral("1"), NetconfRpc::Datastore::Running,
                                                   QStringLiteral("<interfaces/>"));
    ASSERT_FALSE(unqualified.ok());
    EXPECT_TRUE(unqualified.error().message.contains(QLatin1String("no namespace"))) << unqualified.error().message.toStdString();
}

TEST(NetconfRpc, ConfirmedCommitOperations)
{
    const QByteArray confirmed = NetconfRpc::confirmedCommit(QStringLiteral("9"), 120, QStringLiteral("change-1"));
    EXPECT_TRUE(confirmed.contains("<confirmed/>")) << confirmed.constData();
    EXPECT_TRUE(confirmed.contains("<confirm-timeout>120</confirm-timeout>"));
    EXPECT_TRUE(confirmed.contains("<persist>change-1</persist>"));
    EXPECT_TRUE(NetconfRpc::confirmingCommit(QStringLiteral("10"), QStringLiteral("change-1"))
                    .contains("<persist-id>change-1</persist-id>"));
    EXPECT_TRUE(NetconfRpc::cancelCommit(QStringLiteral("11"), QStringLiteral("change-1")).contains("<cancel-commit>"));
}

TEST(NetconfRpc, ValidateOfInlineContentCarriesTheWholeConfiguration)
{
    const auto rpc = NetconfRpc::validateContent(
        QStringLiteral("12"), QStringLiteral("<interfaces xmlns=\"urn:ietf:params:xml:ns:yang:ietf-interfaces\">"
                                             "<interface><name>ge-0/0/1</name></interface></interfaces>"
                                             "<nacm xmlns=\"urn:ietf:params:xml:ns:yang:ietf-netconf-acm\"/>"));
    ASSERT_TRUE(rpc.ok()) << rpc.error().message.toStdString();
    QXmlStreamReader r(rpc.value());
    QStringList path;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement())
            path.append(r.name().toString());
    }
    ASSERT_FALSE(r.hasError()) << rpc.value().constData();
    EXPECT_EQ(path, (QStringList{QStringLiteral("rpc"), QStringLiteral("validate"), QStringLiteral("source"),
                                 QStringLiteral("config"), QStringLiteral("interfaces"), QStringLiteral("interface"),
                                 QStringLiteral("name"), QStringLiteral("nacm")}));
    const auto broken = NetconfRpc::validateContent(QStringLiteral("13"), QStringLiteral("<a xmlns=\"urn:x\"><b></a>"));
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.contains(QLatin1String("to validate is not well-formed")))
        << broken.error().message.toStdString();
}

TEST(NetconfRpc, ContentWithItsOwnPrefixesIsCopiedWithEachNamespaceDeclaredOnce)
{
    // As a <get-config> reply gives it back: prefixes named n1, n2 like the writer's own.
    const auto rpc = NetconfRpc::validateContent(
        QStringLiteral("14"),
        QStringLiteral("<n1:interfaces xmlns:n1=\"urn:ietf:params:xml:ns:yang:ietf-interfaces\"><n1:interface>"
                       "<n1:name>ge-0/0/1</n1:name><n1:type xmlns:ianaift=\"urn:ietf:params:xml:ns:yang:iana-if-type\">"
                       "ianaift:ethernetCsmacd</n1:type></n1:interface></n1:interfaces>"
                       "<n2:nacm xmlns:n2=\"urn:ietf:params:xml:ns:yang:ietf-netconf-acm\"/>"));
    ASSERT_TRUE(rpc.ok()) << rpc.error().message.toStdString();
    QXmlStreamReader r(rpc.value());
    QStringList namespaces;
    QString type;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            namespaces.append(r.namespaceUri().toString());
            if (r.name() == QLatin1String("type")) {
                const auto declared = r.namespaceDeclarations();
                type = r.readElementText();
                // The identity's prefix still resolves where its value is read.
                ASSERT_TRUE(type.startsWith(QLatin1String("ianaift:")));
                ASSERT_FALSE(declared.isEmpty()) << rpc.value().constData();
                EXPECT_EQ(declared.first().namespaceUri(), QLatin1String("urn:ietf:params:xml:ns:yang:iana-if-type"));
            }
        }
    }
    ASSERT_FALSE(r.hasError()) << r.errorString().toStdString() << "\n" << rpc.value().constData();
    EXPECT_EQ(type, QStringLiteral("ianaift:ethernetCsmacd"));
    EXPECT_EQ(namespaces.count(QStringLiteral("urn:ietf:params:xml:ns:yang:ietf-interfaces")), 4);
    EXPECT_EQ(namespaces.last(), QStringLiteral("urn:ietf:params:xml:ns:yang:ietf-netconf-acm"));
}

TEST(NetconfRpc, OperationAttributesInTheBaseNamespaceKeepThatNamespace)
{
    // What a restore sends: one subtree replaced, another removed, each marked
    // with the base namespace's "operation" attribute under a prefix of its own.
    const auto rpc = NetconfRpc::editConfig(
        QStringLiteral("15"), NetconfRpc::Datastore::Candidate,
        QStringLiteral("<n1:nacm xmlns:n1=\"urn:ietf:params:xml:ns:yang:ietf-netconf-acm\" "
                       "xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"replace\">\n  </n1:nacm>"
                       "<l3vpn-ntw xmlns=\"urn:ietf:params:xml:ns:yang:ietf-l3vpn-ntw\" "
                       "xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"remove\"/>"),
        true);
    ASSERT_TRUE(rpc.ok()) << rpc.error().message.toStdString();
    QXmlStreamReader r(rpc.value());
    QStringList operations;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.attributes().hasAttribute(NetconfRpc::baseNamespace, QStringLiteral("operation")))
            operations.append(r.name() + QLatin1Char('=') +
                              r.attributes().value(NetconfRpc::baseNamespace, QStringLiteral("operation")));
    }
    ASSERT_FALSE(r.hasError()) << r.errorString().toStdString() << "\n" << rpc.value().constData();
    EXPECT_EQ(operations, (QStringList{QStringLiteral("nacm=replace"), QStringLiteral("l3vpn-ntw=remove")}))
        << rpc.value().constData();
}
