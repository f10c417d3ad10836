// `vpnwb push` committing, `vpnwb jobs`, `vpnwb drift` and `vpnwb rollback`
// against a router lab of two FRR PEs that play the demo's fra1-pe1 and
// par1-pe1: real vtysh behind a real sshd, compared before and after with
// vtysh directly (not through the transport under test).
#include "ownlab.h"
#include "pushworkspace.h"
#include "routerlab.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>

#include <csignal>
#include <sys/types.h>

using namespace vpnwb;
using namespace vpnwb::test;

namespace {

QString text(const ProcessResult &r)
{
    return QString::fromUtf8(r.out + "\n--- stderr ---\n" + r.err);
}

// The PoP catalog's loopback of a PE: the source of its VPNv4 sessions.
QString catalogLoopback(const QString &pe)
{
    const QByteArray catalog = readFile(QDir(sourceDir()).filePath(QStringLiteral("resources/catalog/pop-catalog.json")));
    const QRegularExpression re(QStringLiteral("\"name\": \"%1\"[^}]*\"loopback\": \"([0-9.]+)\"").arg(pe));
    return re.match(QString::fromUtf8(catalog)).captured(1);
}

int closedPort()
{
    QTcpServer server;
    EXPECT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    return server.serverPort();
}

} // namespace

// A lab of its own (two PEs, no CE), so that the shared lab's routers stay as
// the other tests expect them. The demo is designed with the lab's AS.
class PushCommit : public LabTest
{
protected:
    static void SetUpTestSuite()
    {
        s_lab = OwnLab::up(2, 0, QStringLiteral("commit"));
        if (!s_lab)
            return;
        // The design's PE loopbacks reach each other across the lab's core.
        s_fraLoopback = catalogLoopback(QStringLiteral("fra1-pe1"));
        s_parLoopback = catalogLoopback(QStringLiteral("par1-pe1"));
        ASSERT_FALSE(s_fraLoopback.isEmpty() || s_parLoopback.isEmpty());
        vtysh(QStringLiteral("pe1"), {QStringLiteral("configure terminal"),
                                      QStringLiteral("ip route %1/32 10.0.0.2").arg(s_parLoopback)});
        vtysh(QStringLiteral("pe2"), {QStringLiteral("configure terminal"),
                                      QStringLiteral("ip route %1/32 10.0.0.1").arg(s_fraLoopback)});
    }

    static void TearDownTestSuite() { s_lab.reset(); }

    void SetUp() override
    {
        LabTest::SetUp();
        if (IsSkipped())
            return;
        ASSERT_NE(s_lab, nullptr);
        m_ws = std::make_unique<PushWorkspace>(
            QList<QStringList>{{QStringLiteral("provider-settings"), QStringLiteral("provider-as"), QStringLiteral("65000")}});
        const QString credential = s_lab->inventory().find(QStringLiteral("pe1"))->credential;
        const ProcessResult r = m_ws->run({QStringLiteral("vault"), QStringLiteral("set"), credential},
                                          readFile(s_lab->dir() + QStringLiteral("/password")).trimmed());
        ASSERT_EQ(r.exitCode, 0) << text(r).toStdString();
        m_inventory = m_ws->writeInventory(QStringLiteral("lab.json"), s_lab->inventory(),
                                           {{QStringLiteral("fra1-pe1"), QStringLiteral("pe1"), QStringLiteral("frr")},
                                            {QStringLiteral("par1-pe1"), QStringLiteral("pe2"), QStringLiteral("frr")}});
        m_before = {running(QStringLiteral("pe1")), running(QStringLiteral("pe2"))};
    }

    // vtysh of a router of this lab, directly.
    static QString vtysh(const QString &router, const QStringList &commands)
    {
        QStringList args{QStringLiteral("-N"), QStringLiteral("vpnwb-%1-%2").arg(s_lab->id(), router),
                         QStringLiteral("--config_dir"), s_lab->dir() + QStringLiteral("/vtysh")};
        for (const QString &c : commands)
            args += QStringList{QStringLiteral("-c"), c};
        const ProcessResult r = runProgram(QStringLiteral("vtysh"), args);
        EXPECT_EQ(r.exitCode, 0) << commands.join(QStringLiteral(" / ")).toStdString() << ": " << text(r).toStdString();
        return QString::fromUtf8(r.out);
    }
    static QString running(const QString &router) { return vtysh(router, {QStringLiteral("show running-config")}); }

    ProcessResult push(const QStringList &extra, const QString &inventory = {}) const
    {
        QStringList args{QStringLiteral("push"), QStringLiteral("1"), QStringLiteral("--inventory"),
                         inventory.isEmpty() ? m_inventory : inventory, QStringLiteral("--accept-new-host-keys")};
        if (!extra.contains(QStringLiteral("--parallel")))
            args += QStringList{QStringLiteral("--parallel"), QStringLiteral("2")};
        return m_ws->run(args + extra, {}, 180'000);
    }

    // The id of the job a push or rollback printed.
    static QString jobId(const ProcessResult &r)
    {
        return QRegularExpression(QStringLiteral("Job (\\d+) \\(")).match(QString::fromUtf8(r.out)).captured(1);
    }

    void expectUnchanged(const char *when) const
    {
        EXPECT_EQ(running(QStringLiteral("pe1")), m_before[0]) << when << ": pe1 (fra1-pe1) differs from before";
        EXPECT_EQ(running(QStringLiteral("pe2")), m_before[1]) << when << ": pe2 (par1-pe1) differs from before";
    }

    static inline std::unique_ptr<OwnLab> s_lab;
    static inline QString s_fraLoopback;
    static inline QString s_parLoopback;
    std::unique_ptr<PushWorkspace> m_ws;
    QString m_inventory;
    QStringList m_before;
};

TEST_F(PushCommit, DryRunChangesNothing)
{
    const ProcessResult r = push({QStringLiteral("--dry-run")});
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("nothing was changed on any device")) << r.out.toStdString();
    expectUnchanged("after the dry-run");
    // Kept as a job all the same.
    const ProcessResult jobs = m_ws->run({QStringLiteral("jobs")});
    EXPECT_TRUE(jobs.out.contains("dry-run")) << jobs.out.toStdString();
}

TEST_F(PushCommit, CommitBringsUpVpnv4ThenDriftIsSeenAndRollbackRestoresEverything)
{
    ProcessResult r = push({});
    ASSERT_EQ(r.exitCode, 0) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("changed and verified, BGP sessions Established")) << r.out.toStdString();
    const QString job = jobId(r);
    ASSERT_FALSE(job.isEmpty()) << r.out.toStdString();
    // PEs' states as the push reported them, in order.
    EXPECT_TRUE(r.err.contains("fra1-pe1: pushing") && r.err.contains("par1-pe1: verifying")) << r.err.toStdString();

    // The routers run the VRFs, RDs and RTs, and their VPNv4 session is up.
    const QString fra = running(QStringLiteral("pe1"));
    EXPECT_TRUE(fra.contains(QStringLiteral("router bgp 65000 vrf E1-CORP-HUB\n"))) << fra.toStdString();
    EXPECT_TRUE(fra.contains(QStringLiteral("  rd vpn export 65000:"))) << fra.toStdString();
    EXPECT_TRUE(fra.contains(QStringLiteral("  rt vpn "))) << fra.toStdString();
    const QString par = running(QStringLiteral("pe2"));
    EXPECT_TRUE(par.contains(QStringLiteral("router bgp 65000 vrf E1-CORP-SPOKE\n"))) << par.toStdString();
    const QJsonObject neighbor = QJsonDocument::fromJson(vtysh(QStringLiteral("pe1"),
                                                               {QStringLiteral("show bgp neighbors %1 json").arg(s_parLoopback)})
                                                             .toUtf8())
                                     .object()
                                     .value(s_parLoopback)
                                     .toObject();
    EXPECT_EQ(neighbor.value(QStringLiteral("bgpState")).toString(), QStringLiteral("Established"));

    // The job is kept: who, outcome, and each device's configuration before and after.
    r = m_ws->run({QStringLiteral("jobs"), QStringLiteral("1")});
    EXPECT_TRUE(r.out.contains("commit") && r.out.contains("succeeded")) << r.out.toStdString();
    r = m_ws->run({QStringLiteral("job"), job, QStringLiteral("--configs")});
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("fra1-pe1") && r.out.contains("changed")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("router bgp 65000 vrf E1-CORP-HUB")) << r.out.toStdString();

    // Nothing changed since: no drift.
    r = m_ws->run({QStringLiteral("drift"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("0 drifted")) << r.out.toStdString();
    // A change made directly through vtysh is reported, on that device only.
    vtysh(QStringLiteral("pe2"), {QStringLiteral("configure terminal"), QStringLiteral("route-map OUT-OF-BAND permit 10")});
    r = m_ws->run({QStringLiteral("drift"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("par1-pe1") && r.out.contains("DRIFTED")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("+ route-map OUT-OF-BAND permit 10")) << r.out.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("fra1-pe1 [^\n]*: in sync")).match(QString::fromUtf8(r.out)).hasMatch())
        << r.out.toStdString();

    // Rolling the job back restores what each device ran before it, the hand-made change included.
    r = m_ws->run({QStringLiteral("rollback"), job}, {}, 180'000);
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("restored to the configuration the job saved")) << r.out.toStdString();
    expectUnchanged("after the rollback");

    // The routers' password never reached the workspace, its jobs or their logs.
    const QByteArray password = readFile(s_lab->dir() + QStringLiteral("/password")).trimmed();
    for (const QString &file : QDir(m_ws->filePath(QString())).entryList(QDir::Files))
        EXPECT_FALSE(readFile(m_ws->filePath(file)).contains(password)) << file.toStdString();
}

TEST_F(PushCommit, AKeyFileLoginIsKeptWithTheJobAndUsedAgainByItsRollback)
{
    // Both PEs logged in to with the lab's key file, no vault secret.
    QJsonObject root = QJsonDocument::fromJson(readFile(m_inventory)).object();
    QJsonArray devices = root.value(QStringLiteral("devices")).toArray();
    for (qsizetype i = 0; i < devices.size(); ++i) {
        QJsonObject d = devices[i].toObject();
        d.remove(QStringLiteral("credential"));
        d.insert(QStringLiteral("auth"), QStringLiteral("key"));
        d.insert(QStringLiteral("identityFile"), QString(s_lab->dir() + QStringLiteral("/id_ed25519")));
        devices[i] = d;
    }
    root.insert(QStringLiteral("devices"), devices);
    const QString inventory = m_ws->filePath(QStringLiteral("keys.json"));
    writeFile(inventory, QJsonDocument(root).toJson());
    ProcessResult r = push({}, inventory);
    ASSERT_EQ(r.exitCode, 0) << text(r).toStdString();
    const QString job = jobId(r);
    EXPECT_TRUE(running(QStringLiteral("pe1")).contains(QStringLiteral("router bgp 65000 vrf E1-CORP-HUB\n")));

    r = m_ws->run({QStringLiteral("--json"), QStringLiteral("job"), job});
    const QJsonArray recorded = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("devices")).toArray();
    ASSERT_EQ(recorded.size(), 2) << r.out.toStdString();
    for (const QJsonValue &d : recorded) {
        EXPECT_EQ(d[QStringLiteral("auth")].toString(), QStringLiteral("key")) << r.out.toStdString();
        EXPECT_EQ(d[QStringLiteral("identityFile")].toString(), s_lab->dir() + QStringLiteral("/id_ed25519"));
    }

    // The rollback logs in the same way: it runs without the vault passphrase.
    const QByteArray passphrase = qgetenv("VPNWB_VAULT_PASSPHRASE");
    qunsetenv("VPNWB_VAULT_PASSPHRASE");
    r = runCli({QStringLiteral("--db"), m_ws->filePath(QStringLiteral("ws.vpnwb")), QStringLiteral("rollback"), job});
    if (!passphrase.isNull())
        qputenv("VPNWB_VAULT_PASSPHRASE", passphrase);
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    expectUnchanged("after the rollback of the key-file push");
}

TEST_F(PushCommit, AnUnreachableDeviceMidJobLeavesEveryDeviceAsItWas)
{
    // par1-pe1's port is closed: fra1-pe1 is changed, then restored.
    QString inventory = m_ws->writeInventory(QStringLiteral("closed.json"), s_lab->inventory(),
                                             {{QStringLiteral("fra1-pe1"), QStringLiteral("pe1"), QStringLiteral("frr")},
                                              {QStringLiteral("par1-pe1"), QStringLiteral("pe2"), QStringLiteral("frr")}});
    QByteArray json = readFile(inventory);
    json.replace(QByteArray::number(s_lab->inventory().find(QStringLiteral("pe2"))->port),
                 QByteArray::number(closedPort()));
    writeFile(inventory, json);
    const ProcessResult r = push({QStringLiteral("--parallel"), QStringLiteral("1")}, inventory);
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("fra1-pe1  rolled-back")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("par1-pe1  failed")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("nothing is left changed")) << r.out.toStdString();
    expectUnchanged("after the failed push");
}

TEST_F(PushCommit, ALineVtyshRejectsLeavesEveryDeviceAsItWas)
{
    // par1-pe1 runs the spoke VRF's BGP instance in another AS: the push's
    // "router bgp 65000 vrf E1-CORP-SPOKE" is refused half-way through its change set.
    vtysh(QStringLiteral("pe2"), {QStringLiteral("configure terminal"), QStringLiteral("router bgp 65099 vrf E1-CORP-SPOKE")});
    m_before[1] = running(QStringLiteral("pe2"));
    ASSERT_TRUE(m_before[1].contains(QStringLiteral("router bgp 65099 vrf E1-CORP-SPOKE")));
    const ProcessResult r = push({});
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("par1-pe1  rolled-back: par1-pe1 (127.0.0.1:") &&
                r.out.contains(" rejected configuration line "))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("fra1-pe1  rolled-back")) << r.out.toStdString();
    expectUnchanged("after the rejected line");
    vtysh(QStringLiteral("pe2"), {QStringLiteral("configure terminal"), QStringLiteral("no router bgp 65099 vrf E1-CORP-SPOKE")});
}

TEST_F(PushCommit, AChangeNotVerifiedInTimeIsRestored)
{
    // Without its route to par1-pe1's loopback, fra1-pe1's VPNv4 session cannot come up.
    vtysh(QStringLiteral("pe1"), {QStringLiteral("configure terminal"), QStringLiteral("no ip route %1/32 10.0.0.2").arg(s_parLoopback)});
    m_before[0] = running(QStringLiteral("pe1"));
    const ProcessResult r = push({QStringLiteral("--confirm-timeout"), QStringLiteral("4")});
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("the change was not verified within 4 s")) << r.out.toStdString();
    expectUnchanged("after the confirm time ran out");
    vtysh(QStringLiteral("pe1"), {QStringLiteral("configure terminal"), QStringLiteral("ip route %1/32 10.0.0.2").arg(s_parLoopback)});
}

TEST_F(PushCommit, InterruptingOrKillingAPushRestoresEveryDevice)
{
    // fra1-pe1's VPNv4 session cannot come up, so the push waits for it; then
    // Ctrl-C (SIGINT), or a kill (SIGTERM): each cancels the same way.
    vtysh(QStringLiteral("pe1"), {QStringLiteral("configure terminal"), QStringLiteral("no ip route %1/32 10.0.0.2").arg(s_parLoopback)});
    m_before[0] = running(QStringLiteral("pe1"));
    for (const int signal : {SIGINT, SIGTERM}) {
        SCOPED_TRACE(signal == SIGINT ? "SIGINT" : "SIGTERM");
        QProcess p;
        m_ws->start(p, {QStringLiteral("push"), QStringLiteral("1"), QStringLiteral("--inventory"), m_inventory,
                        QStringLiteral("--accept-new-host-keys")});
        QByteArray err;
        for (int i = 0; i < 600 && !err.contains("waiting for the BGP sessions"); ++i) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
        }
        ASSERT_TRUE(err.contains("waiting for the BGP sessions")) << err.toStdString();
        EXPECT_TRUE(running(QStringLiteral("pe1")).contains(QStringLiteral("router bgp 65000 vrf E1-CORP-HUB")));
        ::kill(pid_t(p.processId()), signal);
        ASSERT_TRUE(p.waitForFinished(60'000));
        err += p.readAllStandardError();
        const QByteArray out = p.readAllStandardOutput();
        EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(p.exitCode(), 1) << out.toStdString() << err.toStdString();
        EXPECT_TRUE(err.contains("interrupted: cancelling")) << err.toStdString();
        EXPECT_TRUE(out.contains("(commit): cancelled")) << out.toStdString();
        expectUnchanged("after the interrupted push");
    }
    vtysh(QStringLiteral("pe1"), {QStringLiteral("configure terminal"), QStringLiteral("ip route %1/32 10.0.0.2").arg(s_parLoopback)});
}

TEST_F(PushCommit, BestEffortKeepsWhatWorkedAndItsJobCanBeRolledBack)
{
    QString inventory = m_ws->writeInventory(QStringLiteral("closed.json"), s_lab->inventory(),
                                             {{QStringLiteral("fra1-pe1"), QStringLiteral("pe1"), QStringLiteral("frr")},
                                              {QStringLiteral("par1-pe1"), QStringLiteral("pe2"), QStringLiteral("frr")}});
    QByteArray json = readFile(inventory);
    json.replace(QByteArray::number(s_lab->inventory().find(QStringLiteral("pe2"))->port), QByteArray::number(closedPort()));
    writeFile(inventory, json);
    ProcessResult r = push({QStringLiteral("--best-effort")}, inventory);
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("fra1-pe1  changed")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("(commit): partial")) << r.out.toStdString();
    EXPECT_TRUE(running(QStringLiteral("pe1")).contains(QStringLiteral("router bgp 65000 vrf E1-CORP-HUB")));
    const QString job = jobId(r);
    r = m_ws->run({QStringLiteral("rollback"), job}, {}, 180'000);
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    expectUnchanged("after rolling back the best-effort job");
}
