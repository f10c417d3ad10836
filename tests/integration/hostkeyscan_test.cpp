// The host-key scan the provisioning console runs before a push, against the
// router lab: an unknown key is reported (with its fingerprint) for the user
// to judge and nothing is recorded; a key the user accepted is recorded and
// trusted from then on; a changed key is reported as one to refuse.
#include "devicejobcontext.h"
#include "hostkeyscan.h"
#include "routerlab.h"

#include <QFile>
#include <QTemporaryDir>

using namespace vpnwb;
using namespace vpnwb::test;

namespace {

class HostKeyScanTest : public LabTest
{
protected:
    // Runs a scan of pe1 with `policy` against `knownHosts`; its log lines in `log`.
    static HostKeyCheck scan(const QString &knownHosts, SshEndpoint::HostKeyPolicy policy, Status *status,
                             QStringList *log)
    {
        SshEndpoint endpoint = lab().endpoint(QStringLiteral("pe1"));
        endpoint.knownHostsFile = knownHosts;
        endpoint.hostKeyPolicy = policy;
        HostKeyScan scan(endpoint, lab().passwordCredentials());
        DeviceJobContext context(
            QStringLiteral("pe1"), std::stop_token{}, [log](const QString &line) { log->append(line); },
            [](int) {});
        *status = scan.run(context);
        return scan.hostKey();
    }

    static QString labFingerprint()
    {
        const ProcessResult r = runProgram(QStringLiteral("ssh-keygen"),
                                           {QStringLiteral("-l"), QStringLiteral("-E"),
                                            QStringLiteral("sha256"), QStringLiteral("-f"),
                                            lab().dir() + QStringLiteral("/sshd/ssh_host_ed25519_key.pub")});
        return QString::fromUtf8(r.out).section(QLatin1Char(' '), 1, 1);
    }
};

TEST_F(HostKeyScanTest, UnknownKeyIsAskedAcceptedKeyIsRecordedAndThenTrusted)
{
    QTemporaryDir dir;
    const QString knownHosts = dir.filePath(QStringLiteral("ws.vpnwb.known_hosts")); // none yet
    Status status;
    QStringList log;

    const HostKeyCheck unknown = scan(knownHosts, SshEndpoint::HostKeyPolicy::Strict, &status, &log);
    EXPECT_TRUE(status.ok()) << status.error().message.toStdString(); // a refused key is the scan's finding
    EXPECT_EQ(unknown.verdict, HostKeyCheck::Verdict::Unknown);
    EXPECT_EQ(HostKeyScan::actionFor(unknown.verdict), HostKeyScan::Action::Ask);
    EXPECT_EQ(unknown.keyType, QStringLiteral("ssh-ed25519"));
    EXPECT_EQ(unknown.fingerprintSha256, labFingerprint());
    EXPECT_FALSE(QFile::exists(knownHosts)) << "an unknown key must not be recorded before it is accepted";

    const HostKeyCheck accepted = scan(knownHosts, SshEndpoint::HostKeyPolicy::AcceptNew, &status, &log);
    EXPECT_TRUE(status.ok()) << status.error().message.toStdString();
    EXPECT_EQ(accepted.verdict, HostKeyCheck::Verdict::AcceptedNew);
    EXPECT_TRUE(readFile(knownHosts).contains("ssh-ed25519"));

    const HostKeyCheck trusted = scan(knownHosts, SshEndpoint::HostKeyPolicy::Strict, &status, &log);
    EXPECT_TRUE(status.ok());
    EXPECT_EQ(trusted.verdict, HostKeyCheck::Verdict::Trusted);
    EXPECT_EQ(HostKeyScan::actionFor(trusted.verdict), HostKeyScan::Action::Proceed);
    EXPECT_TRUE(log.join(QLatin1Char('\n')).contains(labFingerprint()));
}

TEST_F(HostKeyScanTest, ChangedKeyIsToBeRefused)
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other_ed25519"));
    runProgram(QStringLiteral("ssh-keygen"),
               {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                QString(), QStringLiteral("-f"), other});
    const QString keyLine =
        QString::fromUtf8(readFile(other + QStringLiteral(".pub"))).section(QLatin1Char(' '), 0, 1);
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    const Device *pe1 = lab().inventory().find(QStringLiteral("pe1"));
    ASSERT_NE(pe1, nullptr);
    writeFile(knownHosts, (pe1->knownHostsName() + QLatin1Char(' ') + keyLine + QLatin1Char('\n')).toUtf8());

    Status status;
    QStringList log;
    // Even a scan that may record new keys reports a changed one, and records nothing.
    const HostKeyCheck changed = scan(knownHosts, SshEndpoint::HostKeyPolicy::AcceptNew, &status, &log);
    EXPECT_EQ(changed.verdict, HostKeyCheck::Verdict::Changed);
    EXPECT_EQ(HostKeyScan::actionFor(changed.verdict), HostKeyScan::Action::Refuse);
    EXPECT_EQ(changed.fingerprintSha256, labFingerprint());
    EXPECT_EQ(readFile(knownHosts).count('\n'), 1);
    EXPECT_TRUE(log.join(QLatin1Char('\n')).contains(QLatin1String("CHANGED")))
        << log.join(QLatin1Char('\n')).toStdString();
}

} // namespace
