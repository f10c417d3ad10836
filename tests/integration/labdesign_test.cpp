// `vpnwb lab up --engagement E`: the router lab built from an engagement's
// design (its FRR PEs and their CEs, named and addressed as in the design,
// without the service), so that `vpnwb push E` lands on it unchanged.
#include "deviceinventoryjson.h"
#include "pushworkspace.h"
#include "routerlab.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <unistd.h>

using namespace vpnwb;
using namespace vpnwb::test;

namespace {

QString text(const ProcessResult &r)
{
    return QString::fromUtf8(r.out + "\n--- stderr ---\n" + r.err);
}

QString stateValue(const QString &dir, const QString &key)
{
    const QString state = QString::fromUtf8(readFile(dir + QStringLiteral("/state")));
    return state.section(key + QLatin1Char('='), 1).section(QLatin1Char('\n'), 0, 0);
}

// A router's `show running-config`, read with vtysh directly: `id` is the
// lab's namespace id of the router (pe1.., ce1.., in inventory order).
QString runningConfig(const QString &dir, const QString &id)
{
    const ProcessResult r = runProgram(
        QStringLiteral("vtysh"),
        {QStringLiteral("-N"), QStringLiteral("vpnwb-%1-%2").arg(stateValue(dir, QStringLiteral("id")), id),
         QStringLiteral("--config_dir"), dir + QStringLiteral("/vtysh"), QStringLiteral("-c"),
         QStringLiteral("show running-config")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QString::fromUtf8(r.out);
}

} // namespace

TEST(LabFromDesign, CpesRenderedForIosXeAreRefusedWithTheWayOutAndNothingStarts)
{
    PushWorkspace ws; // the demo designed with the default cpe-vendor, iosxe
    const QString dir = ws.filePath(QStringLiteral("lab"));
    ProcessResult r = ws.run({QStringLiteral("lab"), QStringLiteral("up"), QStringLiteral("--engagement"),
                              QStringLiteral("1"), QStringLiteral("--dir"), dir});
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(
        r.err.contains("is rendered for 'iosxe', but the lab runs FRR only; run 'vpnwb provider-settings "
                       "cpe-vendor frr', then 'vpnwb design 1'"))
        << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir));

    // The CEs come from the design: --ce does not go with --engagement.
    r = ws.run({QStringLiteral("lab"), QStringLiteral("up"), QStringLiteral("--engagement"),
                QStringLiteral("1"), QStringLiteral("--ce"), QStringLiteral("2"), QStringLiteral("--dir"),
                dir});
    EXPECT_EQ(r.exitCode, 2) << text(r).toStdString();
    EXPECT_TRUE(r.err.contains("--ce is not an option of 'lab up --engagement'")) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir));
}

TEST(LabFromDesign, ABadSpecificationIsRefusedNamingTheFileAndTheFieldAndNothingStarts)
{
    QTemporaryDir parent;
    ASSERT_TRUE(parent.isValid());
    const QString dir = parent.filePath(QStringLiteral("lab"));
    const QString spec = parent.filePath(QStringLiteral("spec.json"));
    // An IOS XE port name: no Linux device can carry it.
    writeFile(spec, R"({"format": "vpnwb-lab-spec", "version": 1, "routers": [
        {"name": "pe1", "role": "pe", "loopback": "192.0.2.1", "ports": [{"name": "ens3f0", "vlans": [100]}]},
        {"name": "site-ce", "role": "ce", "loopback": "", "ports": [{"name": "GigabitEthernet0/0/0", "vlans": [100]}]}],
        "attachments": []})");
    ProcessResult r = RouterLab::runLab(
        {QStringLiteral("up"), QStringLiteral("--spec"), spec, QStringLiteral("--dir"), dir});
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.err.contains(
        QStringLiteral("%1: routers[1].ports[0].name: 'GigabitEthernet0/0/0' is no Linux device "
                       "name the lab can use")
            .arg(spec)
            .toUtf8()))
        << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir));

    // An attachment to a port the router does not have.
    writeFile(spec, R"({"format": "vpnwb-lab-spec", "version": 1, "routers": [
        {"name": "pe1", "role": "pe", "loopback": "192.0.2.1", "ports": [{"name": "ens3f0", "vlans": [100]}]},
        {"name": "site-ce", "role": "ce", "loopback": "", "ports": [{"name": "wan0", "vlans": [100]}]}],
        "attachments": [{"pe": "pe1", "pePort": "ens3f1", "ce": "site-ce", "cePort": "wan0"}]})");
    r = RouterLab::runLab(
        {QStringLiteral("up"), QStringLiteral("--spec"), spec, QStringLiteral("--dir"), dir});
    EXPECT_EQ(r.exitCode, 1) << text(r).toStdString();
    EXPECT_TRUE(r.err.contains("attachments[0].pePort: 'ens3f1' is not a port of pe1"))
        << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir));

    // The specification names the routers: no sizes with it.
    r = RouterLab::runLab({QStringLiteral("up"), QStringLiteral("--spec"), spec, QStringLiteral("--pe"),
                           QStringLiteral("2"), QStringLiteral("--dir"), dir});
    EXPECT_EQ(r.exitCode, 2) << text(r).toStdString();
    EXPECT_TRUE(r.err.contains("--pe and --ce do not go with it")) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir));
}

class LabFromDesignLifecycle : public LabTest
{
};

TEST_F(LabFromDesignLifecycle, TheDemosFrrPesAndTheirCesTakeThePushDryRunOnlyAddingThenTheCommit)
{
    PushWorkspace ws(
        {{QStringLiteral("provider-settings"), QStringLiteral("cpe-vendor"), QStringLiteral("frr")}});
    // A lab of its own beside the shared one (taken down by a later run if this one dies).
    const QString dir =
        QDir(QDir::tempPath()).filePath(QStringLiteral("vpnwb-labtest-design-%1").arg(getpid()));
    const QStringList up{
        QStringLiteral("lab"),  QStringLiteral("up"), QStringLiteral("--engagement"), QStringLiteral("1"),
        QStringLiteral("--pe"), QStringLiteral("4"),  QStringLiteral("--dir"),        dir};
    ProcessResult r = ws.run(up, {}, 300'000);
    ASSERT_EQ(r.exitCode, 0) << text(r).toStdString();
    const QString labId = stateValue(dir, QStringLiteral("id"));
    ASSERT_FALSE(labId.isEmpty());
    // The PEs it leaves out, and why.
    EXPECT_TRUE(r.out.contains("Left out: ams1-pe1 is iosxr; the lab runs FRR only")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Left out: vie1-pe1 is junos; the lab runs FRR only")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Left out: muc1-pe1: the lab has 4 PE(s) already (--pe 4)"))
        << r.out.toStdString();
    const QString inventoryFile = dir + QStringLiteral("/inventory.json");
    // The next commands, ready to paste: the workspace named.
    EXPECT_TRUE(r.out.contains(QStringLiteral("Push the design to it: vpnwb --db %1 push 1 --inventory %2\n")
                                   .arg(ws.filePath(QStringLiteral("ws.vpnwb")), inventoryFile)
                                   .toUtf8()))
        << r.out.toStdString();

    // The demo's first four FRR PEs in design order, and the CEs of their sites, named as in the design.
    const auto inventory = DeviceInventoryJson::fromFile(inventoryFile);
    ASSERT_TRUE(inventory.ok()) << inventory.error().message.toStdString();
    const QStringList pes{QStringLiteral("fra1-pe1"), QStringLiteral("par1-pe1"), QStringLiteral("mad1-pe1"),
                          QStringLiteral("ber1-pe1")};
    const QStringList ces{QStringLiteral("dc-fra-ce"),   QStringLiteral("st-par01-ce"),
                          QStringLiteral("st-mad01-ce"), QStringLiteral("st-lis01-ce"),
                          QStringLiteral("st-ber01-ce"), QStringLiteral("wh-poz01-ce")};
    EXPECT_EQ(inventory->names(), pes + ces + QStringList{QStringLiteral("nc1")});
    for (const Device &d : inventory->devices()) {
        if (d.name != QLatin1String("nc1")) {
            EXPECT_EQ(d.vendor, QStringLiteral("frr")) << d.name.toStdString();
            EXPECT_EQ(d.role, pes.contains(d.name) ? Device::Role::Pe : Device::Role::Ce)
                << d.name.toStdString();
        }
    }

    // The base configuration: the design's name and loopback, the lab's core; no service.
    QStringList ids;
    for (qsizetype i = 1; i <= pes.size(); ++i)
        ids.append(QStringLiteral("pe%1").arg(i));
    for (qsizetype i = 1; i <= ces.size(); ++i)
        ids.append(QStringLiteral("ce%1").arg(i));
    QStringList before;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString config = runningConfig(dir, ids[i]);
        before.append(config);
        const QString name = (pes + ces)[i];
        EXPECT_TRUE(config.contains(QStringLiteral("\nhostname %1\n").arg(name))) << config.toStdString();
        EXPECT_FALSE(config.contains(QLatin1String("router bgp"))) << config.toStdString();
        EXPECT_FALSE(config.contains(QLatin1String("\nvrf "))) << config.toStdString();
        EXPECT_FALSE(config.contains(QLatin1String("100.64.")))
            << config.toStdString(); // no PE-CE link address
    }
    EXPECT_TRUE(before[1].contains(QLatin1String("interface lo\n ip address 192.0.2.31/32\n")))
        << before[1].toStdString(); // par1-pe1's loopback in the design
    EXPECT_TRUE(before[1].contains(QLatin1String("ip route 192.0.2.1/32 198.18.0.1\n")))
        << before[1].toStdString();

    r = ws.run({QStringLiteral("lab"), QStringLiteral("status"), QStringLiteral("--dir"), dir});
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    EXPECT_TRUE(QRegularExpression(
                    QStringLiteral("\\n  st-lis01-ce +ce +ssh 127\\.0\\.0\\.1:\\d+ +netns vpnwb-%1-ce4 +"
                                   "running\\n")
                        .arg(labId))
                    .match(QString::fromUtf8(r.out))
                    .hasMatch())
        << r.out.toStdString();

    // Up again: the same lab, left alone.
    r = ws.run(up, {}, 300'000);
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("is up already")) << r.out.toStdString();
    EXPECT_EQ(stateValue(dir, QStringLiteral("id")), labId);

    // A dry-run of the whole engagement against it: every device only gains the service.
    r = ws.run({QStringLiteral("vault"), QStringLiteral("set"), QStringLiteral("lab-") + labId},
               readFile(dir + QStringLiteral("/password")).trimmed());
    ASSERT_EQ(r.exitCode, 0) << text(r).toStdString();
    r = ws.run({QStringLiteral("--json"), QStringLiteral("push"), QStringLiteral("1"),
                QStringLiteral("--inventory"), inventoryFile, QStringLiteral("--dry-run"),
                QStringLiteral("--accept-new-host-keys")},
               {}, 300'000);
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    // The lab's NETCONF endpoint is not a device of the design: named and left alone.
    EXPECT_EQ(json.value(QStringLiteral("notInDesign")).toArray(), QJsonArray{QStringLiteral("nc1")})
        << r.out.toStdString();
    const QJsonArray devices = json.value(QStringLiteral("devices")).toArray();
    QStringList planned;
    for (const QJsonValue &value : devices) {
        const QJsonObject device = value.toObject();
        const QString name = device.value(QStringLiteral("name")).toString();
        planned.append(name);
        EXPECT_EQ(device.value(QStringLiteral("outcome")).toString(), QStringLiteral("different"))
            << name.toStdString();
        const QJsonArray diff = device.value(QStringLiteral("diff")).toArray();
        EXPECT_FALSE(diff.isEmpty()) << name.toStdString();
        for (const QJsonValue &entry : diff) {
            const QJsonObject e = entry.toObject();
            EXPECT_EQ(e.value(QStringLiteral("change")).toString(), QStringLiteral("added"))
                << name.toStdString() << ": " << e.value(QStringLiteral("text")).toString().toStdString();
        }
    }
    planned.sort();
    QStringList expected = pes + ces;
    expected.sort();
    EXPECT_EQ(planned, expected) << r.out.toStdString();
    EXPECT_EQ(json.value(QStringLiteral("failed")).toInt(-1), 0) << r.out.toStdString();
    for (qsizetype i = 0; i < ids.size(); ++i)
        EXPECT_EQ(runningConfig(dir, ids[i]), before[i]) << ids[i].toStdString();

    // The push itself lands: every device changed and verified, and the lab PEs'
    // VPNv4 sessions between the design's loopbacks are Established.
    r = ws.run({QStringLiteral("push"), QStringLiteral("1"), QStringLiteral("--inventory"), inventoryFile,
                QStringLiteral("--bgp-timeout"), QStringLiteral("120")},
               {}, 400'000);
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    EXPECT_TRUE(r.out.contains("succeeded: 10 device(s) changed and verified")) << text(r).toStdString();
    EXPECT_TRUE(runningConfig(dir, QStringLiteral("pe1"))
                    .contains(QLatin1String("\nrouter bgp 64500 vrf E1-CORP-HUB\n")));
    // Every lab PE runs its VRFs with their RDs and RTs.
    for (const QString &id : {QStringLiteral("pe1"), QStringLiteral("pe2"), QStringLiteral("pe3"), QStringLiteral("pe4")}) {
        const QString config = runningConfig(dir, id);
        EXPECT_TRUE(config.contains(QLatin1String("\nrouter bgp 64500 vrf E1-CORP-"))) << id.toStdString();
        EXPECT_TRUE(config.contains(QLatin1String("\nrouter bgp 64500 vrf E1-PCI-"))) << id.toStdString();
        EXPECT_TRUE(config.contains(QLatin1String("  rd vpn export 64500:"))) << id.toStdString();
        EXPECT_TRUE(config.contains(QLatin1String("  rt vpn import ")) || config.contains(QLatin1String("  rt vpn both ")))
            << config.toStdString();
        EXPECT_TRUE(config.contains(QLatin1String("  rt vpn export ")) || config.contains(QLatin1String("  rt vpn both ")))
            << config.toStdString();
    }
    const ProcessResult bgp = runProgram(QStringLiteral("vtysh"),
                                         {QStringLiteral("-N"), QStringLiteral("vpnwb-%1-pe1").arg(labId),
                                          QStringLiteral("--config_dir"), dir + QStringLiteral("/vtysh"),
                                          QStringLiteral("-c"), QStringLiteral("show bgp ipv4 vpn summary")});
    for (const QString &peer :
         {QStringLiteral("par1-pe1"), QStringLiteral("mad1-pe1"), QStringLiteral("ber1-pe1")}) {
        // Established: the neighbor's line shows its uptime and a prefix count, not a state name.
        EXPECT_TRUE(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d:\\d\\d +\\d+ +\\d+ +%1\\n").arg(peer))
                        .match(QString::fromUtf8(bgp.out))
                        .hasMatch())
            << peer.toStdString() << ":\n"
            << bgp.out.toStdString();
    }

    r = ws.run({QStringLiteral("lab"), QStringLiteral("down"), QStringLiteral("--dir"), dir}, {}, 300'000);
    EXPECT_EQ(r.exitCode, 0) << text(r).toStdString();
    EXPECT_EQ(RouterLab::leftovers(dir, labId), QStringList());
}
