// SSH transport against the router lab: logins and host-key verification.
#include "clisession.h"
#include "clivendorprofile.h"
#include "routerlab.h"
#include "sshchannel.h"
#include "sshsession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

using namespace vpnwb;
using namespace vpnwb::test;

namespace {

class SshTransport : public LabTest
{
protected:
    // Logs in to pe1 with `credentials` and reads its running configuration through the CLI.
    static Result<QString> showRunningConfig(SshSession &session, const SshCredentials &credentials)
    {
        if (const Status s = session.connect(credentials); !s)
            return s.error();
        auto cli = CliSession::start(session, *CliVendorProfile::forVendor(QStringLiteral("frr")));
        if (!cli)
            return cli.error();
        return cli.value()->run(QStringLiteral("show running-config"));
    }

    static QString fingerprintOfLabHostKey(const QString &dir)
    {
        const ProcessResult r = runProgram(QStringLiteral("ssh-keygen"),
                                           {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                                            QStringLiteral("-f"), dir + QStringLiteral("/sshd/ssh_host_ed25519_key.pub")});
        return QString::fromUtf8(r.out).section(QLatin1Char(' '), 1, 1);
    }

    // A known_hosts file that records `keyLine` ("TYPE BASE64") for pe1.
    static QString knownHostsWith(const QTemporaryDir &dir, const QString &keyLine)
    {
        const QString path = dir.filePath(QStringLiteral("known_hosts"));
        const Device *pe1 = lab().inventory().find(QStringLiteral("pe1"));
        writeFile(path, (pe1->knownHostsName() + QLatin1Char(' ') + keyLine + QLatin1Char('\n')).toUtf8());
        return path;
    }

    // What sshd logged after its first `skip` lines, once it has logged the end
    // of a connection (waiting at most 10 s for it).
    static QStringList sshdLogOfOneConnection(qsizetype skip)
    {
        QElapsedTimer waited;
        waited.start();
        static const QRegularExpression opened(QStringLiteral("Connection from 127\\.0\\.0\\.1 port (\\d+) "));
        for (;;) {
            const QStringList lines = lab().sshdLog().mid(skip);
            QString port;
            for (const QString &line : lines) {
                if (const auto m = opened.match(line); m.hasMatch())
                    port = QStringLiteral(" port ") + m.captured(1);
                else if (!port.isEmpty() && line.contains(port) &&
                         (line.contains(QLatin1String("Connection closed by")) ||
                          line.contains(QLatin1String("Disconnected from")) ||
                          line.contains(QLatin1String("Connection reset by"))))
                    return lines;
            }
            if (waited.elapsed() > 10'000)
                return lines;
            QThread::msleep(50);
        }
    }

    // Checks that sshd saw a connection that never tried to log in.
    static void expectConnectionWithoutLogin(const QStringList &lines)
    {
        bool connected = false;
        for (const QString &line : lines) {
            connected = connected || line.contains(QLatin1String("Connection from 127.0.0.1"));
            EXPECT_FALSE(line.contains(QLatin1String("password")) || line.contains(QLatin1String("Accepted")) ||
                         line.contains(QLatin1String("publickey")) || line.contains(QLatin1String("Failed")))
                << line.toStdString();
        }
        EXPECT_TRUE(connected) << "sshd did not log the connection: " << lines.join(QLatin1Char('\n')).toStdString();
    }

    static QString freshKeyLine(const QTemporaryDir &dir, const QString &type)
    {
        const QString key = dir.filePath(QStringLiteral("other_") + type);
        runProgram(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"),
                                                 QString(), QStringLiteral("-f"), key});
        return QString::fromUtf8(readFile(key + QStringLiteral(".pub"))).section(QLatin1Char(' '), 0, 1);
    }
};

} // namespace

TEST_F(SshTransport, PasswordLoginReadsTheRunningConfiguration)
{
    SshSession session(lab().endpoint(QStringLiteral("pe1")));
    const auto config = showRunningConfig(session, lab().passwordCredentials());
    ASSERT_TRUE(config.ok()) << config.error().message.toStdString();
    EXPECT_TRUE(config->contains(QLatin1String("hostname pe1"))) << config->toStdString();
    EXPECT_TRUE(config->contains(QLatin1String("router bgp 65000")));
    EXPECT_TRUE(config->contains(QLatin1String("address-family ipv4 vpn")));
    EXPECT_FALSE(config->contains(QLatin1String("show running-config"))) << "the echo is part of the output";
    EXPECT_FALSE(config->contains(QLatin1String("pe1#"))) << "the prompt is part of the output";
    EXPECT_EQ(session.hostKey().verdict, HostKeyCheck::Verdict::Trusted);
}

TEST_F(SshTransport, Ed25519AndRsaKeysLogIn)
{
    for (const QString &type : {QStringLiteral("ed25519"), QStringLiteral("rsa")}) {
        SshSession session(lab().endpoint(QStringLiteral("pe2")));
        const auto config = showRunningConfig(session, SshCredentials::withKeyFile(lab().identityFile(type)));
        ASSERT_TRUE(config.ok()) << type.toStdString() << ": " << config.error().message.toStdString();
        EXPECT_TRUE(config->contains(QLatin1String("hostname pe2"))) << type.toStdString();
    }
}

TEST_F(SshTransport, AgentKeysLogIn)
{
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("agent.sock"));
    QProcess agent;
    agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    ASSERT_TRUE(agent.waitForStarted());
    for (int i = 0; i < 100 && !QFile::exists(socket); ++i)
        QThread::msleep(20);
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
    add.setProcessEnvironment(env);
    add.start(QStringLiteral("ssh-add"), {lab().identityFile(QStringLiteral("ed25519"))});
    ASSERT_TRUE(add.waitForFinished());
    ASSERT_EQ(add.exitCode(), 0) << add.readAllStandardError().toStdString();

    SshSession session(lab().endpoint(QStringLiteral("ce1")));
    const auto config = showRunningConfig(session, SshCredentials::withAgent(socket));
    agent.terminate();
    agent.waitForFinished();
    ASSERT_TRUE(config.ok()) << config.error().message.toStdString();
    EXPECT_TRUE(config->contains(QLatin1String("hostname ce1")));
}

TEST_F(SshTransport, WrongPasswordIsRefusedNamingTheDevice)
{
    SshSession session(lab().endpoint(QStringLiteral("pe1")));
    const Status s = session.connect(SshCredentials::withPassword(Secret::fromUtf8(QStringLiteral("Wrong-Pass-123")),
                                                                  QStringLiteral("vault secret 'lab-x'")));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::InvalidInput);
    const QString message = s.error().message;
    EXPECT_TRUE(message.startsWith(QLatin1String("pe1 (127.0.0.1:"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QLatin1String("authentication failed"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QLatin1String("vault secret 'lab-x'"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QLatin1String("Wrong-Pass-123")));
    EXPECT_FALSE(session.isConnected());
}

TEST_F(SshTransport, UnknownHostKeyIsRefusedWithItsFingerprintUnlessAccepted)
{
    QTemporaryDir dir;
    SshEndpoint endpoint = lab().endpoint(QStringLiteral("pe1"));
    endpoint.knownHostsFile = dir.filePath(QStringLiteral("known_hosts")); // does not exist yet
    const QString fingerprint = fingerprintOfLabHostKey(lab().dir());
    ASSERT_TRUE(fingerprint.startsWith(QLatin1String("SHA256:"))) << fingerprint.toStdString();

    const qsizetype logBefore = lab().sshdLog().size();
    SshSession refused(endpoint);
    const Status s = refused.connect(lab().passwordCredentials());
    ASSERT_FALSE(s.ok());
    // Refused before the password was offered.
    expectConnectionWithoutLogin(sshdLogOfOneConnection(logBefore));
    EXPECT_EQ(s.error().code, Error::Code::NotFound);
    EXPECT_TRUE(s.error().message.contains(fingerprint)) << s.error().message.toStdString();
    EXPECT_TRUE(s.error().message.contains(QLatin1String("pe1"))) << s.error().message.toStdString();
    EXPECT_EQ(refused.hostKey().verdict, HostKeyCheck::Verdict::Unknown);
    EXPECT_EQ(refused.hostKey().fingerprintSha256, fingerprint);
    EXPECT_EQ(refused.hostKey().keyType, QStringLiteral("ssh-ed25519"));
    EXPECT_FALSE(QFile::exists(endpoint.knownHostsFile)) << "a refused key must not be recorded";

    endpoint.hostKeyPolicy = SshEndpoint::HostKeyPolicy::AcceptNew;
    SshSession accepting(endpoint);
    ASSERT_TRUE(accepting.connect(lab().passwordCredentials()).ok());
    EXPECT_EQ(accepting.hostKey().verdict, HostKeyCheck::Verdict::AcceptedNew);
    EXPECT_TRUE(readFile(endpoint.knownHostsFile).contains("ssh-ed25519"));

    endpoint.hostKeyPolicy = SshEndpoint::HostKeyPolicy::Strict;
    SshSession trusting(endpoint);
    ASSERT_TRUE(trusting.connect(lab().passwordCredentials()).ok());
    EXPECT_EQ(trusting.hostKey().verdict, HostKeyCheck::Verdict::Trusted);
}

TEST_F(SshTransport, ChangedHostKeyIsRefusedAndNothingIsSent)
{
    QTemporaryDir dir;
    SshEndpoint endpoint = lab().endpoint(QStringLiteral("pe1"));
    endpoint.knownHostsFile = knownHostsWith(dir, freshKeyLine(dir, QStringLiteral("ed25519")));
    // Accepting new keys must not let a changed one through.
    endpoint.hostKeyPolicy = SshEndpoint::HostKeyPolicy::AcceptNew;
    const QString configBefore = lab().runningConfig(QStringLiteral("pe1"));
    const QStringList logBefore = lab().sshdLog();

    SshSession session(endpoint);
    const Status s = session.connect(lab().passwordCredentials());
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Conflict);
    EXPECT_TRUE(s.error().message.contains(QLatin1String("CHANGED"))) << s.error().message.toStdString();
    EXPECT_TRUE(s.error().message.contains(QLatin1String("nothing was sent")));
    EXPECT_TRUE(s.error().message.contains(fingerprintOfLabHostKey(lab().dir())));
    EXPECT_EQ(session.hostKey().verdict, HostKeyCheck::Verdict::Changed);
    EXPECT_FALSE(session.openShell().ok());

    EXPECT_EQ(lab().runningConfig(QStringLiteral("pe1")), configBefore);
    expectConnectionWithoutLogin(sshdLogOfOneConnection(logBefore.size()));
    EXPECT_EQ(readFile(endpoint.knownHostsFile).count('\n'), 1) << "the changed key must not be recorded";
}

TEST_F(SshTransport, HostKeyOfAnotherTypeIsRefused)
{
    QTemporaryDir dir;
    SshEndpoint endpoint = lab().endpoint(QStringLiteral("pe1"));
    endpoint.knownHostsFile = knownHostsWith(dir, freshKeyLine(dir, QStringLiteral("rsa")));
    endpoint.hostKeyPolicy = SshEndpoint::HostKeyPolicy::AcceptNew;
    const qsizetype logBefore = lab().sshdLog().size();
    SshSession session(endpoint);
    const Status s = session.connect(lab().passwordCredentials());
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Conflict);
    EXPECT_TRUE(s.error().message.contains(QLatin1String("another type"))) << s.error().message.toStdString();
    EXPECT_EQ(session.hostKey().verdict, HostKeyCheck::Verdict::OtherType);
    expectConnectionWithoutLogin(sshdLogOfOneConnection(logBefore));
}

TEST_F(SshTransport, ClosedPortIsAnErrorNamingTheDevice)
{
    SshEndpoint endpoint = lab().endpoint(QStringLiteral("pe1"));
    endpoint.port = 1; // nothing listens there
    SshSession session(endpoint);
    const Status s = session.connect(lab().passwordCredentials());
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Io);
    EXPECT_TRUE(s.error().message.startsWith(QLatin1String("cannot connect to pe1 (127.0.0.1:1)")))
        << s.error().message.toStdString();
}
