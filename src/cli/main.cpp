// vpnwb: the workbench's headless command-line tool.

#include "canvascommands.h"
#include "vpncommands.h"
#include "clicommand.h"
#include "clicontext.h"
#include "database.h"
#include "designcommands.h"
#include "engagementcommands.h"
#include "exitcode.h"
#include "intakecommands.h"
#include "inventorycommands.h"
#include "jobcommands.h"
#include "labcommands.h"
#include "pushcommands.h"
#include "rollbackcommands.h"
#include "rendercommands.h"
#include "serviceabilitycommands.h"
#include "vaultcommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

using namespace vpnwb;

namespace {

const QList<CliCommand> &commands()
{
    static const QList<CliCommand> list{
        {"demo", "", "create the demo engagement in the workspace", "", runDemo},
        {"engagements", "", "list the engagements in the workspace", "", runEngagements},
        {"show", "ENGAGEMENT", "print an engagement with its sites, VPNs and flow status", "", runShow},
        {"status", "ENGAGEMENT STEP STATE [--note TEXT]", "set a flow step's status", "--note=", runStatus},
        {"steps", "", "list the ten steps of the activation flow", "", runSteps},
        {"import-sites", "FILE.csv --customer NAME [--engagement NAME] [--valid-rows-only]", "create an engagement from a site CSV", "--customer= --engagement= --valid-rows-only", runImportSites},
        {"import-l3sm", "FILE.json [--engagement NAME]", "create an engagement from IETF L3SM (RFC 8299) JSON", "--engagement=", runImportL3sm},
        {"export-l3sm", "ENGAGEMENT -o FILE.json", "write an engagement as IETF L3SM (RFC 8299) JSON", "-o= --output=", runExportL3sm},
        {"serviceability", "ENGAGEMENT", "check which sites can be served, on-net or off-net", "", runServiceability},
        {"canvas", "ENGAGEMENT --png FILE | --svg FILE [--layout geo|radial|force] [--width N --height N]", "draw the topology canvas as a PNG picture or an SVG drawing (no display needed)", "--png= --svg= --layout= --width= --height=", runCanvas},
        {"vpn", "ENGAGEMENT VPN [--topology T] [--roles SITE=ROLE,...] [--extranet-for VPN,...|none]", "show a VPN service, or choose its topology, its sites' roles and the VPNs its shared services reach", "--topology= --roles= --extranet-for=", runVpn},
        {"design", "ENGAGEMENT", "design VRFs, RD/RT, addresses, ports, VLANs, QoS and policies; exit 1 on blocking findings", "", runDesign},
        {"findings", "ENGAGEMENT", "list the findings of the last design validation", "", runFindings},
        {"override", "ENGAGEMENT OBJECT FIELD VALUE", "change one value of a design (RD, RT, address, port, VLAN, QoS, ...)", "", runOverride},
        {"export-l3nm", "ENGAGEMENT -o FILE.json", "write a design as IETF L3NM (RFC 9182) JSON", "-o= --output=", runExportL3nm},
        {"import-l3nm", "FILE.json [--engagement NAME]", "keep a brownfield IETF L3NM design and reserve its resources", "--engagement=", runImportL3nm},
        {"provider-settings", "[FIELD VALUE]", "show or change the provider's AS, RD type, link length and pools", "", runProviderSettings},
        {"render", "ENGAGEMENT [--vendor V] [--device D] [--style S] [--removal] --out DIR", "write each device's configuration (or its removal) to DIR, one file per device", "--vendor= --device= --style= --out= --removal", runRender},
        {"diff", "RUNNING_FILE INTENDED_FILE --vendor V", "compare two configurations by hierarchy (sections and their statements)", "--vendor=", runDiff},
        {"renderers", "", "list the configuration renderer plugins, and those skipped with the reason", "", runRenderers},
        {"render-golden", "DIR", "render DIR/design.json with every renderer into DIR/<vendor>/ for review", "", runRenderGolden},
        {"vault", "init | set NAME | remove NAME | list | check", "the credential vault: create it, store a secret (from stdin or asked without echo), remove one, list the names, check that every secret authenticates; passphrase from VPNWB_VAULT_PASSPHRASE or asked", "", runVault},
        {"lab", "up [--engagement E [--pe N] | --pe N --ce M] [--dir DIR] | down [--dir DIR] | status [--dir DIR]", "the local router lab (needs root): FRR routers behind a private sshd, inventory in DIR (default /tmp/vpnwb-lab); --engagement builds the design's FRR PEs (at most N) and their CEs, with the design's names and loopbacks, ready for 'vpnwb push'; 'down' leaves nothing running", "--engagement= --pe= --ce= --dir=", runLab},
        {"inventory", "ENGAGEMENT -o FILE [--username U] [--pe-credential NAME] [--ce-credential NAME] [--identity-file KEY | --agent] [--port N] [--force]", "draft the device inventory of the design: every PE and CPE with its vendor, reached at its loopback, logged in to with a vault password, a key file or the ssh-agent (docs/INVENTORY.md); edit it, then push with it", "-o= --output= --username= --pe-credential= --ce-credential= --identity-file= --agent --port= --force", runInventory},
        {"push", "ENGAGEMENT --inventory FILE [--dry-run] [--best-effort] [--parallel N] [--accept-new-host-keys] [--confirm-timeout S] [--bgp-timeout S]", "push the design to the inventory's devices (PEs first) as one transaction: save, apply, verify (BGP included), and restore every changed device if any fails (--best-effort: only the failed ones); --dry-run only reads and diffs. Each push is kept as a job", "--inventory= --dry-run --best-effort --parallel= --accept-new-host-keys --confirm-timeout= --bgp-timeout=", runPush},
        {"rollback", "JOB [--parallel N]", "restore every device a past push changed to the configuration that job saved before it", "--parallel=", runRollback},
        {"drift", "ENGAGEMENT [--parallel N]", "compare each device's running configuration with what the last push or rollback left there; exit 1 on drift", "--parallel=", runDrift},
        {"jobs", "[ENGAGEMENT]", "list the push jobs (dry-runs, commits, rollbacks), newest first: who, when, outcome", "", runJobs},
        {"job", "ID [--device NAME] [--configs]", "show one push job: each device's outcome, error and log; --configs adds the configurations before and after", "--device= --configs", runJob},
    };
    return list;
}

void printHelp(QTextStream &out)
{
    out << "Usage: vpnwb [--db PATH] [--json] COMMAND [ARGS]\n\n"
           "VPN Workbench on the command line: the same engagements, design and\n"
           "provisioning as the desktop application.\n\nCommands:\n";
    for (const CliCommand &c : commands()) {
        const QString head = QStringLiteral("  %1 %2").arg(QLatin1String(c.name), QLatin1String(c.synopsis));
        if (head.size() < 44)
            out << head.leftJustified(46) << QLatin1String(c.summary) << '\n';
        else
            out << head << "\n" << QString(46, QLatin1Char(' ')) << QLatin1String(c.summary) << '\n';
    }
    out << "\nOptions:\n"
           "  --db PATH     workspace database (default: " << Database::defaultLocation() << ")\n"
           "  --json        machine-readable output for read commands\n"
           "  --version     print the version\n"
           "  --help        print this help\n\n"
           "Exit status: 0 success, 1 failure (reason on stderr), 2 bad usage.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeCliApplication(argc, argv);
    // Output piped into a program that stops reading (| head) must not kill a
    // job half way: writes fail instead, and the job ends and is recorded.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication::setOrganizationName(QStringLiteral("vpn-workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("vpn-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VPNWB_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    QString dbPath = Database::defaultLocation();
    bool json = false;
    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--db")) {
            if (i + 1 >= args.size()) {
                err << "vpnwb: --db needs a path" << Qt::endl;
                return ExitUsage;
            }
            dbPath = args[++i];
        } else if (a.startsWith(QLatin1String("--db="))) {
            dbPath = a.mid(5);
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--version")) {
            out << "vpnwb " << VPNWB_VERSION << Qt::endl;
            return ExitOk;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printHelp(out);
            return ExitOk;
        } else {
            rest.append(a);
        }
    }
    if (dbPath.isEmpty()) {
        err << "vpnwb: --db needs a path" << Qt::endl;
        return ExitUsage;
    }
    if (rest.isEmpty()) {
        err << "vpnwb: no command given\n";
        printHelp(err);
        return ExitUsage;
    }
    const QString name = rest.takeFirst();
    for (const CliCommand &c : commands()) {
        if (name != QLatin1String(c.name))
            continue;
        const QStringList options = QString::fromLatin1(c.options).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList seen;
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (!rest[i].startsWith(QLatin1Char('-')) || rest[i] == QLatin1String("-"))
                continue;
            const bool takesValue = options.contains(rest[i] + QLatin1Char('='));
            if (!takesValue && !options.contains(rest[i])) {
                err << "vpnwb: unknown option '" << rest[i] << "' for '" << name << "'\n"
                    << "usage: vpnwb " << c.name << ' ' << c.synopsis << Qt::endl;
                return ExitUsage;
            }
            if (seen.contains(rest[i])) {
                err << "vpnwb: option '" << rest[i] << "' is given twice\n"
                    << "usage: vpnwb " << c.name << ' ' << c.synopsis << Qt::endl;
                return ExitUsage;
            }
            seen << rest[i];
            if (takesValue && (i + 1 >= rest.size() || rest[i + 1].startsWith(QLatin1String("--")))) {
                err << "vpnwb: option '" << rest[i] << "' needs a value\n"
                    << "usage: vpnwb " << c.name << ' ' << c.synopsis << Qt::endl;
                return ExitUsage;
            }
            if (takesValue)
                ++i;
        }
        CliContext context(rest, dbPath, json, out, err);
        const int code = c.run(context);
        out.flush();
        err.flush();
        return code;
    }
    err << "vpnwb: unknown command '" << name << "' (see 'vpnwb --help')" << Qt::endl;
    return ExitUsage;
}
