// A push to a PE reached over NETCONF: the demo's ber1-pe1 played by the
// lab's yuma123 netconfd, which holds the L3NM (RFC 9182). The device gets
// its part of the design's L3NM through its candidate datastore and a
// confirmed commit; the datastore is read before and after through a NETCONF
// session of the test's own.
#include "netconfconfig.h"
#include "netconfrpc.h"
#include "netconfsession.h"
#include "ownlab.h"
#include "pushworkspace.h"
#include "routerlab.h"
#include "sshsession.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>

#include <functional>
#include <optional>

using namespace vpnwb;
using namespace vpnwb::test;

namespace {

QString text(const ProcessResult &r)
{
    return QString::fromUtf8(r.out + "\n--- stderr ---\n" + r.err);
}

int closedPort()
{
    QTcpServer server;
    EXPECT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    return server.serverPort();
}

const QString kL3nmModule = QStringLiteral("ietf-l3vpn-ntw@2022-02-14.yang");

} // namespace

// A lab of its own (one FRR PE and the netconfd), so that the shared lab's
// netconfd keeps only what its own tests put there.
class PushNetconf : public LabTest
{
protected:
    static void SetUpTestSuite()
    {
        if (!QFile::exists(QDir(sharedYangDir()).filePath(kL3nmModule)))
            return;
        s_lab = OwnLab::up(1, 0, QStringLiteral("netconf"));
        if (!s_lab)
            return;
        EXPECT_FALSE(s_lab->upOutput().contains("netconfd holds no L3NM")) << s_lab->upOutput().constData();
    }

    static void TearDownTestSuite() { s_lab.reset(); }

    void SetUp() override
    {
        LabTest::SetUp();
        if (IsSkipped())
            return;
        if (!QFile::exists(QDir(sharedYangDir()).filePath(kL3nmModule)))
            GTEST_SKIP() << "the YANG folder " << sharedYangDir().toStdString() << " lacks " << kL3nmModule.toStdString()
                         << " (set VPNWB_YANG_DIR): the lab's netconfd cannot hold L3NM data";
        ASSERT_NE(s_lab, nullptr);
        m_ws = std::make_unique<PushWorkspace>(
            QList<QStringList>{{QStringLiteral("provider-settings"), QStringLiteral("provider-as"), QStringLiteral("65000")}});
        const QString credential = s_lab->inventory().find(QStringLiteral("nc1"))->credential;
        const ProcessResult r = m_ws->run({QStringLiteral("vault"), QStringLiteral("set"), credential},
                                          readFile(s_lab->dir() + QStringLiteral("/password")).trimmed());
        ASSERT_EQ(r.exitCode, 0) << text(r).toStdString();
        m_inventory = m_ws->writeInventory(QStringLiteral("netconf.json"), s_lab->inventory(),
                                           {{QStringLiteral("ber1-pe1"), QStringLiteral("nc1"), QStringLiteral("yuma123")}});
        m_before = running();
        ASSERT_FALSE(m_before.isEmpty());
    }

    // Whatever a test left in the datastore is taken off, so that the next one starts from the same.
    void TearDown() override
    {
        if (!m_before.isEmpty() && !same(running(), m_before)) {
            const auto replaced = call([this](NetconfSession &s) -> Result<QString> {
                auto current = s.getConfig(NetconfSession::Datastore::Running);
                if (!current)
                    return current.error();
                auto held = NetconfConfig::parse(current.value(), QStringLiteral("the running datastore"));
                if (!held)
                    return held.error();
                auto edit = NetconfConfig::restoringEdit(m_before, held.value(), QStringLiteral("the datastore before"));
                if (!edit)
                    return edit.error();
                if (const Status e = s.editConfig(NetconfSession::Datastore::Candidate, edit.value()); !e)
                    return e.error();
                if (const Status c = s.commit(); !c)
                    return c.error();
                return QString();
            });
            EXPECT_TRUE(replaced.has_value());
        }
        LabTest::TearDown();
    }

    // The running datastore as text, one element per line ("ne-id ber1-pe1"): prefixes aside.
    static QString runningText()
    {
        auto c = NetconfConfig::parse(running(), QStringLiteral("the running datastore"));
        EXPECT_TRUE(c.ok());
        return c.ok() ? c->toText() : QString();
    }

    // The netconfd's running datastore, read through a session of the test's own.
    static QString running() { return call([](NetconfSession &s) { return s.getConfig(NetconfSession::Datastore::Running); }).value_or(QString()); }

    // Runs `f` on a NETCONF session of the test's own to the lab's netconfd.
    static std::optional<QString> call(const std::function<Result<QString>(NetconfSession &)> &f)
    {
        const Device *d = s_lab->inventory().find(QStringLiteral("nc1"));
        SshEndpoint e = SshEndpoint::forDevice(*d, s_lab->dir() + QStringLiteral("/known_hosts"));
        e.readTimeoutMs = 15000;
        SshSession ssh(e);
        const Status connected = ssh.connect(SshCredentials::withKeyFile(s_lab->dir() + QStringLiteral("/id_ed25519")));
        EXPECT_TRUE(connected.ok()) << connected.error().message.toStdString();
        if (!connected)
            return std::nullopt;
        auto session = NetconfSession::start(ssh);
        EXPECT_TRUE(session.ok()) << session.error().message.toStdString();
        if (!session)
            return std::nullopt;
        auto result = f(*session.value());
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        if (!result.ok())
            return std::nullopt;
        return result.value();
    }

    static Status commitDirectly(const QString &configXml)
    {
        auto done = call([&](NetconfSession &s) -> Result<QString> {
            if (const Status e = s.editConfig(NetconfSession::Datastore::Candidate, configXml); !e)
                return e.error();
            if (const Status c = s.commit(); !c)
                return c.error();
            return QString();
        });
        return done ? Status::success() : Status(Error::io(QStringLiteral("the direct commit failed")));
    }

    static bool same(const QString &a, const QString &b)
    {
        auto ca = NetconfConfig::parse(a, QStringLiteral("a"));
        auto cb = NetconfConfig::parse(b, QStringLiteral("b"));
        return ca.ok() && cb.ok() && NetconfConfig::same(ca.value(), cb.value());
    }

    ProcessResult push(const QStringList &extra, const QString &inventory = {}) const
    {
        return m_ws->run(QStringList{QStringLiteral("push"), QStringLiteral("1"), QStringLiteral("--inventory"),
                                     inventory.isEmpty() ? m_inventory : inventory,
                                     QStringLiteral("--accept-new-host-keys")} +
                             extra,
                         {}, 180'000);
    }

    static QString jobId(const ProcessResult &r)
    {
        return QRegularExpression(QStringLiteral("Job (\\d+) \\(")).match(QString::fromUtf8(r.out)).captured(1);
    }

    static inline std::unique_ptr<OwnLab> s_lab;
    std::unique_ptr<PushWorkspace> m_ws;
    QString m_inventory;
    QString m_before;
};

TEST_F(PushNetconf, DryRunShowsTheL3nmToAddAndChangesNothing)
{
    const ProcessResult r = push({QStringLiteral("--dry-run")});
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    // All of ber1-pe1's part is to add: the lab's datastore holds no L3NM yet.
    EXPECT_TRUE(r.out.contains("1 to add, 0 to change")) << r.out.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("\\+ +vpn-node-id ber1-pe1/E1-")).match(QString::fromUtf8(r.out)).hasMatch())
        << r.out.toStdString();
    EXPECT_FALSE(r.out.contains("vpn-node-id fra1-pe1/")) << r.out.toStdString();
    EXPECT_TRUE(same(running(), m_before)) << running().toStdString();
}

TEST_F(PushNetconf, CommitIsConfirmedThenDriftIsSeenAndRollbackRestoresTheDatastore)
{
    ProcessResult r = push({});
    ASSERT_EQ(r.exitCode, 0) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("ber1-pe1  changed")) << r.out.toStdString();
    const QString job = jobId(r);
    ASSERT_FALSE(job.isEmpty());

    // The datastore holds ber1-pe1's VPN nodes with their VRFs' RDs and RTs, and no other PE's.
    const QString after = runningText();
    EXPECT_TRUE(after.contains(QStringLiteral(" ne-id ber1-pe1\n"))) << after.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral(" rd 0:65000:\\d+\n")).match(after).hasMatch()) << after.toStdString();
    EXPECT_TRUE(after.contains(QStringLiteral(" route-target 0:65000:"))) << after.toStdString();
    EXPECT_FALSE(after.contains(QStringLiteral(" ne-id fra1-pe1\n")));

    // It was a confirmed commit, and it was confirmed: no commit waits under its persist id any more.
    r = m_ws->run({QStringLiteral("job"), job, QStringLiteral("--configs")});
    ASSERT_EQ(r.exitCode, 0) << text(r).toStdString();
    const QString persistId =
        QRegularExpression(QStringLiteral("committing, confirmed \\(persist id ([0-9a-f-]+)\\)")).match(QString::fromUtf8(r.out)).captured(1);
    ASSERT_FALSE(persistId.isEmpty()) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("confirmed: the change stays on the device")) << r.out.toStdString();
    std::optional<QString> refused;
    call([&](NetconfSession &s) -> Result<QString> {
        const Status cancel = s.cancelCommit(persistId);
        refused = cancel ? QString() : cancel.error().message;
        return QString();
    });
    ASSERT_TRUE(refused.has_value());
    EXPECT_FALSE(refused->isEmpty()) << "a commit still waited for its confirmation under " << persistId.toStdString();
    EXPECT_TRUE(runningText().contains(QStringLiteral(" ne-id ber1-pe1\n")));

    // No drift; then a change made directly on the device is reported.
    r = m_ws->run({QStringLiteral("drift"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("0 drifted")) << r.out.toStdString();
    const QString nodeId = QRegularExpression(QStringLiteral(" vpn-node-id (ber1-pe1/\\S+)\n")).match(after).captured(1);
    const QString vpnId = QRegularExpression(QStringLiteral(" vpn-id (\\S+)\n")).match(after).captured(1);
    ASSERT_FALSE(nodeId.isEmpty() || vpnId.isEmpty()) << after.toStdString();
    ASSERT_TRUE(commitDirectly(QStringLiteral("<l3vpn-ntw xmlns=\"urn:ietf:params:xml:ns:yang:ietf-l3vpn-ntw\">"
                                              "<vpn-services><vpn-service><vpn-id>%1</vpn-id><vpn-nodes><vpn-node>"
                                              "<vpn-node-id>%2</vpn-node-id><description>out of band</description>"
                                              "</vpn-node></vpn-nodes></vpn-service></vpn-services></l3vpn-ntw>")
                                   .arg(vpnId, nodeId))
                    .ok());
    r = m_ws->run({QStringLiteral("drift"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("ber1-pe1") && r.out.contains("DRIFTED")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("description out of band")) << r.out.toStdString();

    // The rollback puts back what the device held before the job, the hand-made change included.
    r = m_ws->run({QStringLiteral("rollback"), job}, {}, 180'000);
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    EXPECT_TRUE(same(running(), m_before)) << running().toStdString();
}

TEST_F(PushNetconf, AFailureOnAnotherDeviceCancelsTheConfirmedCommit)
{
    // The FRR PE's port is closed: the push fails there, and ber1-pe1's confirmed commit is cancelled.
    QString inventory = m_ws->writeInventory(QStringLiteral("closed.json"), s_lab->inventory(),
                                             {{QStringLiteral("ber1-pe1"), QStringLiteral("nc1"), QStringLiteral("yuma123")},
                                              {QStringLiteral("fra1-pe1"), QStringLiteral("pe1"), QStringLiteral("frr")}});
    QByteArray json = readFile(inventory);
    json.replace(QByteArray::number(s_lab->inventory().find(QStringLiteral("pe1"))->port), QByteArray::number(closedPort()));
    writeFile(inventory, json);
    const ProcessResult r = push({QStringLiteral("--parallel"), QStringLiteral("2")}, inventory);
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("fra1-pe1  failed")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("ber1-pe1  rolled-back")) << r.out.toStdString();
    const QString job = jobId(r);
    const ProcessResult detail = m_ws->run({QStringLiteral("job"), job});
    EXPECT_TRUE(detail.out.contains("cancelling the confirmed commit")) << detail.out.toStdString();
    EXPECT_TRUE(same(running(), m_before)) << running().toStdString();
}

TEST_F(PushNetconf, ACeReachedOverNetconfIsRefusedNamingIt)
{
    const QString inventory = m_ws->writeInventory(QStringLiteral("ce.json"), s_lab->inventory(),
                                                   {{QStringLiteral("dc-fra-ce"), QStringLiteral("nc1"), QStringLiteral("yuma123")}});
    QByteArray json = readFile(inventory);
    json.replace("\"role\": \"pe\"", "\"role\": \"ce\"");
    writeFile(inventory, json);
    const ProcessResult r = push({}, inventory);
    EXPECT_NE(r.exitCode, 0) << text(r).toStdString();
    EXPECT_TRUE(r.err.contains("is a CE reached over NETCONF")) << text(r).toStdString();
    EXPECT_TRUE(same(running(), m_before));
}
