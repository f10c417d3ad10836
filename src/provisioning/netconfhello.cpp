#include "netconfhello.h"

#include "netconfrpc.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace vpnwb {

const QString NetconfHello::base10 = QStringLiteral("urn:ietf:params:netconf:base:1.0");
const QString NetconfHello::base11 = QStringLiteral("urn:ietf:params:netconf:base:1.1");

Result<NetconfHello> NetconfHello::parse(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    NetconfHello hello;
    bool sawHello = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.namespaceUri() != NetconfRpc::baseNamespace)
            continue;
        const QStringView name = reader.name();
        if (name == QLatin1String("hello")) {
            sawHello = true;
        } else if (name == QLatin1String("capability")) {
            const QString capability = reader.readElementText().trimmed();
            if (!capability.isEmpty())
                hello.m_capabilities.append(capability);
        } else if (name == QLatin1String("session-id")) {
            bool ok = false;
            const quint32 id = reader.readElementText().trimmed().toUInt(&ok);
            if (!ok || id == 0)
                return Error::io(QStringLiteral("the NETCONF hello has an invalid session-id"));
            hello.m_sessionId = id;
        }
    }
    if (reader.hasError())
        return Error::io(QStringLiteral("the NETCONF hello is not well-formed XML: %1 (line %2)")
                             .arg(reader.errorString())
                             .arg(reader.lineNumber()));
    if (!sawHello)
        return Error::io(QStringLiteral("expected a NETCONF <hello>, got something else"));
    if (!hello.has(base10) && !hello.has(base11))
        return Error::io(QStringLiteral("the NETCONF hello announces neither base:1.0 nor base:1.1"));
    return hello;
}

QByteArray NetconfHello::client(const QStringList &capabilities)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeDefaultNamespace(NetconfRpc::baseNamespace);
    w.writeStartElement(NetconfRpc::baseNamespace, QStringLiteral("hello"));
    w.writeStartElement(NetconfRpc::baseNamespace, QStringLiteral("capabilities"));
    for (const QString &c : capabilities)
        w.writeTextElement(NetconfRpc::baseNamespace, QStringLiteral("capability"), c);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

bool NetconfHello::has(const QString &capability) const
{
    for (const QString &c : m_capabilities) {
        if (c.section(QLatin1Char('?'), 0, 0) == capability)
            return true;
    }
    return false;
}

} // namespace vpnwb
