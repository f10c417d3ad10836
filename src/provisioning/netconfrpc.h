#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QXmlStreamWriter;

namespace vpnwb {

// Writes NETCONF <rpc> messages (RFC 6241) with QXmlStreamWriter. Caller
// supplied XML (a configuration, a filter) is parsed and written again, so
// that a fragment which is not well-formed is refused instead of sent.
class NetconfRpc
{
public:
    enum class Datastore { Running, Candidate, Startup };

    static const QString baseNamespace; // urn:ietf:params:xml:ns:netconf:base:1.0

    static QString name(Datastore datastore);

    static QByteArray lock(const QString &messageId, Datastore target);
    static QByteArray unlock(const QString &messageId, Datastore target);
    // How an <edit-config> treats what the target holds: merge the given
    // configuration into it, or replace the target's whole content with it.
    enum class DefaultOperation { Merge, Replace };
    // <edit-config> with test-option test-then-set, and error-option
    // rollback-on-error when `rollbackOnError`.
    static Result<QByteArray> editConfig(const QString &messageId, Datastore target, const QString &configXml,
                                         bool rollbackOnError, DefaultOperation operation = DefaultOperation::Merge);
    static QByteArray validate(const QString &messageId, Datastore source);
    // <validate> of a complete configuration sent inline (<source><config>).
    static Result<QByteArray> validateContent(const QString &messageId, const QString &configXml);
    static QByteArray commit(const QString &messageId);
    // <commit><confirmed/>: rolled back by the server unless confirmed within
    // `timeoutSeconds`; with `persistId`, the confirmation may come from another session.
    static QByteArray confirmedCommit(const QString &messageId, int timeoutSeconds, const QString &persistId);
    // The confirming <commit>, naming the persist id when the confirmed commit had one.
    static QByteArray confirmingCommit(const QString &messageId, const QString &persistId);
    static QByteArray cancelCommit(const QString &messageId, const QString &persistId);
    static QByteArray discardChanges(const QString &messageId);
    // <get-config>, with a subtree filter when `subtreeFilterXml` is not empty.
    static Result<QByteArray> getConfig(const QString &messageId, Datastore source, const QString &subtreeFilterXml);
    static QByteArray closeSession(const QString &messageId);

private:
    static QByteArray rpc(const QString &messageId, const std::function<void(QXmlStreamWriter &)> &operation);
    // Writes the well-formed fragment `xml` into `writer`, or returns why it is not well-formed.
    static Status copyFragment(const QString &xml, QXmlStreamWriter &writer);
};

} // namespace vpnwb
