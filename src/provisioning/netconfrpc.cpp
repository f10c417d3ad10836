#include "netconfrpc.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace vpnwb {
namespace {

const QString &ns()
{
    return NetconfRpc::baseNamespace;
}

void writeDatastore(QXmlStreamWriter &w, const QString &role, NetconfRpc::Datastore datastore)
{
    w.writeStartElement(ns(), role);
    w.writeEmptyElement(ns(), NetconfRpc::name(datastore));
    w.writeEndElement();
}

} // namespace

const QString NetconfRpc::baseNamespace = QStringLiteral("urn:ietf:params:xml:ns:netconf:base:1.0");

QString NetconfRpc::name(Datastore datastore)
{
    switch (datastore) {
    case Datastore::Running:
        return QStringLiteral("running");
    case Datastore::Candidate:
        return QStringLiteral("candidate");
    case Datastore::Startup:
        return QStringLiteral("startup");
    }
    return {};
}

QByteArray NetconfRpc::rpc(const QString &messageId, const std::function<void(QXmlStreamWriter &)> &operation)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeDefaultNamespace(ns());
    w.writeStartElement(ns(), QStringLiteral("rpc"));
    w.writeAttribute(QStringLiteral("message-id"), messageId);
    operation(w);
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

Status NetconfRpc::copyFragment(const QString &xml, QXmlStreamWriter &writer)
{
    // A fragment may hold several top-level elements: read it inside a wrapper.
    const QString wrapped = QStringLiteral("<vpnwb-fragment>") + xml + QStringLiteral("</vpnwb-fragment>");
    QXmlStreamReader reader(wrapped);
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (depth++ == 0)
                continue;
            // Unqualified content would fall into the NETCONF namespace of the envelope.
            if (reader.namespaceUri().isEmpty())
                return Error::invalidInput(
                    QStringLiteral("element <%1> has no namespace; NETCONF content is qualified by its YANG "
                                   "module's namespace")
                        .arg(reader.name()));
        } else if (reader.isEndElement()) {
            if (--depth == 0)
                continue;
        } else if (reader.isStartDocument() || reader.isEndDocument()) {
            continue;
        } else if (depth == 0) {
            continue;
        }
        if (reader.isStartElement()) {
            // Prefixed declarations are kept (identityref values name them in
            // text); declared before the element, so that the writer uses them
            // rather than declaring its own prefix a second time.
            for (const QXmlStreamNamespaceDeclaration &d : reader.namespaceDeclarations()) {
                if (!d.prefix().isEmpty())
                    writer.writeNamespace(d.namespaceUri().toString(), d.prefix().toString());
            }
            writer.writeStartElement(reader.namespaceUri().toString(), reader.name().toString());
            writer.writeAttributes(reader.attributes());
            continue;
        }
        writer.writeCurrentToken(reader);
    }
    if (reader.hasError())
        return Error::invalidInput(
            QStringLiteral("not well-formed XML: %1 (column %2)").arg(reader.errorString()).arg(reader.columnNumber()));
    return Status::success();
}

QByteArray NetconfRpc::lock(const QString &messageId, Datastore target)
{
    return rpc(messageId, [&](QXmlStreamWriter &w) {
        w.writeStartElement(ns(), QStringLiteral("lock"));
        writeDatastore(w, QStringLiteral("target"), target);
        w.writeEndElement();
    });
}

QByteArray NetconfRpc::unlock(const QString &messageId, Datastore target)
{
    return rpc(messageId, [&](QXmlStreamWriter &w) {
        w.writeStartElement(ns(), QStringLiteral("unlock"));
        writeDatastore(w, QStringLiteral("target"), target);
        w.writeEndElement();
    });
}

Result<QByteArray> NetconfRpc::editConfig(const QString &messageId, Datastore target, const QString &configXml,
                                          bool rollbackOnError, DefaultOperation operation)
{
    Status copied;
    const QByteArray out = rpc(messageId, [&](QXmlStreamWriter &w) {
        w.writeStartElement(ns(), QStringLiteral("edit-config"));
        writeDatastore(w, QStringLiteral("target"), target);
        w.writeTextElement(ns(), QStringLiteral("default-operation"),
                           operation == DefaultOperation::Merge ? QStringLiteral("merge") : QStringLiteral("replace"));
        w.writeTextElement(ns(), QStringLiteral("test-option"), QStringLiteral("test-then-set"));
        if (rollbackOnError)
            w.writeTextElement(ns(), QStringLiteral("error-option"), QStringLiteral("rollback-on-error"));
        w.writeStartElement(ns(), QStringLiteral("config"));
        copied = copyFragment(configXml, w);
        w.writeEndElement();
        w.writeEndElement();
    });
    if (!copied)
        return Error::invalidInput(QStringLiteral("the configuration to edit is %1").arg(copied.error().message));
    return out;
}

QByteArray NetconfRpc::validate(const QString &messageId, Datastore source)
{
    return rpc(messageId, [&](QXmlStreamWriter &w) {
        w.writeStartElement(ns(), QStringLiteral("validate"));
        writeDatastore(w, QStringLiteral("source"), source);
        w.writeEndElement();
    });
}

Result<QByteArray> NetconfRpc::validateContent(const QString &messageId, const QString &configXml)
{
    Status copied;
    const QByteArray out = rpc(messageId, [&](QXmlStreamWriter &w) {
        w.writeStartElement(ns(), QStringLiteral("validate"));
        w.writeStartElement(ns(), QStringLiteral("source"));
        w.writeStartElement(ns(), QStringLiteral("config"));
        copied = copyFragment(configXml, w);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    });
    if (!copied)
        return Error::invalidInput(QStringLiteral("the configuration to validate is %1").arg(copied.error().message));
    return out;
}

QByteArray NetconfRpc::commit(const QString &messageId)
{
    return rpc(messageId, [](QXmlStreamWriter &w) { w.writeEmptyElement(ns(), QStringLiteral("commit")); });
}

QByteArray NetconfRpc::confirmedCommit(const QString &messageId, int timeoutSeconds, const QString &persistId)
{
    return rpc(messageId, [&](QXmlStreamWriter &w) {
        w.writeStartElement(ns(), QStringLiteral("commit"));
        w.writeEmptyElement(ns(), QStringLiteral("confirmed"));
        w.writeTextElement(ns(), QStringLiteral("confirm-timeout"), QString::number(timeoutSeconds));
        if (!persistId.isEmpty())
            w.writeTextElement(ns(), QStringLiteral("persist"), persistId);
        w.writeEndElement();
    });
}

QByteArray NetconfRpc::confirmingCommit(const QString &messageId, const QString &persistId)
{
    return rpc(messageId, [&](QXmlStreamWriter &w) {
        w.writeStartElement(ns(), QStringLiteral("commit"));
        if (!persistId.isEmpty())
            w.writeTextElement(ns(), QStringLiteral("persist-id"), persistId);
        w.writeEndElement();
    });
}

QByteArray NetconfRpc::cancelCommit(const QString &messageId, const QString &persistId)
{
    return rpc(messageId, [&](QXmlStreamWriter &w) {
        w.writeStartElement(ns(), QStringLiteral("cancel-commit"));
        if (!persistId.isEmpty())
            w.writeTextElement(ns(), QStringLiteral("persist-id"), persistId);
        w.writeEndElement();
    });
}

QByteArray NetconfRpc::discardChanges(const QString &messageId)
{
    return rpc(messageId, [](QXmlStreamWriter &w) { w.writeEmptyElement(ns(), QStringLiteral("discard-changes")); });
}

Result<QByteArray> NetconfRpc::getConfig(const QString &messageId, Datastore source, const QString &subtreeFilterXml)
{
    Status copied;
    const QByteArray out = rpc(messageId, [&](QXmlStreamWriter &w) {
        w.writeStartElement(ns(), QStringLiteral("get-config"));
        writeDatastore(w, QStringLiteral("source"), source);
        if (!subtreeFilterXml.isEmpty()) {
            w.writeStartElement(ns(), QStringLiteral("filter"));
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("subtree"));
            copied = copyFragment(subtreeFilterXml, w);
            w.writeEndElement();
        }
        w.writeEndElement();
    });
    if (!copied)
        return Error::invalidInput(QStringLiteral("the get-config filter is %1").arg(copied.error().message));
    return out;
}

QByteArray NetconfRpc::closeSession(const QString &messageId)
{
    return rpc(messageId, [](QXmlStreamWriter &w) { w.writeEmptyElement(ns(), QStringLiteral("close-session")); });
}

} // namespace vpnwb
