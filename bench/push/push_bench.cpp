// A verified push of one L3VPN PE change to every router of one or more
// router-lab inventories, with the workbench's push engine: per device,
// connect over SSH (host key checked against the lab's known_hosts), save the
// running configuration, send the change set line by line, read the running
// configuration back and check that every statement is there. Reported: the
// wall time of the whole transaction (start() to finished()) and each
// device's time from connecting to verified. The routers are then restored to
// the configuration the push saved (not timed), so that runs repeat.
//
// Each router gets the same kind of change (about 37 lines: a VRF with a
// static route, an access interface in it, two prefix-lists, three
// route-map entries, and `router bgp 65000 vrf` with a CE neighbour and the
// VPN import/export), with values of its own.
//
// --write-peer=DIR writes, instead of pushing, what the Ansible peer
// (bench/push/push_peer.py) pushes: DIR/devices.json and per device the
// change set and the lines that remove it. bench/push/run-push-bench.sh runs
// both on a lab of 20 routers. Results: docs/PERFORMANCE.md.
//
// Usage: push_bench --inventory FILE [--inventory FILE ...] [--parallel N] [--write-peer=DIR]
// The folder of each inventory holds the lab's known_hosts and id_ed25519.
// Output (one line of JSON on stdout): {"parallel", "devices", "wallMs",
// "deviceMs": [...], "restoreWallMs"}.

#include "devicechange.h"
#include "pushtransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace vpnwb;

namespace {

struct Router
{
    QString name; // unique over every inventory: lab<i>-<inventory name>
    QString host;
    int port = 22;
    QString username;
    QString knownHostsFile;
    QString identityFile;
};

void fail(const QString &message)
{
    std::fprintf(stderr, "push_bench: %s\n", qPrintable(message));
    std::exit(1);
}

QList<Router> readInventory(const QString &path, int labIndex)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("%1: cannot read the inventory: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        fail(QStringLiteral("%1: not JSON (offset %2): %3").arg(path).arg(error.offset).arg(error.errorString()));
    const QString folder = QFileInfo(path).absolutePath();
    QList<Router> routers;
    const QJsonArray devices = doc.object().value(QStringLiteral("devices")).toArray();
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const QJsonObject d = devices[i].toObject();
        if (d.value(QStringLiteral("transport")).toString() != QLatin1String("ssh-cli")
            || d.value(QStringLiteral("vendor")).toString() != QLatin1String("frr"))
            continue; // the lab's netconfd
        Router r;
        r.name = QStringLiteral("lab%1-%2").arg(labIndex).arg(d.value(QStringLiteral("name")).toString());
        r.host = d.value(QStringLiteral("managementAddress")).toString();
        r.port = d.value(QStringLiteral("port")).toInt();
        r.username = d.value(QStringLiteral("username")).toString();
        r.knownHostsFile = folder + QStringLiteral("/known_hosts");
        r.identityFile = folder + QStringLiteral("/id_ed25519");
        if (r.host.isEmpty() || r.port <= 0 || r.username.isEmpty())
            fail(QStringLiteral("%1: devices[%2] lacks managementAddress, port or username").arg(path).arg(i));
        routers.append(r);
    }
    if (routers.isEmpty())
        fail(QStringLiteral("%1: no FRR router reached over ssh-cli in 'devices'").arg(path));
    return routers;
}

// The change for the `n`-th router (1-based): FRR's own form of each
// statement, so that the read-back finds it as sent.
QString changeSet(int n)
{
    const QString id = QStringLiteral("%1").arg(100 + n, 4, 10, QLatin1Char('0'));
    const QString vrf = QStringLiteral("acme-") + id;
    const QString policy = QStringLiteral("ACME-") + id;
    const QString access = QStringLiteral("acc%1").arg(100 + n);
    const QString ce = QStringLiteral("172.20.%1.2").arg(n);
    const QString value = QStringLiteral("65000:%1").arg(1000 + n);
    QStringList l;
    l << QStringLiteral("vrf %1").arg(vrf)
      << QStringLiteral(" ip route 192.168.%1.0/24 %2").arg(n).arg(ce)
      << QStringLiteral("exit-vrf")
      << QStringLiteral("interface %1 vrf %2").arg(access, vrf)
      << QStringLiteral(" description ACME site %1 access, circuit ACME-CKT-%2").arg(n).arg(70000 + n)
      << QStringLiteral(" ip address 172.20.%1.1/30").arg(n)
      << QStringLiteral("exit")
      << QStringLiteral("ip prefix-list %1-CE-IN seq 5 permit 192.168.%2.0/24 le 28").arg(policy).arg(n)
      << QStringLiteral("ip prefix-list %1-CE-IN seq 10 deny any").arg(policy)
      << QStringLiteral("ip prefix-list %1-CE-OUT seq 5 permit 0.0.0.0/0").arg(policy)
      << QStringLiteral("ip prefix-list %1-CE-OUT seq 10 permit 10.%2.0.0/16 le 32").arg(policy).arg(n)
      << QStringLiteral("route-map %1-CE-IN permit 10").arg(policy)
      << QStringLiteral(" match ip address prefix-list %1-CE-IN").arg(policy)
      << QStringLiteral(" set community %1 additive").arg(value)
      << QStringLiteral(" set local-preference 150")
      << QStringLiteral("exit")
      << QStringLiteral("route-map %1-CE-IN deny 100").arg(policy)
      << QStringLiteral("exit")
      << QStringLiteral("route-map %1-CE-OUT permit 10").arg(policy)
      << QStringLiteral(" match ip address prefix-list %1-CE-OUT").arg(policy)
      << QStringLiteral(" set metric 50")
      << QStringLiteral("exit")
      << QStringLiteral("router bgp 65000 vrf %1").arg(vrf)
      << QStringLiteral(" neighbor %1 remote-as %2").arg(ce).arg(64600 + n)
      << QStringLiteral(" neighbor %1 description ACME site %2 CE").arg(ce).arg(n)
      << QStringLiteral(" neighbor %1 timers 10 30").arg(ce)
      << QStringLiteral(" address-family ipv4 unicast")
      << QStringLiteral("  redistribute connected")
      << QStringLiteral("  neighbor %1 maximum-prefix 100").arg(ce)
      << QStringLiteral("  neighbor %1 route-map %2-CE-IN in").arg(ce, policy)
      << QStringLiteral("  neighbor %1 route-map %2-CE-OUT out").arg(ce, policy)
      << QStringLiteral("  label vpn export auto")
      << QStringLiteral("  rd vpn export %1").arg(value)
      << QStringLiteral("  rt vpn both %1").arg(value)
      << QStringLiteral("  export vpn")
      << QStringLiteral("  import vpn")
      << QStringLiteral(" exit-address-family")
      << QStringLiteral("exit");
    return l.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// What takes the change of the `n`-th router away again (for the peer; the
// workbench restores the configuration it saved instead).
QString removal(int n)
{
    const QString id = QStringLiteral("%1").arg(100 + n, 4, 10, QLatin1Char('0'));
    const QString vrf = QStringLiteral("acme-") + id;
    const QString policy = QStringLiteral("ACME-") + id;
    QStringList l;
    l << QStringLiteral("no router bgp 65000 vrf %1").arg(vrf)
      << QStringLiteral("no route-map %1-CE-IN").arg(policy)
      << QStringLiteral("no route-map %1-CE-OUT").arg(policy)
      << QStringLiteral("no ip prefix-list %1-CE-IN").arg(policy)
      << QStringLiteral("no ip prefix-list %1-CE-OUT").arg(policy)
      << QStringLiteral("no interface acc%1 vrf %2").arg(100 + n).arg(vrf)
      << QStringLiteral("no vrf %1").arg(vrf);
    return l.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QList<DeviceChange> changes(const QList<Router> &routers)
{
    QList<DeviceChange> out;
    for (qsizetype i = 0; i < routers.size(); ++i) {
        const Router &r = routers[i];
        DeviceChange c;
        c.name = r.name;
        c.role = QStringLiteral("pe");
        c.vendor = QStringLiteral("frr");
        c.endpoint.deviceName = r.name;
        c.endpoint.host = r.host;
        c.endpoint.port = r.port;
        c.endpoint.username = r.username;
        c.endpoint.knownHostsFile = r.knownHostsFile;
        c.endpoint.hostKeyPolicy = SshEndpoint::HostKeyPolicy::Strict;
        c.credentials = SshCredentials::withKeyFile(r.identityFile);
        c.credentialName = QStringLiteral("lab key");
        c.intendedConfig = changeSet(int(i) + 1);
        out.append(c);
    }
    return out;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        fail(QStringLiteral("%1: cannot write: %2").arg(path, f.errorString()));
}

void writePeerInput(const QList<Router> &routers, const QString &folder)
{
    if (!QDir().mkpath(folder))
        fail(QStringLiteral("%1: cannot create the folder").arg(folder));
    QJsonArray devices;
    for (qsizetype i = 0; i < routers.size(); ++i) {
        const Router &r = routers[i];
        const QString change = QStringLiteral("%1/%2.change").arg(folder, r.name);
        const QString undo = QStringLiteral("%1/%2.removal").arg(folder, r.name);
        writeFile(change, changeSet(int(i) + 1).toUtf8());
        writeFile(undo, removal(int(i) + 1).toUtf8());
        devices.append(QJsonObject{
            {QStringLiteral("name"), r.name},
            {QStringLiteral("host"), r.host},
            {QStringLiteral("port"), r.port},
            {QStringLiteral("username"), r.username},
            {QStringLiteral("knownHosts"), r.knownHostsFile},
            {QStringLiteral("identityFile"), r.identityFile},
            {QStringLiteral("changeFile"), change},
            {QStringLiteral("removalFile"), undo},
        });
    }
    writeFile(folder + QStringLiteral("/devices.json"), QJsonDocument(devices).toJson());
}

// Runs a transaction to its end; the wall time from start() to finished(),
// and per device the time from its first state change to Done.
struct Timing
{
    qint64 wallMs = 0;
    QList<double> deviceMs;
};

Timing run(PushTransaction &t)
{
    QElapsedTimer clock;
    const int n = t.size();
    std::vector<std::optional<qint64>> began(static_cast<size_t>(n));
    std::vector<std::optional<qint64>> ended(static_cast<size_t>(n));
    QObject::connect(&t, &PushTransaction::deviceStateChanged, &t, [&](int index, int state) {
        const auto s = DeviceCommit::State(state);
        const qint64 now = clock.nsecsElapsed();
        if (s == DeviceCommit::State::Connecting && !began[size_t(index)])
            began[size_t(index)] = now;
        if (s == DeviceCommit::State::Done || s == DeviceCommit::State::RolledBack)
            ended[size_t(index)] = now;
    });
    QEventLoop loop;
    QObject::connect(&t, &PushTransaction::finished, &loop, &QEventLoop::quit);
    clock.start();
    t.start();
    if (!t.isFinished())
        loop.exec();
    Timing timing;
    timing.wallMs = clock.elapsed();
    for (int i = 0; i < n; ++i) {
        if (began[size_t(i)] && ended[size_t(i)])
            timing.deviceMs.append(double(*ended[size_t(i)] - *began[size_t(i)]) / 1e6);
    }
    return timing;
}

void failWithLogs(const PushTransaction &t, const QString &what)
{
    std::fprintf(stderr, "push_bench: %s: %s\n", qPrintable(what), qPrintable(t.summary()));
    for (const auto &r : t.deviceRecords()) {
        if (r.outcome != PushJobRecord::DeviceRecord::Outcome::Changed
            && r.outcome != PushJobRecord::DeviceRecord::Outcome::RolledBack)
            std::fprintf(stderr, "--- %s (%s)\n%s\n", qPrintable(r.name),
                         qPrintable(PushJobRecord::toString(r.outcome)), qPrintable(r.log));
    }
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList inventories;
    int parallel = 4;
    QString peerFolder;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--inventory") && i + 1 < args.size())
            inventories.append(args[++i]);
        else if (a == QLatin1String("--parallel") && i + 1 < args.size())
            parallel = args[++i].toInt();
        else if (a.startsWith(QLatin1String("--write-peer=")))
            peerFolder = a.mid(13);
        else
            fail(QStringLiteral("unknown argument '%1' (usage: push_bench --inventory FILE [--inventory FILE ...] "
                                "[--parallel N] [--write-peer=DIR])")
                     .arg(a));
    }
    if (inventories.isEmpty() || parallel < 1)
        fail(QStringLiteral("give at least one --inventory and a --parallel of 1 or more"));
    QList<Router> routers;
    for (qsizetype i = 0; i < inventories.size(); ++i)
        routers += readInventory(inventories[i], int(i) + 1);
    if (!peerFolder.isEmpty()) {
        writePeerInput(routers, peerFolder);
        return 0;
    }

    PushTransaction::Options options;
    options.parallel = parallel;
    const QList<DeviceChange> planned = changes(routers);
    PushTransaction push(planned, options);
    const Timing pushed = run(push);
    if (push.outcome() != PushJobRecord::Outcome::Succeeded)
        failWithLogs(push, QStringLiteral("the push failed"));
    QStringList saved;
    for (const auto &r : push.deviceRecords()) {
        // A router that runs the change already would be pushed nothing: the
        // lab is not clean, and the time would mean nothing.
        if (r.outcome != PushJobRecord::DeviceRecord::Outcome::Changed)
            failWithLogs(push, QStringLiteral("%1 was not changed").arg(r.name));
        saved.append(r.preConfig);
    }

    // Not timed for the result: put every router back as it was.
    auto restore = PushTransaction::restoring(planned, saved, options);
    const Timing restored = run(*restore);
    if (restore->outcome() != PushJobRecord::Outcome::Succeeded)
        failWithLogs(*restore, QStringLiteral("the restore failed"));

    QJsonArray perDevice;
    for (double ms : pushed.deviceMs)
        perDevice.append(ms);
    const QJsonObject result{
        {QStringLiteral("parallel"), parallel},
        {QStringLiteral("devices"), int(routers.size())},
        {QStringLiteral("lines"), int(planned.first().intendedConfig.count(QLatin1Char('\n')))},
        {QStringLiteral("wallMs"), double(pushed.wallMs)},
        {QStringLiteral("deviceMs"), perDevice},
        {QStringLiteral("restoreWallMs"), double(restored.wallMs)},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
