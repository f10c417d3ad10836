#pragma once

#include "result.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace vpnwb {

// A NETCONF <hello>: the capabilities a peer announces and, from a server, its session id.
class NetconfHello
{
public:
    static Result<NetconfHello> parse(const QByteArray &xml);
    // The client's hello announcing `capabilities`.
    static QByteArray client(const QStringList &capabilities);

    const QStringList &capabilities() const { return m_capabilities; }
    std::optional<quint32> sessionId() const { return m_sessionId; }
    // Whether `capability` is announced; parameters after '?' are ignored.
    bool has(const QString &capability) const;

    static const QString base10;
    static const QString base11;

private:
    QStringList m_capabilities;
    std::optional<quint32> m_sessionId;
};

} // namespace vpnwb
