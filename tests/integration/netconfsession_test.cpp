// NETCONF over the "netconf" SSH subsystem, against yuma123 netconfd in the router lab.
#include "netconfsession.h"
#include "routerlab.h"
#include "sshsession.h"

#include <QElapsedTimer>
#include <QThread>

using namespace vpnwb;
using namespace vpnwb::test;

namespace {

using Datastore = NetconfSession::Datastore;

QString interfaceConfig(const QString &name, const QString &description)
{
    return QStringLiteral("<interfaces xmlns=\"urn:ietf:params:xml:ns:yang:ietf-interfaces\">"
                          "<interface><name>%1</name><description>%2</description>"
                          "<type xmlns:ianaift=\"urn:ietf:params:xml:ns:yang:iana-if-type\">ianaift:ethernetCsmacd</type>"
                          "</interface></interfaces>")
        .arg(name, description);
}

class Netconf : public LabTest
{
protected:
    std::unique_ptr<NetconfSession> open(bool offerBase11 = true)
    {
        auto ssh = std::make_unique<SshSession>(lab().endpoint(QStringLiteral("nc1")));
        const Status connected = ssh->connect(SshCredentials::withKeyFile(lab().identityFile(QStringLiteral("ed25519"))));
        EXPECT_TRUE(connected.ok()) << connected.error().message.toStdString();
        if (!connected)
            return nullptr;
        auto session = NetconfSession::start(*ssh, offerBase11);
        EXPECT_TRUE(session.ok()) << session.error().message.toStdString();
        if (!session)
            return nullptr;
        m_ssh.push_back(std::move(ssh));
        session.value()->setTranscript([](const QString &l) { fprintf(stderr, "%s\n", qPrintable(l.left(600))); });
        return std::move(session.value());
    }

    static bool holds(NetconfSession &session, Datastore datastore, const QString &text)
    {
        const auto config = session.getConfig(datastore);
        EXPECT_TRUE(config.ok()) << config.error().message.toStdString();
        return config.ok() && config->contains(text);
    }

    // SSH sessions outlive the NETCONF sessions opened on them.
    std::vector<std::unique_ptr<SshSession>> m_ssh;
};

} // namespace

TEST_F(Netconf, HelloAnnouncesCandidateAndConfirmedCommitAndChunkedFramingIsUsed)
{
    auto session = open();
    ASSERT_TRUE(session);
    const NetconfHello &hello = session->serverHello();
    EXPECT_TRUE(hello.sessionId().has_value());
    EXPECT_TRUE(hello.has(QStringLiteral("urn:ietf:params:netconf:capability:candidate:1.0")));
    EXPECT_TRUE(hello.has(QStringLiteral("urn:ietf:params:netconf:capability:confirmed-commit:1.1")));
    EXPECT_TRUE(hello.has(QStringLiteral("urn:ietf:params:netconf:capability:rollback-on-error:1.0")));
    EXPECT_TRUE(session->usesChunkedFraming());
    EXPECT_TRUE(session->getConfig(Datastore::Running).ok());
    EXPECT_TRUE(session->close().ok());
}

TEST_F(Netconf, Base10FramingWorksWhenOnlyItIsOffered)
{
    auto session = open(false);
    ASSERT_TRUE(session);
    EXPECT_FALSE(session->usesChunkedFraming());
    EXPECT_TRUE(session->lock(Datastore::Candidate).ok());
    EXPECT_TRUE(session->unlock(Datastore::Candidate).ok());
}

TEST_F(Netconf, EditValidateAndConfirmedCommitThenConfirm)
{
    auto session = open();
    ASSERT_TRUE(session);
    ASSERT_TRUE(session->lock(Datastore::Candidate).ok());
    const Status edited = session->editConfig(Datastore::Candidate, interfaceConfig(QStringLiteral("ge-0/0/1"),
                                                                                    QStringLiteral("to CE site 1")));
    ASSERT_TRUE(edited.ok()) << edited.error().message.toStdString();
    const Status validated = session->validate(Datastore::Candidate);
    ASSERT_TRUE(validated.ok()) << validated.error().message.toStdString();
    const Status committed = session->confirmedCommit(120, QStringLiteral("vpnwb-test-1"));
    ASSERT_TRUE(committed.ok()) << committed.error().message.toStdString();
    EXPECT_TRUE(holds(*session, Datastore::Running, QStringLiteral("to CE site 1")));
    const Status confirmed = session->confirmCommit(QStringLiteral("vpnwb-test-1"));
    ASSERT_TRUE(confirmed.ok()) << confirmed.error().message.toStdString();
    EXPECT_TRUE(session->unlock(Datastore::Candidate).ok());
    // Confirmed: another session sees it, and it stays.
    auto other = open();
    ASSERT_TRUE(other);
    EXPECT_TRUE(holds(*other, Datastore::Running, QStringLiteral("to CE site 1")));
}

TEST_F(Netconf, ConfirmedCommitNotConfirmedInTimeIsRolledBackByTheServer)
{
    auto session = open();
    ASSERT_TRUE(session);
    ASSERT_TRUE(session->lock(Datastore::Candidate).ok());
    ASSERT_TRUE(session->editConfig(Datastore::Candidate, interfaceConfig(QStringLiteral("ge-0/0/2"),
                                                                          QStringLiteral("unconfirmed change")))
                    .ok());
    const Status committed = session->confirmedCommit(2, QStringLiteral("vpnwb-test-2"));
    ASSERT_TRUE(committed.ok()) << committed.error().message.toStdString();
    EXPECT_TRUE(holds(*session, Datastore::Running, QStringLiteral("unconfirmed change")));
    ASSERT_TRUE(session->unlock(Datastore::Candidate).ok());

    // netconfd looks at its confirmed-commit timer only after a second in
    // which no session sent it anything: poll less often than that.
    QElapsedTimer waited;
    waited.start();
    bool rolledBack = false;
    while (!rolledBack && waited.elapsed() < 30'000) {
        QThread::msleep(2500);
        rolledBack = !holds(*session, Datastore::Running, QStringLiteral("unconfirmed change"));
    }
    EXPECT_TRUE(rolledBack) << "netconfd did not roll the unconfirmed commit back";
    EXPECT_GE(waited.elapsed(), 1000) << "rolled back before its timeout";
    // Too late to confirm now.
    EXPECT_FALSE(session->confirmCommit(QStringLiteral("vpnwb-test-2")).ok());
}

TEST_F(Netconf, CancelCommitRollsBackAtOnce)
{
    auto session = open();
    ASSERT_TRUE(session);
    ASSERT_TRUE(session->editConfig(Datastore::Candidate, interfaceConfig(QStringLiteral("ge-0/0/3"),
                                                                          QStringLiteral("cancelled change")))
                    .ok());
    ASSERT_TRUE(session->confirmedCommit(300, QStringLiteral("vpnwb-test-3")).ok());
    EXPECT_TRUE(holds(*session, Datastore::Running, QStringLiteral("cancelled change")));
    // From another session, by the persist id.
    auto other = open();
    ASSERT_TRUE(other);
    const Status cancelled = other->cancelCommit(QStringLiteral("vpnwb-test-3"));
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().message.toStdString();
    EXPECT_FALSE(holds(*other, Datastore::Running, QStringLiteral("cancelled change")));
}

TEST_F(Netconf, DiscardChangesDropsTheCandidate)
{
    auto session = open();
    ASSERT_TRUE(session);
    ASSERT_TRUE(session->editConfig(Datastore::Candidate, interfaceConfig(QStringLiteral("ge-0/0/4"),
                                                                          QStringLiteral("discarded change")))
                    .ok());
    EXPECT_TRUE(holds(*session, Datastore::Candidate, QStringLiteral("discarded change")));
    ASSERT_TRUE(session->discardChanges().ok());
    EXPECT_FALSE(holds(*session, Datastore::Candidate, QStringLiteral("discarded change")));
    EXPECT_FALSE(holds(*session, Datastore::Running, QStringLiteral("discarded change")));
}

TEST_F(Netconf, ServerRefusalsNameTheDeviceAndTheOperation)
{
    auto holder = open();
    auto other = open();
    ASSERT_TRUE(holder && other);
    ASSERT_TRUE(holder->lock(Datastore::Candidate).ok());
    const Status locked = other->lock(Datastore::Candidate);
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().code, Error::Code::Conflict);
    EXPECT_TRUE(locked.error().message.startsWith(QLatin1String("nc1 (127.0.0.1:"))) << locked.error().message.toStdString();
    EXPECT_TRUE(locked.error().message.contains(QLatin1String("refused <lock>: lock-denied"))) << locked.error().message.toStdString();
    EXPECT_TRUE(holder->unlock(Datastore::Candidate).ok());

    const Status bad = holder->editConfig(
        Datastore::Candidate,
        QStringLiteral("<interfaces xmlns=\"urn:ietf:params:xml:ns:yang:ietf-interfaces\"><no-such-leaf>1</no-such-leaf></interfaces>"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QLatin1String("refused <edit-config>"))) << bad.error().message.toStdString();
    EXPECT_TRUE(holder->discardChanges().ok());
}
