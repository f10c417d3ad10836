#include "labcommands.h"

#include "clicontext.h"
#include "database.h"
#include "deviceinventoryjson.h"
#include "engagementcommands.h"
#include "openengagement.h"
#include "labspec.h"
#include "popcatalog.h"
#include "pushplanner.h"
#include "usageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <unistd.h>

namespace vpnwb {
namespace {

// `text` as one word of a POSIX shell: as it is when it is plain, else in single quotes.
QString shellQuoted(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

constexpr const char *kSynopsis = "vpnwb lab up [--engagement E [--pe N] | --pe N --ce M] [--dir DIR] | down "
                                  "[--dir DIR] | status [--dir DIR]";

// The lab script's exit status when this machine cannot run a lab.
constexpr int kLabCannotRun = 3;

struct LabOptions
{
    QString command;
    int pe = 2;
    int ce = 2;
    bool peGiven = false;
    bool ceGiven = false;
    QString engagement; // up --engagement: the lab built from that engagement's design
    QString dir;        // empty: the script's default ($VPNWB_LAB_DIR or /tmp/vpnwb-lab)
};

Result<int> countOption(const QString &option, const QString &value, int min, int max)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < min || n > max)
        return Error::invalidInput(QStringLiteral("%1 must be a whole number from %2 to %3, not '%4'")
                                       .arg(option)
                                       .arg(min)
                                       .arg(max)
                                       .arg(value));
    return n;
}

// Parses the arguments after "lab"; an error message for a usage error.
Result<LabOptions> parse(const QStringList &args)
{
    LabOptions o;
    if (args.isEmpty())
        return Error::invalidInput(QStringLiteral("'lab' needs up, down or status"));
    o.command = args.first();
    if (o.command != QLatin1String("up") && o.command != QLatin1String("down") &&
        o.command != QLatin1String("status"))
        return Error::invalidInput(
            QStringLiteral("unknown lab command '%1' (up, down or status)").arg(o.command));
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool sizeOption = a == QLatin1String("--pe") || a == QLatin1String("--ce");
        const bool upOption = sizeOption || a == QLatin1String("--engagement");
        if (!upOption && a != QLatin1String("--dir"))
            return Error::invalidInput(QStringLiteral("unexpected argument '%1'").arg(a));
        if (upOption && o.command != QLatin1String("up"))
            return Error::invalidInput(QStringLiteral("%1 is an option of 'lab up' only").arg(a));
        if (i + 1 >= args.size())
            return Error::invalidInput(QStringLiteral("%1 needs a value").arg(a));
        const QString value = args[++i];
        if (a == QLatin1String("--dir")) {
            if (value.isEmpty())
                return Error::invalidInput(QStringLiteral("--dir needs a folder"));
            o.dir = QFileInfo(value).absoluteFilePath();
            continue;
        }
        if (a == QLatin1String("--engagement")) {
            if (value.isEmpty())
                return Error::invalidInput(QStringLiteral("--engagement needs an engagement (id or name)"));
            o.engagement = value;
            continue;
        }
        auto n = a == QLatin1String("--pe") ? countOption(a, value, 1, 250) : countOption(a, value, 0, 250);
        if (!n)
            return n.error();
        (a == QLatin1String("--pe") ? o.pe : o.ce) = n.value();
        (a == QLatin1String("--pe") ? o.peGiven : o.ceGiven) = true;
    }
    if (!o.engagement.isEmpty() && o.ceGiven)
        return Error::invalidInput(
            QStringLiteral("--ce is not an option of 'lab up --engagement': the lab has the "
                           "CEs of the design's PEs"));
    if (!o.engagement.isEmpty() && !o.peGiven)
        o.pe = 250; // every FRR PE of the design
    return o;
}

// After 'lab up': where the inventory and the password are, and how the
// workbench gets the password (the vault; it is never printed).
void printNextSteps(CliContext &c, const LabOptions &o)
{
    QString dir = o.dir;
    if (dir.isEmpty())
        dir = qEnvironmentVariableIsEmpty("VPNWB_LAB_DIR")
                  ? QStringLiteral("/tmp/vpnwb-lab")
                  : QFileInfo(qEnvironmentVariable("VPNWB_LAB_DIR")).absoluteFilePath();
    const QString inventoryFile = QDir(dir).filePath(QStringLiteral("inventory.json"));
    const QString passwordFile = QDir(dir).filePath(QStringLiteral("password"));
    auto inventory = DeviceInventoryJson::fromFile(inventoryFile);
    if (!inventory) {
        c.err() << "vpnwb: the lab is up, but its inventory is unreadable: " << inventory.error().message
                << Qt::endl;
        return;
    }
    QStringList credentials;
    for (const Device &d : inventory->devices()) {
        if (!credentials.contains(d.credential))
            credentials.append(d.credential);
    }
    // Commands to paste: every value quoted for the shell, the workspace named. The password
    // file is readable by root only; run through sudo, the user's own shell cannot read it.
    const QString vpnwb = QStringLiteral("vpnwb --db ") + shellQuoted(c.dbPath());
    const bool underSudo = !qEnvironmentVariableIsEmpty("SUDO_USER");
    c.out() << "Inventory: " << inventoryFile << " (" << inventory->devices().size() << " devices)\n";
    for (const QString &credential : credentials) {
        c.out() << "Store the lab user's password in the vault: ";
        if (underSudo)
            c.out() << "sudo cat " << shellQuoted(passwordFile) << " | " << vpnwb << " vault set "
                    << shellQuoted(credential) << "\n";
        else
            c.out() << vpnwb << " vault set " << shellQuoted(credential) << " < " << shellQuoted(passwordFile)
                    << "\n";
    }
    if (!o.engagement.isEmpty())
        c.out() << "Push the design to it: " << vpnwb << " push " << shellQuoted(o.engagement) << " --inventory "
                << shellQuoted(inventoryFile) << "\n";
    c.out() << "Take the lab down with: " << (underSudo ? "sudo " : "") << "vpnwb lab down"
            << (o.dir.isEmpty() ? QString() : QStringLiteral(" --dir ") + shellQuoted(o.dir)) << Qt::endl;
}

// `lab up --engagement`: the lab's routers from the engagement's current
// design, written to `file` for the script's --spec. Says which PEs are left out.
Status writeSpec(CliContext &c, const LabOptions &o, QTemporaryFile &file)
{
    auto ctx = OpenEngagement::open(c, o.engagement);
    if (!ctx)
        return ctx.error();
    auto devices = PushPlanner::designedDevices(*ctx->db, ctx->catalog, ctx->engagement);
    if (!devices)
        return devices.error();
    auto spec = LabSpec::fromDesign(ctx->engagement.id, ctx->engagement.name, *devices, o.pe);
    if (!spec)
        return spec.error();
    for (const QString &why : spec->leftOut())
        c.out() << "Left out: " << why << "\n";
    c.out() << "Lab of '" << ctx->engagement.name << "': " << spec->pes().size() << " PE ("
            << spec->pes().join(QStringLiteral(", ")) << "), " << spec->ces().size() << " CE ("
            << spec->ces().join(QStringLiteral(", ")) << ")" << Qt::endl;
    if (!file.open() || file.write(spec->toJson()) != spec->toJson().size() || !file.flush())
        return Error::io(QStringLiteral("cannot write the lab's specification %1: %2")
                             .arg(file.fileName(), file.errorString()));
    file.close();
    return Status::success();
}

} // namespace

QString labScriptPath()
{
    const QString override = qEnvironmentVariable("VPNWB_LAB_PATH");
    if (!override.isEmpty())
        return QDir(override).filePath(QStringLiteral("lab"));
    const QString appDir = QDir::cleanPath(QCoreApplication::applicationDirPath());
    const QString buildTree = QDir::cleanPath(QStringLiteral(VPNWB_BUILD_DIR));
    if (!appDir.isEmpty() && appDir.startsWith(buildTree + QLatin1Char('/')))
        return QStringLiteral(VPNWB_LAB_SOURCE_DIR "/lab");
    return QDir::cleanPath(appDir + QStringLiteral("/../" VPNWB_LAB_INSTALL_DIR "/lab"));
}

int runLab(CliContext &c)
{
    auto options = parse(c.args());
    if (!options)
        return usageError(c.err(), options.error().message, kSynopsis);
    const LabOptions &o = options.value();

    // From a design: what the lab is to build, checked before anything runs.
    QTemporaryFile specFile(QDir::temp().filePath(QStringLiteral("vpnwb-lab-spec-XXXXXX.json")));
    if (!o.engagement.isEmpty()) {
        if (const Status s = writeSpec(c, o, specFile); !s)
            return failure(c.err(), s.error().message);
    }

    // The lab creates network namespaces and a user and runs sshd and FRR;
    // its state is readable by root only. Say so before anything is tried.
    if (geteuid() != 0)
        return failure(c.err(),
                       QStringLiteral("'lab %1' needs root: the router lab creates network namespaces and a "
                                      "lab user and runs sshd and FRR (run it with sudo)")
                           .arg(o.command));

    const QString script = labScriptPath();
    if (!QFileInfo(script).isExecutable())
        return failure(c.err(), QStringLiteral("the router lab's script %1 is missing or not executable; "
                                               "reinstall VPN Workbench, or set VPNWB_LAB_PATH to its folder")
                                    .arg(script));

    QStringList args{o.command};
    if (o.command == QLatin1String("up") && !o.engagement.isEmpty())
        args << QStringLiteral("--spec") << specFile.fileName();
    else if (o.command == QLatin1String("up"))
        args << QStringLiteral("--pe") << QString::number(o.pe) << QStringLiteral("--ce")
             << QString::number(o.ce);
    if (!o.dir.isEmpty())
        args << QStringLiteral("--dir") << o.dir;

    // The script reports progress and errors itself ("lab: ..."), straight to
    // the terminal while it runs; it needs no input.
    c.out().flush();
    c.err().flush();
    QProcess lab;
    lab.setProcessChannelMode(QProcess::ForwardedChannels);
    lab.setInputChannelMode(QProcess::ManagedInputChannel);
    lab.start(script, args);
    if (!lab.waitForStarted())
        return failure(
            c.err(),
            QStringLiteral("cannot run the router lab's script %1: %2").arg(script, lab.errorString()));
    lab.closeWriteChannel();
    lab.waitForFinished(-1);
    if (lab.exitStatus() != QProcess::NormalExit)
        return failure(
            c.err(),
            QStringLiteral("the router lab's script %1 was killed during 'lab %2'").arg(script, o.command));
    const int code = lab.exitCode();
    if (code == 0 && o.command == QLatin1String("up")) {
        printNextSteps(c, o);
        return ExitOk;
    }
    if (code == 0)
        return ExitOk;
    if (code == kLabCannotRun && o.command == QLatin1String("status"))
        return ExitFailure; // "no lab in DIR", said by the script
    if (code == kLabCannotRun)
        return failure(c.err(),
                       QStringLiteral("the router lab cannot run on this machine (the reason is above)"));
    if (code == ExitUsage)
        return failure(c.err(),
                       QStringLiteral("the router lab's script %1 refused its arguments; it does not match "
                                      "this vpnwb")
                           .arg(script));
    return ExitFailure;
}

} // namespace vpnwb
