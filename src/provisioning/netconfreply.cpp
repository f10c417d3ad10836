#include "netconfreply.h"

#include "netconfrpc.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace vpnwb {
namespace {

const QString kNotificationNamespace = QStringLiteral("urn:ietf:params:xml:ns:netconf:notification:1.0");

// Reads the element the reader stands on, with everything inside, as XML text.
QString copyChildren(QXmlStreamReader &reader)
{
    QString out;
    QXmlStreamWriter writer(&out);
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement() && depth == 0)
            break;
        if (reader.isStartElement())
            ++depth;
        else if (reader.isEndElement())
            --depth;
        writer.writeCurrentToken(reader);
    }
    return out.trimmed();
}

NetconfRpcError readError(QXmlStreamReader &reader)
{
    NetconfRpcError e;
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (name == QLatin1String("error-type"))
            e.type = reader.readElementText().trimmed();
        else if (name == QLatin1String("error-tag"))
            e.tag = reader.readElementText().trimmed();
        else if (name == QLatin1String("error-severity"))
            e.severity = reader.readElementText().trimmed();
        else if (name == QLatin1String("error-app-tag"))
            e.appTag = reader.readElementText().trimmed();
        else if (name == QLatin1String("error-path"))
            e.path = reader.readElementText().trimmed();
        else if (name == QLatin1String("error-message"))
            e.message = reader.readElementText().trimmed();
        else if (name == QLatin1String("error-info"))
            e.info = reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        else
            reader.skipCurrentElement();
    }
    return e;
}

} // namespace

Result<NetconfReply> NetconfReply::parse(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    NetconfReply reply;
    if (!reader.readNextStartElement())
        return Error::io(QStringLiteral("a NETCONF message is not XML: %1").arg(reader.errorString()));
    if (reader.name() == QLatin1String("notification") && reader.namespaceUri() == kNotificationNamespace) {
        reply.m_notification = true;
        return reply;
    }
    if (reader.name() != QLatin1String("rpc-reply") || reader.namespaceUri() != NetconfRpc::baseNamespace)
        return Error::io(QStringLiteral("expected a NETCONF <rpc-reply>, got <%1>").arg(reader.name()));
    reply.m_messageId = reader.attributes().value(QStringLiteral("message-id")).toString();
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (name == QLatin1String("ok")) {
            reply.m_ok = true;
            reader.skipCurrentElement();
        } else if (name == QLatin1String("rpc-error")) {
            const NetconfRpcError e = readError(reader);
            (e.severity == QLatin1String("warning") ? reply.m_warnings : reply.m_errors).append(e);
        } else if (name == QLatin1String("data")) {
            reply.m_data = copyChildren(reader);
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        return Error::io(QStringLiteral("a NETCONF reply is not well-formed XML: %1 (line %2)")
                             .arg(reader.errorString())
                             .arg(reader.lineNumber()));
    return reply;
}

} // namespace vpnwb
