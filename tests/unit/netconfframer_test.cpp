#include "netconfframer.h"

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

// Feeds `bytes` in pieces of `step` and collects the messages that come out.
QList<QByteArray> deframe(NetconfFramer::Framing framing, const QByteArray &bytes, qsizetype step, QString *error)
{
    NetconfFramer framer;
    framer.setFraming(framing);
    QList<QByteArray> out;
    for (qsizetype i = 0; i < bytes.size(); i += step) {
        framer.append(bytes.mid(i, step));
        for (;;) {
            auto next = framer.next();
            if (!next) {
                *error = next.error().message;
                return out;
            }
            if (!next.value())
                break;
            out.append(*next.value());
        }
    }
    return out;
}

} // namespace

TEST(NetconfFramer, EndOfMessageFramingRoundTripsInAnyPieces)
{
    const QByteArray stream = NetconfFramer::frame(NetconfFramer::Framing::EndOfMessage, "<a/>") +
                              NetconfFramer::frame(NetconfFramer::Framing::EndOfMessage, "<b>]]></b>");
    for (qsizetype step : {1, 3, 7, 1000}) {
        QString error;
        const auto messages = deframe(NetconfFramer::Framing::EndOfMessage, stream, step, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        EXPECT_EQ(messages, (QList<QByteArray>{"<a/>", "<b>]]></b>"})) << step;
    }
}

TEST(NetconfFramer, ChunkedFramingRoundTripsAndJoinsChunks)
{
    // RFC 6242, section 4.2: a message may come in several chunks.
    const QByteArray twoChunks = "\n#4\n<rpc\n#18\n message-id=\"102\"\n\n##\n";
    const QByteArray stream = NetconfFramer::frame(NetconfFramer::Framing::Chunked, "<ok/>") + twoChunks;
    for (qsizetype step : {1, 2, 5, 1000}) {
        QString error;
        const auto messages = deframe(NetconfFramer::Framing::Chunked, stream, step, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        EXPECT_EQ(messages, (QList<QByteArray>{"<ok/>", "<rpc message-id=\"102\"\n"})) << step;
    }
}

TEST(NetconfFramer, BrokenChunkHeadersAreErrors)
{
    for (const QByteArray &bad : {QByteArray("\n#0\n\n##\n"), QByteArray("\n#01\nx\n##\n"), QByteArray("<rpc/>\n##\n"),
                                  QByteArray("\n#x\n"), QByteArray("\n#4294967296\n"), QByteArray("\n##x")}) {
        QString error;
        deframe(NetconfFramer::Framing::Chunked, bad, 1000, &error);
        EXPECT_TRUE(error.contains(QLatin1String("framing is broken"))) << bad.constData() << " -> " << error.toStdString();
    }
}

TEST(NetconfFramer, IncompleteMessagesWait)
{
    NetconfFramer framer;
    framer.setFraming(NetconfFramer::Framing::Chunked);
    framer.append("\n#10\n<ok/>");
    auto next = framer.next();
    ASSERT_TRUE(next.ok());
    EXPECT_FALSE(next.value().has_value());
    framer.append("12345\n##\n");
    next = framer.next();
    ASSERT_TRUE(next.ok() && next.value());
    EXPECT_EQ(*next.value(), QByteArray("<ok/>12345"));
}
