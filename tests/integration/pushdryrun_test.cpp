// `vpnwb push ENGAGEMENT --inventory FILE --dry-run`: the built vpnwb plans
// the demo engagement's devices found in an inventory, reads them from the
// router lab and prints each one's diff, changing nothing.
#include "pushworkspace.h"
#include "routerlab.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

using namespace vpnwb;
using namespace vpnwb::test;

namespace {

QString text(const ProcessResult &r)
{
    return QString::fromUtf8(r.out + "\n--- stderr ---\n" + r.err);
}

} // namespace

TEST(PushCli, AMissingInventoryIsNamedAndNothingIsSent)
{
    const ProcessResult r = runCli({QStringLiteral("push"), QStringLiteral("1"),
                                    QStringLiteral("--inventory"), QStringLiteral("no-such-inventory.json")});
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.err.contains("no-such-inventory.json")) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
}

TEST(PushCli, PlanErrorsNameTheDeviceAndContactNothing)
{
    PushWorkspace ws;
    const QStringList push{QStringLiteral("push"), QStringLiteral("1"), QStringLiteral("--dry-run"),
                           QStringLiteral("--inventory")};
    // A device of the design listed with another vendor than the design renders for it.
    Device device;
    device.name = QStringLiteral("lab-router");
    device.role = Device::Role::Pe;
    device.managementAddress = QStringLiteral("127.0.0.1");
    device.port = 9; // discard: nothing may connect anyway
    device.transport = Device::Transport::SshCli;
    device.vendor = QStringLiteral("frr");
    device.username = QStringLiteral("ops");
    device.credential = QStringLiteral("core-routers");
    const DeviceInventory source({device});
    QString inventory = ws.writeInventory(
        QStringLiteral("wrong-vendor.json"), source,
        {{QStringLiteral("ams1-pe1"), QStringLiteral("lab-router"), QStringLiteral("junos")}});
    ProcessResult r = ws.run(push + QStringList{inventory});
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.err.contains("device ams1-pe1 is 'junos' there, but the design renders it for 'iosxr'"))
        << r.err.toStdString();

    // A CE of the design listed as a PE.
    inventory = ws.writeInventory(
        QStringLiteral("wrong-role.json"), source,
        {{QStringLiteral("st-par01-ce"), QStringLiteral("lab-router"), QStringLiteral("iosxe")}});
    r = ws.run(push + QStringList{inventory});
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.err.contains("device st-par01-ce is a pe there, but the design makes it a ce")) << r.err.toStdString();

    // A credential the vault does not hold.
    inventory = ws.writeInventory(
        QStringLiteral("no-secret.json"), source,
        {{QStringLiteral("par1-pe1"), QStringLiteral("lab-router"), QStringLiteral("frr")}});
    r = ws.run(push + QStringList{inventory});
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.err.contains("device par1-pe1: its credential 'core-routers' is not in the vault"))
        << r.err.toStdString();

    // A Junos PE cannot be restored by the workbench: a push refuses to change it, naming it; nothing is contacted.
    inventory = ws.writeInventory(
        QStringLiteral("junos.json"), source,
        {{QStringLiteral("vie1-pe1"), QStringLiteral("lab-router"), QStringLiteral("junos")}});
    r = ws.run({QStringLiteral("push"), QStringLiteral("1"), QStringLiteral("--inventory"), inventory});
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.err.contains("the workbench cannot restore vie1-pe1 (junos) to its saved configuration"))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("nothing was sent")) << r.err.toStdString();

    // No device of the design in the inventory.
    inventory = ws.writeInventory(
        QStringLiteral("unrelated.json"), source,
        {{QStringLiteral("elsewhere-pe9"), QStringLiteral("lab-router"), QStringLiteral("frr")}});
    r = ws.run(push + QStringList{inventory});
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.err.contains("none of the ") && r.err.contains(" devices of the design of "))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("elsewhere-pe9")) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(ws.knownHosts()));
}

class PushDryRun : public LabTest
{
};

TEST_F(PushDryRun, ShowsEachDevicesDiffPesFirstRefusesUnknownHostKeysAndChangesNothing)
{
    const QStringList routers{QStringLiteral("pe1"), QStringLiteral("pe2"), QStringLiteral("ce1")};
    QStringList before;
    for (const QString &router : routers)
        before.append(lab().runningConfig(router));

    PushWorkspace ws;
    const QByteArray password = readFile(lab().dir() + QStringLiteral("/password")).trimmed();
    ASSERT_FALSE(password.isEmpty());
    const QString credential = lab().inventory().find(QStringLiteral("pe1"))->credential;
    ProcessResult r = ws.run({QStringLiteral("vault"), QStringLiteral("set"), credential}, password);
    ASSERT_EQ(r.exitCode, 0) << text(r).toStdString();
    // The CE first in the file: the plan puts the PEs first all the same. The
    // demo's CEs are IOS-XE devices; the lab's CE is FRR, so its IOS-XE
    // session fails, and that failure is reported for that device only.
    const QString all =
        ws.writeInventory(QStringLiteral("lab.json"), lab().inventory(),
                          {{QStringLiteral("st-par01-ce"), QStringLiteral("ce1"), QStringLiteral("iosxe")},
                           {QStringLiteral("par1-pe1"), QStringLiteral("pe1"), QStringLiteral("frr")},
                           {QStringLiteral("fra1-pe1"), QStringLiteral("pe2"), QStringLiteral("frr")}});
    const QStringList push{QStringLiteral("push"),       QStringLiteral("1"), QStringLiteral("--dry-run"),
                           QStringLiteral("--parallel"), QStringLiteral("2"), QStringLiteral("--inventory")};

    // Host keys nobody accepted yet: every device refused, with its fingerprint, nothing recorded.
    r = ws.run(push + QStringList{all});
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_EQ(r.out.count("is not known: it offered ssh-ed25519 SHA256:"), 3) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("--accept-new-host-keys")) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains("the dry-run failed on 3 of 3 device(s)")) << r.err.toStdString();
    EXPECT_TRUE(readFile(ws.knownHosts()).trimmed().isEmpty());

    // Accepted: the PEs' differences, PEs before the CE.
    r = ws.run(push + QStringList{all, QStringLiteral("--accept-new-host-keys")});
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    const QString out = QString::fromUtf8(r.out);
    const qsizetype planFra = out.indexOf(QLatin1String("1. fra1-pe1  pe  frr  127.0.0.1:"));
    const qsizetype planPar = out.indexOf(QLatin1String("2. par1-pe1  pe  frr  127.0.0.1:"));
    const qsizetype planCe = out.indexOf(QLatin1String("3. st-par01-ce  ce  iosxe  127.0.0.1:"));
    EXPECT_TRUE(planFra >= 0 && planFra < planPar && planPar < planCe) << out.toStdString();
    EXPECT_TRUE(out.contains(QLatin1String("not in the inventory, left out: "))) << out.toStdString();
    const qsizetype fra = out.indexOf(QLatin1String("== fra1-pe1 (pe, frr, ssh-cli, 127.0.0.1:"));
    const qsizetype par = out.indexOf(QLatin1String("== par1-pe1 (pe, frr, ssh-cli, 127.0.0.1:"));
    const qsizetype ce = out.indexOf(QLatin1String("== st-par01-ce (ce, iosxe, ssh-cli, 127.0.0.1:"));
    ASSERT_TRUE(fra >= 0 && fra < par && par < ce) << out.toStdString();
    const QString fraSection = out.mid(fra, par - fra);
    const QString parSection = out.mid(par, ce - par);
    // What the design adds (its VRFs); what only the lab router runs is left as it is (a push merges).
    EXPECT_TRUE(fraSection.contains(QLatin1String("   + vrf E1-CORP-HUB\n"))) << fraSection.toStdString();
    EXPECT_FALSE(fraSection.contains(QLatin1String("hostname pe2"))) << fraSection.toStdString();
    EXPECT_TRUE(fraSection.contains(QLatin1String(" statement(s) only on the device are left as they are")))
        << fraSection.toStdString();
    EXPECT_TRUE(parSection.contains(QLatin1String("   + vrf E1-CORP-SPOKE\n"))) << parSection.toStdString();
    EXPECT_FALSE(parSection.contains(QLatin1String("\n   - "))) << parSection.toStdString();
    EXPECT_TRUE(parSection.contains(QLatin1String(" to add, "))) << parSection.toStdString();
    EXPECT_TRUE(out.mid(ce).contains(QLatin1String("FAILED: cannot turn paging off on st-par01-ce")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(
        QLatin1String("Dry-run: 3 device(s), 2 with differences, 1 failed; nothing was changed")))
        << out.toStdString();
    EXPECT_TRUE(r.err.contains("the dry-run failed on 1 of 3 device(s)")) << r.err.toStdString();
    EXPECT_EQ(readFile(ws.knownHosts()).count('\n'), 3);

    // The keys are known now; the PEs alone succeed, one at a time as well.
    const QString pes =
        ws.writeInventory(QStringLiteral("pes.json"), lab().inventory(),
                          {{QStringLiteral("par1-pe1"), QStringLiteral("pe1"), QStringLiteral("frr")},
                           {QStringLiteral("fra1-pe1"), QStringLiteral("pe2"), QStringLiteral("frr")}});
    r = ws.run({QStringLiteral("push"), QStringLiteral("1"), QStringLiteral("--dry-run"),
                QStringLiteral("--parallel"), QStringLiteral("1"), QStringLiteral("--inventory"), pes});
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("Dry-run: 2 device(s), 2 with differences, 0 failed")) << r.out.toStdString();
    // The same differences as with two at once.
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(fraSection)) << r.out.toStdString();

    // The same, machine-readable: each device's diff entry by entry.
    r = ws.run({QStringLiteral("--json"), QStringLiteral("push"), QStringLiteral("1"),
                QStringLiteral("--dry-run"), QStringLiteral("--inventory"), pes});
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    const QJsonArray jsonDevices = json.value(QStringLiteral("devices")).toArray();
    ASSERT_EQ(jsonDevices.size(), 2) << r.out.toStdString();
    const QJsonObject fraJson = jsonDevices.at(0).toObject();
    EXPECT_EQ(fraJson.value(QStringLiteral("name")).toString(), QStringLiteral("fra1-pe1"));
    EXPECT_EQ(fraJson.value(QStringLiteral("role")).toString(), QStringLiteral("pe"));
    EXPECT_EQ(fraJson.value(QStringLiteral("outcome")).toString(), QStringLiteral("different"));
    bool addsVrf = false;
    bool removesAnything = false;
    for (const QJsonValue &entry : fraJson.value(QStringLiteral("diff")).toArray()) {
        const QJsonObject e = entry.toObject();
        addsVrf |= e.value(QStringLiteral("change")).toString() == QLatin1String("added") &&
                   e.value(QStringLiteral("text")).toString() == QLatin1String("vrf E1-CORP-HUB");
        removesAnything |= e.value(QStringLiteral("change")).toString() == QLatin1String("removed");
    }
    EXPECT_TRUE(addsVrf) << r.out.toStdString();
    EXPECT_FALSE(removesAnything) << r.out.toStdString();
    EXPECT_GT(fraJson.value(QStringLiteral("leftAsIs")).toInt(), 0) << r.out.toStdString();
    EXPECT_EQ(json.value(QStringLiteral("failed")).toInt(-1), 0);

    // The secret never appears on the console.
    EXPECT_FALSE(r.out.contains(password) || r.err.contains(password));

    // Nothing was changed on any router.
    for (qsizetype i = 0; i < routers.size(); ++i)
        EXPECT_EQ(lab().runningConfig(routers[i]), before[i]) << routers[i].toStdString();
}

TEST_F(PushDryRun, ChangedHostKeyAndWrongPasswordAreRefusedNamingTheDevice)
{
    PushWorkspace ws;
    const QString credential = lab().inventory().find(QStringLiteral("pe1"))->credential;
    ProcessResult r = ws.run({QStringLiteral("vault"), QStringLiteral("set"), credential},
                             readFile(lab().dir() + QStringLiteral("/password")).trimmed());
    ASSERT_EQ(r.exitCode, 0) << text(r).toStdString();
    const QString pes =
        ws.writeInventory(QStringLiteral("pes.json"), lab().inventory(),
                          {{QStringLiteral("par1-pe1"), QStringLiteral("pe1"), QStringLiteral("frr")},
                           {QStringLiteral("fra1-pe1"), QStringLiteral("pe2"), QStringLiteral("frr")}});
    const QStringList push{QStringLiteral("push"), QStringLiteral("1"), QStringLiteral("--dry-run"),
                           QStringLiteral("--inventory"), pes};
    r = ws.run(push + QStringList{QStringLiteral("--accept-new-host-keys")});
    ASSERT_EQ(r.exitCode, 0) << text(r).toStdString();

    // par1-pe1's recorded key replaced by another ed25519 key: refused even
    // with --accept-new-host-keys; fra1-pe1 is still read.
    const QString otherKey = ws.filePath(QStringLiteral("other_key"));
    ASSERT_EQ(runProgram(QStringLiteral("ssh-keygen"),
                         {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                          QStringLiteral("-N"), QString(), QStringLiteral("-f"), otherKey})
                  .exitCode,
              0);
    const QByteArray otherBlob = readFile(otherKey + QStringLiteral(".pub")).split(' ').value(1);
    ASSERT_FALSE(otherBlob.isEmpty());
    const QByteArray pe1Host =
        QStringLiteral("[127.0.0.1]:%1 ").arg(lab().inventory().find(QStringLiteral("pe1"))->port).toUtf8();
    QList<QByteArray> lines = readFile(ws.knownHosts()).split('\n');
    int replaced = 0;
    for (QByteArray &line : lines) {
        if (line.startsWith(pe1Host)) {
            line = pe1Host + "ssh-ed25519 " + otherBlob;
            ++replaced;
        }
    }
    ASSERT_EQ(replaced, 1) << readFile(ws.knownHosts()).toStdString();
    const QByteArray tampered = lines.join('\n');
    writeFile(ws.knownHosts(), tampered);
    r = ws.run(push + QStringList{QStringLiteral("--accept-new-host-keys")});
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("== par1-pe1 (pe, frr, ssh-cli, 127.0.0.1:")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("FAILED: refused par1-pe1 (127.0.0.1:")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("its host key has CHANGED")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Dry-run: 2 device(s), 1 with differences, 1 failed")) << r.out.toStdString();
    EXPECT_EQ(readFile(ws.knownHosts()), tampered); // not "accepted" over the recorded key

    // A wrong password in the vault: refused, naming the device.
    r = ws.run({QStringLiteral("vault"), QStringLiteral("set"), credential}, "not-the-lab-password");
    ASSERT_EQ(r.exitCode, 0) << text(r).toStdString();
    const QString fraOnly =
        ws.writeInventory(QStringLiteral("fra.json"), lab().inventory(),
                          {{QStringLiteral("fra1-pe1"), QStringLiteral("pe2"), QStringLiteral("frr")}});
    r = ws.run({QStringLiteral("push"), QStringLiteral("1"), QStringLiteral("--dry-run"),
                QStringLiteral("--inventory"), fraOnly});
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("== fra1-pe1 (pe, frr, ssh-cli, 127.0.0.1:")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("FAILED: fra1-pe1 (127.0.0.1:")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(
        QStringLiteral("refused the login of user '%1' with vault secret '%2': authentication failed")
            .arg(lab().inventory().find(QStringLiteral("pe2"))->username, credential)
            .toUtf8()))
        << r.out.toStdString();
    EXPECT_FALSE(r.out.contains("not-the-lab-password") || r.err.contains("not-the-lab-password"));
}

// Logins with the lab's key file and through an ssh-agent holding it: the
// vault is not opened (vpnwb runs without the vault passphrase), and a
// missing agent is reported naming the device.
TEST_F(PushDryRun, KeyFileAndAgentLoginsNeedNoVaultSecret)
{
    PushWorkspace ws; // its vault holds no secret
    const QString inventory =
        ws.writeInventory(QStringLiteral("keys.json"), lab().inventory(),
                          {{QStringLiteral("par1-pe1"), QStringLiteral("pe1"), QStringLiteral("frr")},
                           {QStringLiteral("fra1-pe1"), QStringLiteral("pe2"), QStringLiteral("frr")}});
    QJsonObject root = QJsonDocument::fromJson(readFile(inventory)).object();
    QJsonArray devices = root.value(QStringLiteral("devices")).toArray();
    for (qsizetype i = 0; i < devices.size(); ++i) {
        QJsonObject d = devices[i].toObject();
        d.remove(QStringLiteral("credential"));
        if (d.value(QStringLiteral("name")) == QStringLiteral("par1-pe1")) {
            d.insert(QStringLiteral("auth"), QStringLiteral("key"));
            d.insert(QStringLiteral("identityFile"), lab().identityFile(QStringLiteral("ed25519")));
        } else {
            d.insert(QStringLiteral("auth"), QStringLiteral("agent"));
        }
        devices[i] = d;
    }
    root.insert(QStringLiteral("devices"), devices);
    writeFile(inventory, QJsonDocument(root).toJson());

    const QStringList push{QStringLiteral("--db"), ws.filePath(QStringLiteral("ws.vpnwb")), QStringLiteral("push"),
                           QStringLiteral("1"), QStringLiteral("--dry-run"), QStringLiteral("--inventory"), inventory,
                           QStringLiteral("--accept-new-host-keys")};
    const QByteArray agentSocketBefore = qgetenv("SSH_AUTH_SOCK");
    const QByteArray passphraseBefore = qgetenv("VPNWB_VAULT_PASSPHRASE");
    qunsetenv("VPNWB_VAULT_PASSPHRASE");

    // No agent: the key-file device is read; the agent's device fails, named.
    qunsetenv("SSH_AUTH_SOCK");
    ProcessResult r = runCli(push);
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("== par1-pe1 (pe, frr, ssh-cli, 127.0.0.1:")) << r.out.toStdString();
    EXPECT_FALSE(QRegularExpression(QStringLiteral("== par1-pe1 \\([^)]*\\): FAILED")).match(QString::fromUtf8(r.out)).hasMatch())
        << r.out.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("== fra1-pe1 \\([^)]*\\): FAILED: [^\\n]*fra1-pe1[^\\n]*agent"))
                    .match(QString::fromUtf8(r.out))
                    .hasMatch())
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Dry-run: 2 device(s), 1 with differences, 1 failed")) << r.out.toStdString();
    EXPECT_FALSE(r.err.contains("passphrase")) << r.err.toStdString();

    // An agent holding the lab's key: both are read.
    QTemporaryDir agentDir;
    const QString socket = agentDir.filePath(QStringLiteral("agent.sock"));
    QProcess agent;
    agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
    ASSERT_TRUE(agent.waitForStarted());
    for (int i = 0; i < 100 && !QFileInfo::exists(socket); ++i)
        QThread::msleep(50);
    qputenv("SSH_AUTH_SOCK", socket.toLocal8Bit());
    const ProcessResult added =
        runProgram(QStringLiteral("ssh-add"), {QStringLiteral("-q"), lab().identityFile(QStringLiteral("ed25519"))});
    EXPECT_EQ(added.exitCode, 0) << text(added).toStdString();
    r = runCli(push);
    agent.kill();
    agent.waitForFinished();
    if (agentSocketBefore.isNull())
        qunsetenv("SSH_AUTH_SOCK");
    else
        qputenv("SSH_AUTH_SOCK", agentSocketBefore);
    if (!passphraseBefore.isNull())
        qputenv("VPNWB_VAULT_PASSPHRASE", passphraseBefore);
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("Dry-run: 2 device(s), 2 with differences, 0 failed")) << r.out.toStdString();
}
