#include "netconfsession.h"

#include "sshchannel.h"
#include "sshsession.h"

#include <algorithm>

namespace vpnwb {
namespace {

const QString kCandidate = QStringLiteral("urn:ietf:params:netconf:capability:candidate:1.0");
const QString kStartup = QStringLiteral("urn:ietf:params:netconf:capability:startup:1.0");
const QString kValidate10 = QStringLiteral("urn:ietf:params:netconf:capability:validate:1.0");
const QString kValidate11 = QStringLiteral("urn:ietf:params:netconf:capability:validate:1.1");
const QString kConfirmed10 = QStringLiteral("urn:ietf:params:netconf:capability:confirmed-commit:1.0");
const QString kConfirmed11 = QStringLiteral("urn:ietf:params:netconf:capability:confirmed-commit:1.1");
const QString kRollbackOnError = QStringLiteral("urn:ietf:params:netconf:capability:rollback-on-error:1.0");
// Announced by yuma and yuma123 netconfd (the module of their extensions).
const QString kYumaNcx = QStringLiteral("http://netconfcentral.org/ns/yuma-ncx");
// How long the first reply of a yuma123 session may take before it is nudged.
constexpr int kSettleMs = 2000;

Result<QByteArray> plain(QByteArray bytes)
{
    return bytes;
}

} // namespace

NetconfSession::NetconfSession(SshSession &ssh, std::unique_ptr<SshChannel> channel)
    : m_ssh(ssh), m_channel(std::move(channel))
{}

NetconfSession::~NetconfSession() = default;

QString NetconfSession::where() const
{
    return m_ssh.endpoint().describe();
}

Result<std::unique_ptr<NetconfSession>> NetconfSession::start(SshSession &ssh, bool offerBase11, std::stop_token stop)
{
    auto channel = ssh.openSubsystem(QStringLiteral("netconf"), stop);
    if (!channel)
        return channel.error();
    std::unique_ptr<NetconfSession> session(new NetconfSession(ssh, std::move(channel.value())));
    if (const Status s = session->exchangeHellos(offerBase11, stop); !s)
        return s.error();
    if (session->stallsOnFirstRpc()) {
        if (const Status s = session->settle(stop); !s)
            return s.error();
    }
    return session;
}

bool NetconfSession::stallsOnFirstRpc() const
{
    return isYuma();
}

Status NetconfSession::settle(std::stop_token stop)
{
    // yuma123 netconfd leaves an <rpc> that reaches it together with the
    // client's hello unanswered until more input comes from that session.
    // A harmless <get-config> (a filter that selects nothing) is sent first;
    // when it is not answered promptly, a second one is the input that makes
    // the server process both. RFC 6241 lets a client send several <rpc>s
    // before the replies come.
    const QString filter = QStringLiteral(
        "<interfaces xmlns=\"urn:ietf:params:xml:ns:yang:ietf-interfaces\"><interface><name>vpnwb-session-probe</name>"
        "</interface></interfaces>");
    auto sendProbe = [&]() -> Result<QString> {
        const QString id = QString::number(m_nextMessageId++);
        const auto rpc = NetconfRpc::getConfig(id, Datastore::Running, filter);
        if (!rpc)
            return rpc.error();
        if (const Status s = send(rpc.value(), stop); !s)
            return s.error();
        return id;
    };
    auto first = sendProbe();
    if (!first)
        return first.error();
    QString awaited = first.value();
    auto message = readMessage(stop, std::min(kSettleMs, m_ssh.endpoint().readTimeoutMs));
    if (!message) {
        if (stop.stop_requested())
            return message.error();
        auto second = sendProbe();
        if (!second)
            return Error::io(QStringLiteral("%1: %2").arg(where(), message.error().message));
        awaited = second.value();
        message = readMessage(stop);
    }
    for (;;) {
        if (!message)
            return message.error();
        const auto reply = NetconfReply::parse(message.value());
        if (!reply)
            return Error::io(QStringLiteral("%1: %2").arg(where(), reply.error().message));
        if (reply->messageId() == awaited)
            return Status::success();
        message = readMessage(stop);
    }
}

Status NetconfSession::send(const QByteArray &message, std::stop_token stop)
{
    if (m_transcript)
        m_transcript(QStringLiteral(">> ") + QString::fromUtf8(message));
    return m_channel->write(NetconfFramer::frame(m_framer.framing(), message), stop);
}

Result<QByteArray> NetconfSession::readMessage(std::stop_token stop, int timeoutMs)
{
    for (;;) {
        auto message = m_framer.next();
        if (!message)
            return Error::io(QStringLiteral("%1: %2").arg(where(), message.error().message));
        if (message.value()) {
            if (m_transcript)
                m_transcript(QStringLiteral("<< ") + QString::fromUtf8(*message.value()));
            return std::move(*message.value());
        }
        const auto bytes = m_channel->read(stop, timeoutMs);
        if (!bytes)
            return bytes.error();
        m_framer.append(bytes.value());
    }
}

Status NetconfSession::exchangeHellos(bool offerBase11, std::stop_token stop)
{
    QStringList ours{NetconfHello::base10};
    if (offerBase11)
        ours.append(NetconfHello::base11);
    // RFC 6242: hellos always use end-of-message framing.
    if (const Status s = send(NetconfHello::client(ours), stop); !s)
        return s;
    const auto message = readMessage(stop);
    if (!message)
        return message.error();
    auto hello = NetconfHello::parse(message.value());
    if (!hello)
        return Error::io(QStringLiteral("%1: %2").arg(where(), hello.error().message));
    if (!hello->sessionId())
        return Error::io(QStringLiteral("%1: the server's NETCONF hello has no session-id").arg(where()));
    m_serverHello = std::move(hello.value());
    if (offerBase11 && m_serverHello.has(NetconfHello::base11))
        m_framer.setFraming(NetconfFramer::Framing::Chunked);
    else if (!m_serverHello.has(NetconfHello::base10))
        return Error::io(QStringLiteral("%1 speaks only NETCONF base:1.1, which was not offered").arg(where()));
    return Status::success();
}

Result<NetconfReply> NetconfSession::call(const QString &operation,
                                          const std::function<Result<QByteArray>(const QString &)> &build,
                                          std::stop_token stop)
{
    const QString id = QString::number(m_nextMessageId++);
    const auto rpc = build(id);
    if (!rpc)
        return Error::invalidInput(QStringLiteral("%1, <%2>: %3").arg(where(), operation, rpc.error().message));
    if (const Status s = send(rpc.value(), stop); !s)
        return s.error();
    for (;;) {
        const auto message = readMessage(stop);
        if (!message)
            return message.error();
        auto reply = NetconfReply::parse(message.value());
        if (!reply)
            return Error::io(QStringLiteral("%1, <%2>: %3").arg(where(), operation, reply.error().message));
        if (reply->isNotification())
            continue;
        if (reply->messageId() != id)
            return Error::io(QStringLiteral("%1 answered message %2 while <%3> (message %4) waited for its reply")
                                 .arg(where(), reply->messageId(), operation, id));
        if (!reply->errors().isEmpty()) {
            QStringList errors;
            for (const NetconfRpcError &e : reply->errors())
                errors.append(e.describe());
            return Error::conflict(
                QStringLiteral("%1 refused <%2>: %3").arg(where(), operation, errors.join(QStringLiteral("; "))));
        }
        return std::move(reply.value());
    }
}

Status NetconfSession::require(const QString &capability, const QString &operation) const
{
    if (m_serverHello.has(capability))
        return Status::success();
    return Error::invalidInput(QStringLiteral("%1 does not announce %2, which <%3> needs")
                                   .arg(where(), capability.section(QLatin1Char(':'), -2), operation));
}

Status NetconfSession::requireDatastore(Datastore datastore, const QString &operation) const
{
    if (datastore == Datastore::Candidate)
        return require(kCandidate, operation);
    if (datastore == Datastore::Startup)
        return require(kStartup, operation);
    return Status::success();
}

Status NetconfSession::lock(Datastore target, std::stop_token stop)
{
    const QString op = QStringLiteral("lock");
    if (const Status s = requireDatastore(target, op); !s)
        return s;
    const auto reply = call(op, [&](const QString &id) { return plain(NetconfRpc::lock(id, target)); }, stop);
    return reply ? Status::success() : Status(reply.error());
}

Status NetconfSession::unlock(Datastore target, std::stop_token stop)
{
    const QString op = QStringLiteral("unlock");
    if (const Status s = requireDatastore(target, op); !s)
        return s;
    const auto reply = call(op, [&](const QString &id) { return plain(NetconfRpc::unlock(id, target)); }, stop);
    return reply ? Status::success() : Status(reply.error());
}

Status NetconfSession::editConfig(Datastore target, const QString &configXml, std::stop_token stop,
                                  NetconfRpc::DefaultOperation operation)
{
    const QString op = QStringLiteral("edit-config");
    if (const Status s = requireDatastore(target, op); !s)
        return s;
    const bool rollback = m_serverHello.has(kRollbackOnError);
    const auto reply =
        call(op, [&](const QString &id) { return NetconfRpc::editConfig(id, target, configXml, rollback, operation); }, stop);
    return reply ? Status::success() : Status(reply.error());
}

Status NetconfSession::validate(Datastore source, std::stop_token stop)
{
    const QString op = QStringLiteral("validate");
    if (!m_serverHello.has(kValidate10) && !m_serverHello.has(kValidate11))
        return require(kValidate11, op);
    if (const Status s = requireDatastore(source, op); !s)
        return s;
    if (source == Datastore::Candidate && validatesCandidateDestructively()) {
        // Same check, on a copy: the candidate's content sent back inline.
        const auto content = getConfig(Datastore::Candidate, {}, stop);
        if (!content)
            return content.error();
        const auto reply = call(op, [&](const QString &id) { return NetconfRpc::validateContent(id, content.value()); },
                                stop);
        return reply ? Status::success() : Status(reply.error());
    }
    const auto reply = call(op, [&](const QString &id) { return plain(NetconfRpc::validate(id, source)); }, stop);
    return reply ? Status::success() : Status(reply.error());
}

bool NetconfSession::validatesCandidateDestructively() const
{
    return isYuma();
}

bool NetconfSession::isYuma() const
{
    for (const QString &capability : m_serverHello.capabilities()) {
        if (capability.startsWith(kYumaNcx))
            return true;
    }
    return false;
}

Status NetconfSession::commit(std::stop_token stop)
{
    const QString op = QStringLiteral("commit");
    if (const Status s = require(kCandidate, op); !s)
        return s;
    const auto reply = call(op, [&](const QString &id) { return plain(NetconfRpc::commit(id)); }, stop);
    return reply ? Status::success() : Status(reply.error());
}

Status NetconfSession::confirmedCommit(int timeoutSeconds, const QString &persistId, std::stop_token stop)
{
    const QString op = QStringLiteral("commit confirmed");
    if (const Status s = require(kCandidate, op); !s)
        return s;
    if (timeoutSeconds < 1)
        return Error::invalidInput(QStringLiteral("a confirmed commit on %1 needs a timeout of at least 1 s").arg(where()));
    if (!persistId.isEmpty()) {
        if (const Status s = require(kConfirmed11, op); !s)
            return s;
    } else if (!m_serverHello.has(kConfirmed10) && !m_serverHello.has(kConfirmed11)) {
        return require(kConfirmed11, op);
    }
    const auto reply = call(
        op, [&](const QString &id) { return plain(NetconfRpc::confirmedCommit(id, timeoutSeconds, persistId)); }, stop);
    return reply ? Status::success() : Status(reply.error());
}

Status NetconfSession::confirmCommit(const QString &persistId, std::stop_token stop)
{
    const QString op = QStringLiteral("commit");
    if (const Status s = require(kCandidate, op); !s)
        return s;
    if (!persistId.isEmpty()) {
        if (const Status s = require(kConfirmed11, op); !s)
            return s;
    }
    const auto reply = call(op, [&](const QString &id) { return plain(NetconfRpc::confirmingCommit(id, persistId)); },
                            stop);
    return reply ? Status::success() : Status(reply.error());
}

Status NetconfSession::cancelCommit(const QString &persistId, std::stop_token stop)
{
    const QString op = QStringLiteral("cancel-commit");
    if (const Status s = require(kConfirmed11, op); !s)
        return s;
    const auto reply = call(op, [&](const QString &id) { return plain(NetconfRpc::cancelCommit(id, persistId)); }, stop);
    return reply ? Status::success() : Status(reply.error());
}

Status NetconfSession::discardChanges(std::stop_token stop)
{
    const QString op = QStringLiteral("discard-changes");
    if (const Status s = require(kCandidate, op); !s)
        return s;
    const auto reply = call(op, [&](const QString &id) { return plain(NetconfRpc::discardChanges(id)); }, stop);
    return reply ? Status::success() : Status(reply.error());
}

Result<QString> NetconfSession::getConfig(Datastore source, const QString &subtreeFilterXml, std::stop_token stop)
{
    const QString op = QStringLiteral("get-config");
    if (const Status s = requireDatastore(source, op); !s)
        return s.error();
    auto reply =
        call(op, [&](const QString &id) { return NetconfRpc::getConfig(id, source, subtreeFilterXml); }, stop);
    if (!reply)
        return reply.error();
    return reply->data();
}

Status NetconfSession::close(std::stop_token stop)
{
    const auto reply =
        call(QStringLiteral("close-session"), [&](const QString &id) { return plain(NetconfRpc::closeSession(id)); }, stop);
    return reply ? Status::success() : Status(reply.error());
}

} // namespace vpnwb
