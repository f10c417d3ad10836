#pragma once

#include "netconfframer.h"
#include "netconfhello.h"
#include "netconfreply.h"
#include "netconfrpc.h"
#include "result.h"

#include <QString>

#include <functional>
#include <memory>
#include <stop_token>

namespace vpnwb {

class SshChannel;
class SshSession;

// A NETCONF session over the "netconf" SSH subsystem (RFC 6241, RFC 6242):
// the hello exchange, then base:1.1 chunked framing when both sides announce
// it (end-of-message framing otherwise), and one <rpc> at a time. Every
// operation checks that the server announced the capability it needs, and
// an <rpc-error> becomes an Error naming the device, the operation and the
// server's message. Uses the SshSession it was started on (which must
// outlive it), on one thread at a time.
class NetconfSession
{
public:
    using Datastore = NetconfRpc::Datastore;

    ~NetconfSession();
    NetconfSession(const NetconfSession &) = delete;
    NetconfSession &operator=(const NetconfSession &) = delete;

    // Opens the subsystem and exchanges hellos. Without `offerBase11` only
    // base:1.0 is announced, so the session keeps end-of-message framing.
    static Result<std::unique_ptr<NetconfSession>> start(SshSession &ssh, bool offerBase11 = true,
                                                         std::stop_token stop = {});

    const NetconfHello &serverHello() const { return m_serverHello; }
    bool usesChunkedFraming() const { return m_framer.framing() == NetconfFramer::Framing::Chunked; }

    Status lock(Datastore target, std::stop_token stop = {});
    Status unlock(Datastore target, std::stop_token stop = {});
    // Merges `configXml` (the content of <config>, qualified by its YANG
    // module's namespace) into `target`, or with Replace puts it in place of
    // everything `target` holds; with rollback-on-error where announced.
    Status editConfig(Datastore target, const QString &configXml, std::stop_token stop = {},
                      NetconfRpc::DefaultOperation operation = NetconfRpc::DefaultOperation::Merge);
    // Validates `source` without changing it. yuma123 netconfd (2.13) forgets
    // which candidate nodes are pending after a <validate> of <candidate>, and
    // its next <commit> then drops them while answering <ok/>; on that server
    // the candidate's content is validated inline (<source><config>) instead.
    Status validate(Datastore source, std::stop_token stop = {});
    Status commit(std::stop_token stop = {});
    // Commits the candidate; the server rolls it back unless it is confirmed
    // within `timeoutSeconds`. With `persistId`, the commit survives this
    // session and is confirmed or cancelled by that id (confirmed-commit:1.1).
    Status confirmedCommit(int timeoutSeconds, const QString &persistId = {}, std::stop_token stop = {});
    Status confirmCommit(const QString &persistId = {}, std::stop_token stop = {});
    Status cancelCommit(const QString &persistId = {}, std::stop_token stop = {});
    Status discardChanges(std::stop_token stop = {});
    // The content of `source` (optionally through a subtree filter) as XML text.
    Result<QString> getConfig(Datastore source, const QString &subtreeFilterXml = {}, std::stop_token stop = {});
    // Ends the session politely (<close-session>).
    Status close(std::stop_token stop = {});

    // Receives every message sent and received, for a per-device log.
    void setTranscript(std::function<void(const QString &)> sink) { m_transcript = std::move(sink); }

private:
    NetconfSession(SshSession &ssh, std::unique_ptr<SshChannel> channel);

    Status exchangeHellos(bool offerBase11, std::stop_token stop);
    // Reads the next message; `timeoutMs` < 0 waits the endpoint's read timeout.
    Result<QByteArray> readMessage(std::stop_token stop, int timeoutMs = -1);
    bool isYuma() const;
    bool stallsOnFirstRpc() const;
    // Makes sure the server answers <rpc>s before the first real one is sent.
    Status settle(std::stop_token stop);
    Status send(const QByteArray &message, std::stop_token stop);
    // Sends the <rpc> that `build` writes for a fresh message id and waits for its reply.
    Result<NetconfReply> call(const QString &operation, const std::function<Result<QByteArray>(const QString &)> &build,
                              std::stop_token stop);
    Status require(const QString &capability, const QString &operation) const;
    Status requireDatastore(Datastore datastore, const QString &operation) const;
    QString where() const;
    bool validatesCandidateDestructively() const;

    SshSession &m_ssh;
    std::unique_ptr<SshChannel> m_channel;
    NetconfFramer m_framer;
    NetconfHello m_serverHello;
    quint64 m_nextMessageId = 1;
    std::function<void(const QString &)> m_transcript;
};

} // namespace vpnwb
