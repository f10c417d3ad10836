#include "frrinstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace vpnwb::test {
namespace {

const QString kFrrDir = QStringLiteral("/usr/lib/frr");
const QString kVtysh = QStringLiteral("/usr/bin/vtysh");
const QString kIp = QStringLiteral("/usr/sbin/ip");
const QStringList kDaemons{QStringLiteral("zebra"), QStringLiteral("staticd"), QStringLiteral("bgpd")};

QString runDirectory(const QString &ns)
{
    return QStringLiteral("/run/frr/") + ns;
}

bool waitForFile(const QString &path, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!QFileInfo::exists(path)) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(50);
    }
    return true;
}

} // namespace

FrrInstance::FrrInstance(const QString &name)
    : m_namespace(QStringLiteral("vpnwb-frrcheck-%1-%2").arg(name).arg(QCoreApplication::applicationPid()))
{}

FrrInstance::~FrrInstance()
{
    stop();
}

QString FrrInstance::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("starting FRR in a network namespace needs root (CI runs as root)");
    for (const QString &daemon : kDaemons) {
        if (!QFileInfo(kFrrDir + QLatin1Char('/') + daemon).isExecutable())
            return QStringLiteral("FRR is not installed (%1/%2 missing; scripts/setup-deps installs it)")
                .arg(kFrrDir, daemon);
    }
    return {};
}

bool FrrInstance::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    ProcessResult r = runProgram(kIp, {QStringLiteral("netns"), QStringLiteral("add"), m_namespace});
    if (r.exitCode != 0) {
        m_error = QStringLiteral("ip netns add %1: %2").arg(m_namespace, QString::fromUtf8(r.err));
        return false;
    }
    m_namespaceAdded = true;
    runProgram(kIp, {QStringLiteral("-n"), m_namespace, QStringLiteral("link"), QStringLiteral("set"),
                     QStringLiteral("lo"), QStringLiteral("up")});
    // FRR's run folder, where each pathspace gets its sockets: absent when the frr service never ran.
    if (!QFileInfo::exists(QStringLiteral("/run/frr"))) {
        QDir().mkpath(QStringLiteral("/run/frr"));
        runProgram(QStringLiteral("/usr/bin/chown"), {QStringLiteral("frr:frr"), QStringLiteral("/run/frr")});
    }
    // The daemons drop to the frr user: they read and write in the test's folder.
    QDir().mkpath(m_dir.filePath(m_namespace));
    writeFile(m_dir.filePath(m_namespace + QStringLiteral("/vtysh.conf")), "");
    for (const QString &daemon : kDaemons)
        writeFile(m_dir.filePath(daemon + QStringLiteral(".conf")), "");
    runProgram(QStringLiteral("/usr/bin/chown"),
               {QStringLiteral("-R"), QStringLiteral("frr:frr"), m_dir.path()});

    for (const QString &daemon : kDaemons) {
        r = runProgram(kIp, {QStringLiteral("netns"), QStringLiteral("exec"), m_namespace,
                             kFrrDir + QLatin1Char('/') + daemon, QStringLiteral("-d"), QStringLiteral("-N"),
                             m_namespace, QStringLiteral("-u"), QStringLiteral("frr"), QStringLiteral("-g"),
                             QStringLiteral("frr"), QStringLiteral("-P"), QStringLiteral("0"),
                             QStringLiteral("-f"), m_dir.filePath(daemon + QStringLiteral(".conf")),
                             QStringLiteral("-i"), m_dir.filePath(daemon + QStringLiteral(".pid")),
                             QStringLiteral("--log"),
                             QStringLiteral("file:") + m_dir.filePath(daemon + QStringLiteral(".log"))});
        const QString socket = runDirectory(m_namespace) + QLatin1Char('/') + daemon + QStringLiteral(".vty");
        if (r.exitCode != 0 || !waitForFile(socket, 10000)) {
            m_error = QStringLiteral("%1 did not start (exit %2): %3 %4")
                          .arg(daemon)
                          .arg(r.exitCode)
                          .arg(QString::fromUtf8(r.err),
                               QString::fromUtf8(readFile(m_dir.filePath(daemon + QStringLiteral(".log")))));
            return false;
        }
        // bgpd and staticd register with zebra: let zebra listen first.
        if (daemon == QLatin1String("zebra") &&
            !waitForFile(runDirectory(m_namespace) + QStringLiteral("/zserv.api"), 10000)) {
            m_error = QStringLiteral("zebra does not listen for the other daemons");
            return false;
        }
    }
    return true;
}

QStringList FrrInstance::vtysh() const
{
    return {QStringLiteral("-N"), m_namespace, QStringLiteral("--config_dir"), m_dir.path()};
}

ProcessResult FrrInstance::apply(const QString &file) const
{
    return runProgram(kVtysh, vtysh() + QStringList{QStringLiteral("-f"), file});
}

ProcessResult FrrInstance::command(const QString &command) const
{
    return runProgram(kVtysh, vtysh() + QStringList{QStringLiteral("-c"), command});
}

void FrrInstance::stop()
{
    // Only the daemons this instance started, by the ids they wrote: all
    // asked to stop at once, then waited for.
    QList<pid_t> running;
    for (const QString &daemon : kDaemons) {
        const QByteArray pid = readFile(m_dir.filePath(daemon + QStringLiteral(".pid"))).trimmed();
        bool ok = false;
        const auto id = static_cast<pid_t>(pid.toLong(&ok));
        if (ok && id > 1 && ::kill(id, SIGTERM) == 0)
            running.append(id);
    }
    QElapsedTimer timer;
    timer.start();
    while (!running.isEmpty() && timer.elapsed() < 10000) {
        running.removeIf([](pid_t id) { return ::kill(id, 0) != 0; });
        QThread::msleep(50);
    }
    for (const pid_t id : std::as_const(running))
        ::kill(id, SIGKILL);
    if (m_namespaceAdded) {
        runProgram(kIp, {QStringLiteral("netns"), QStringLiteral("delete"), m_namespace});
        m_namespaceAdded = false;
    }
    QDir(runDirectory(m_namespace)).removeRecursively();
}

} // namespace vpnwb::test
