#include "netconfframer.h"

namespace vpnwb {
namespace {

const QByteArray kEndOfMessage = QByteArrayLiteral("]]>]]>");
constexpr quint64 kMaxChunkSize = 4294967295ULL; // RFC 6242, section 4.2

} // namespace

QByteArray NetconfFramer::frame(Framing framing, const QByteArray &message)
{
    if (framing == Framing::EndOfMessage)
        return message + kEndOfMessage;
    // One chunk for the whole message, then the end-of-chunks marker.
    if (message.isEmpty())
        return QByteArrayLiteral("\n##\n");
    return QByteArrayLiteral("\n#") + QByteArray::number(message.size()) + '\n' + message + QByteArrayLiteral("\n##\n");
}

void NetconfFramer::append(const QByteArray &bytes)
{
    m_buffer.append(bytes);
}

Result<std::optional<QByteArray>> NetconfFramer::next()
{
    return m_framing == Framing::EndOfMessage ? nextEndOfMessage() : nextChunked();
}

Result<std::optional<QByteArray>> NetconfFramer::nextEndOfMessage()
{
    const qsizetype end = m_buffer.indexOf(kEndOfMessage);
    if (end < 0) {
        if (m_buffer.size() > maxMessageBytes)
            return Error::io(QStringLiteral("a NETCONF message is larger than %1 MiB").arg(maxMessageBytes >> 20));
        return std::optional<QByteArray>();
    }
    QByteArray message = m_buffer.left(end).trimmed();
    m_buffer.remove(0, end + kEndOfMessage.size());
    return std::optional<QByteArray>(std::move(message));
}

Result<std::optional<QByteArray>> NetconfFramer::nextChunked()
{
    qsizetype pos = 0;
    for (;;) {
        // Each chunk starts with LF '#'; then either '#' LF (end of chunks) or a size and LF.
        if (m_buffer.size() - pos < 4)
            break;
        if (m_buffer[pos] != '\n' || m_buffer[pos + 1] != '#')
            return Error::io(QStringLiteral("NETCONF chunked framing is broken: expected a chunk header, got '%1'")
                                 .arg(QString::fromLatin1(m_buffer.mid(pos, 16).toPercentEncoding(" #<>/=\"?:"))));
        if (m_buffer[pos + 2] == '#') {
            if (m_buffer[pos + 3] != '\n')
                return Error::io(QStringLiteral("NETCONF chunked framing is broken: '\\n##' is not followed by a line feed"));
            m_buffer.remove(0, pos + 4);
            return std::optional<QByteArray>(std::exchange(m_message, QByteArray()));
        }
        const qsizetype lineFeed = m_buffer.indexOf('\n', pos + 2);
        if (lineFeed < 0) {
            if (m_buffer.size() - pos > 12)
                return Error::io(QStringLiteral("NETCONF chunked framing is broken: a chunk size has more than 10 digits"));
            break;
        }
        const QByteArray digits = m_buffer.mid(pos + 2, lineFeed - pos - 2);
        bool ok = !digits.isEmpty() && digits.size() <= 10 && digits[0] >= '1' && digits[0] <= '9';
        for (const char c : digits)
            ok = ok && c >= '0' && c <= '9';
        const quint64 size = ok ? digits.toULongLong(&ok) : 0;
        if (!ok || size < 1 || size > kMaxChunkSize)
            return Error::io(QStringLiteral("NETCONF chunked framing is broken: '%1' is not a chunk size (1..%2)")
                                 .arg(QString::fromLatin1(digits.left(16)))
                                 .arg(kMaxChunkSize));
        if (static_cast<quint64>(m_message.size()) + size > static_cast<quint64>(maxMessageBytes))
            return Error::io(QStringLiteral("a NETCONF message is larger than %1 MiB").arg(maxMessageBytes >> 20));
        const qsizetype dataStart = lineFeed + 1;
        if (static_cast<quint64>(m_buffer.size() - dataStart) < size)
            break;
        m_message.append(m_buffer.constData() + dataStart, static_cast<qsizetype>(size));
        pos = dataStart + static_cast<qsizetype>(size);
    }
    m_buffer.remove(0, pos);
    return std::optional<QByteArray>();
}

} // namespace vpnwb
