#pragma once

#include "result.h"

#include <QByteArray>

#include <optional>

namespace vpnwb {

// NETCONF message framing over SSH (RFC 6242): the end-of-message marker
// "]]>]]>" of base:1.0, used for the hello and with 1.0 peers, and the
// chunked framing of base:1.1. Bytes go in as they arrive; whole messages come out.
class NetconfFramer
{
public:
    enum class Framing { EndOfMessage, Chunked };

    // A message framed for sending.
    static QByteArray frame(Framing framing, const QByteArray &message);

    Framing framing() const { return m_framing; }
    // Switches the framing of what arrives from now on (after the hello exchange).
    void setFraming(Framing framing) { m_framing = framing; }

    void append(const QByteArray &bytes);
    // The next complete message, or nothing while it is still arriving; an
    // Error when the bytes break the framing or a message exceeds maxMessageBytes.
    Result<std::optional<QByteArray>> next();

    static constexpr qsizetype maxMessageBytes = 256 * 1024 * 1024;

private:
    Result<std::optional<QByteArray>> nextEndOfMessage();
    Result<std::optional<QByteArray>> nextChunked();

    Framing m_framing = Framing::EndOfMessage;
    QByteArray m_buffer;
    QByteArray m_message; // chunks of the message being assembled
};

} // namespace vpnwb
