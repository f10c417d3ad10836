#include "routerlab.h"

#include "deviceinventoryjson.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <signal.h>
#include <unistd.h>

namespace vpnwb::test {
namespace {

const QString kStalePrefix = QStringLiteral("vpnwb-labtest-");

// Registered before main() runs the tests.
::testing::Environment *const registered = ::testing::AddGlobalTestEnvironment(&RouterLab::instance());

QString stateValue(const QString &dir, const QString &key)
{
    const QStringList lines = QString::fromUtf8(readFile(dir + QStringLiteral("/state"))).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(key + QLatin1Char('=')))
            return line.mid(key.size() + 1);
    }
    return {};
}

} // namespace

RouterLab &RouterLab::instance()
{
    // Owned by GoogleTest once registered; never destroyed before it.
    static RouterLab *lab = new RouterLab;
    return *lab;
}

QString RouterLab::script()
{
    return QDir(sourceDir()).filePath(QStringLiteral("tests/lab/lab"));
}

ProcessResult RouterLab::runLab(const QStringList &args)
{
    return runProgram(script(), args);
}

void RouterLab::takeDownStaleLabs() const
{
    // Labs of earlier runs of this program that died before their tear-down.
    QDirIterator it(QDir::tempPath(), {kStalePrefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString path = it.next();
        const pid_t owner = static_cast<pid_t>(path.section(QLatin1Char('-'), -1).toLongLong());
        if (owner > 0 && owner != getpid() && kill(owner, 0) != 0)
            runLab({QStringLiteral("down"), QStringLiteral("--dir"), path});
    }
}

void RouterLab::SetUp()
{
    const ProcessResult check = runLab({QStringLiteral("check")});
    if (check.exitCode != 0) {
        m_skipReason = QStringLiteral("the router lab cannot run here: %1")
                           .arg(QString::fromUtf8(check.out + check.err).trimmed());
        return;
    }
    takeDownStaleLabs();
    m_dir = QDir(QDir::tempPath()).filePath(kStalePrefix + QString::number(getpid()));
    const ProcessResult up = runLab({QStringLiteral("up"), QStringLiteral("--pe"), QStringLiteral("2"),
                                     QStringLiteral("--ce"), QStringLiteral("2"), QStringLiteral("--dir"), m_dir});
    if (up.exitCode != 0) {
        m_skipReason.clear();
        ADD_FAILURE() << "lab up failed: " << QByteArray(up.out + up.err).toStdString();
        m_skipReason = QStringLiteral("lab up failed");
        return;
    }
    m_labId = stateValue(m_dir, QStringLiteral("id"));
    auto inventory = DeviceInventoryJson::fromFile(m_dir + QStringLiteral("/inventory.json"));
    if (!inventory) {
        ADD_FAILURE() << inventory.error().message.toStdString();
        m_skipReason = QStringLiteral("the lab's inventory is unreadable");
        return;
    }
    m_inventory = inventory.value();
    m_available = true;
}

void RouterLab::TearDown()
{
    if (m_dir.isEmpty() || m_labId.isEmpty())
        return;
    const ProcessResult down = runLab({QStringLiteral("down"), QStringLiteral("--dir"), m_dir});
    EXPECT_EQ(down.exitCode, 0) << QByteArray(down.out + down.err).toStdString();
    EXPECT_EQ(leftovers(m_dir, m_labId), QStringList());
}

QString RouterLab::knownHostsFile() const
{
    return m_dir + QStringLiteral("/known_hosts");
}

QString RouterLab::identityFile(const QString &keyType) const
{
    return m_dir + QStringLiteral("/id_") + keyType;
}

Secret RouterLab::password() const
{
    return Secret(readFile(m_dir + QStringLiteral("/password")).trimmed());
}

SshCredentials RouterLab::passwordCredentials() const
{
    return SshCredentials::withPassword(password(), QStringLiteral("the lab's password"));
}

SshEndpoint RouterLab::endpoint(const QString &device) const
{
    const Device *d = m_inventory.find(device);
    EXPECT_NE(d, nullptr) << device.toStdString();
    SshEndpoint e = SshEndpoint::forDevice(d ? *d : Device(), knownHostsFile());
    e.connectTimeoutMs = 5000;
    e.readTimeoutMs = 15000;
    return e;
}

QString RouterLab::runningConfig(const QString &router) const
{
    const QString pathspace = QStringLiteral("vpnwb-%1-%2").arg(m_labId, router);
    const ProcessResult r =
        runProgram(QStringLiteral("vtysh"), {QStringLiteral("-N"), pathspace, QStringLiteral("--config_dir"),
                                             m_dir + QStringLiteral("/vtysh"), QStringLiteral("-c"),
                                             QStringLiteral("show running-config")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QString::fromUtf8(r.out);
}

QStringList RouterLab::sshdLog() const
{
    return QString::fromUtf8(readFile(m_dir + QStringLiteral("/sshd/sshd.log"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList RouterLab::leftovers(const QString &dir, const QString &labId)
{
    QStringList left;
    const QString prefix = QStringLiteral("vpnwb-") + labId;
    const ProcessResult namespaces = runProgram(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("list")});
    for (const QString &line : QString::fromUtf8(namespaces.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(prefix + QLatin1Char('-')))
            left.append(QStringLiteral("namespace ") + line.section(QLatin1Char(' '), 0, 0));
    }
    // Processes whose command line names the lab's folder or pathspaces (zombies have exited).
    QDirIterator procs(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (procs.hasNext()) {
        const QString pid = QFileInfo(procs.next()).fileName();
        if (pid.toLongLong() <= 0 || pid.toLongLong() == getpid())
            continue;
        const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
        if (stat.mid(stat.lastIndexOf(')') + 2, 1) == "Z")
            continue;
        QByteArray cmdline = readFile(QStringLiteral("/proc/%1/cmdline").arg(pid));
        cmdline.replace('\0', ' ');
        if (cmdline.contains(dir.toUtf8()) || cmdline.contains(prefix.toUtf8()))
            left.append(QStringLiteral("process %1: %2").arg(pid, QString::fromUtf8(cmdline).trimmed()));
    }
    QDirIterator frr(QStringLiteral("/run/frr"), {prefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot);
    while (frr.hasNext())
        left.append(QStringLiteral("folder ") + frr.next());
    if (runProgram(QStringLiteral("id"), {QStringLiteral("vpnwb-lab-") + labId}).exitCode == 0)
        left.append(QStringLiteral("user vpnwb-lab-") + labId);
    if (QFileInfo::exists(dir))
        left.append(QStringLiteral("folder ") + dir);
    return left;
}

} // namespace vpnwb::test
