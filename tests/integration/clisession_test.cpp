// The interactive CLI channel against FRR's vtysh in the router lab.
#include "clisession.h"
#include "clivendorprofile.h"
#include "routerlab.h"
#include "sshsession.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

using namespace vpnwb;
using namespace vpnwb::test;

namespace {

class CliChannel : public LabTest
{
protected:
    void openCli(const QString &device)
    {
        m_session = std::make_unique<SshSession>(lab().endpoint(device));
        const Status connected = m_session->connect(lab().passwordCredentials());
        ASSERT_TRUE(connected.ok()) << connected.error().message.toStdString();
        auto cli = CliSession::start(*m_session, *CliVendorProfile::forVendor(QStringLiteral("frr")));
        ASSERT_TRUE(cli.ok()) << cli.error().message.toStdString();
        m_cli = std::move(cli.value());
        m_cli->setTranscript([this](const QString &line) { m_transcript.append(line); });
    }

    std::unique_ptr<SshSession> m_session;
    std::unique_ptr<CliSession> m_cli;
    QStringList m_transcript;
};

} // namespace

TEST_F(CliChannel, PromptGivesTheRouterNameAndCommandsReturnTheirOutput)
{
    openCli(QStringLiteral("ce2"));
    EXPECT_EQ(m_cli->promptHost(), QStringLiteral("ce2"));
    const auto version = m_cli->run(QStringLiteral("show version"));
    ASSERT_TRUE(version.ok()) << version.error().message.toStdString();
    EXPECT_TRUE(version->startsWith(QLatin1String("FRRouting "))) << version->toStdString();
    const auto interfaces = m_cli->run(QStringLiteral("show interface brief"));
    ASSERT_TRUE(interfaces.ok()) << interfaces.error().message.toStdString();
    EXPECT_TRUE(interfaces->contains(QLatin1String("to-pe2"))) << interfaces->toStdString();
    EXPECT_TRUE(m_transcript.contains(QStringLiteral("ce2# show version")));
}

TEST_F(CliChannel, UnknownCommandIsAnErrorQuotingTheDevice)
{
    openCli(QStringLiteral("pe1"));
    const auto r = m_cli->run(QStringLiteral("show nonsense"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.startsWith(QLatin1String("pe1 (127.0.0.1:"))) << r.error().message.toStdString();
    EXPECT_TRUE(r.error().message.contains(QLatin1String("'show nonsense'")));
    EXPECT_TRUE(r.error().message.contains(QLatin1String("% Unknown command"))) << r.error().message.toStdString();
    // The session goes on.
    EXPECT_TRUE(m_cli->run(QStringLiteral("show version")).ok());
}

TEST_F(CliChannel, ConfigurationLinesAreApplied)
{
    openCli(QStringLiteral("pe2"));
    const Status s = m_cli->configure({QStringLiteral("! set by the transport test"), QStringLiteral("interface lo"),
                                       QStringLiteral(" description loopback set over ssh"), QStringLiteral("exit")});
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_TRUE(lab().runningConfig(QStringLiteral("pe2")).contains(QLatin1String("description loopback set over ssh")));
}

TEST_F(CliChannel, LineThatVtyshRejectsIsReportedWithTheLine)
{
    openCli(QStringLiteral("pe1"));
    const Status s = m_cli->configure({QStringLiteral("interface lo"), QStringLiteral(" description before the error"),
                                       QStringLiteral(" bogus statement 42"), QStringLiteral(" description never sent")});
    ASSERT_FALSE(s.ok());
    const std::string message = s.error().message.toStdString();
    EXPECT_TRUE(s.error().message.startsWith(QLatin1String("pe1 (127.0.0.1:"))) << message;
    EXPECT_TRUE(s.error().message.contains(QLatin1String("line 3 'bogus statement 42'"))) << message;
    EXPECT_TRUE(s.error().message.contains(QLatin1String("% Unknown command"))) << message;
    EXPECT_TRUE(s.error().message.contains(QLatin1String("the 2 lines before it had taken effect"))) << message;
    const QString config = lab().runningConfig(QStringLiteral("pe1"));
    EXPECT_TRUE(config.contains(QLatin1String("description before the error")));
    EXPECT_FALSE(config.contains(QLatin1String("description never sent")));
    // Configuration mode was left: an exec command works again.
    const auto after = m_cli->run(QStringLiteral("show version"));
    EXPECT_TRUE(after.ok()) << after.error().message.toStdString();
}

TEST_F(CliChannel, CommandWithALineBreakIsRefusedBeforeSending)
{
    openCli(QStringLiteral("pe1"));
    const auto r = m_cli->run(QStringLiteral("show version\nconfigure terminal"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::InvalidInput);
    EXPECT_FALSE(m_cli->configure({QStringLiteral("hostname x\nhostname y")}).ok());
    EXPECT_FALSE(lab().runningConfig(QStringLiteral("pe1")).contains(QLatin1String("hostname x")));
}

TEST_F(CliChannel, PesFormAVpnv4IbgpSession)
{
    openCli(QStringLiteral("pe1"));
    QString state;
    QElapsedTimer waited;
    waited.start();
    // The lab retries connections every 5 s; the session is up within a few of them.
    while (waited.elapsed() < 40'000) {
        const auto summary = m_cli->run(QStringLiteral("show bgp ipv4 vpn summary json"));
        ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
        const QJsonObject peers = QJsonDocument::fromJson(summary->toUtf8()).object().value(QStringLiteral("peers")).toObject();
        state = peers.value(QStringLiteral("10.255.0.2")).toObject().value(QStringLiteral("state")).toString();
        if (state == QLatin1String("Established"))
            break;
        QThread::msleep(500);
    }
    EXPECT_EQ(state, QStringLiteral("Established"));
}
