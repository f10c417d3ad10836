#include "rendercommands.h"

#include "clicontext.h"
#include "commandarguments.h"
#include "configdiff.h"
#include "devicedesignjson.h"
#include "engagementcommands.h"
#include "openengagement.h"
#include "designworkflow.h"
#include "devicedesignbuilder.h"
#include "popcatalog.h"
#include "rendererregistry.h"
#include "usageerror.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <filesystem>
#include <map>
#include <system_error>

namespace vpnwb {
namespace {

const char *const kRenderSynopsis =
    "vpnwb render ENGAGEMENT [--vendor V] [--device D] [--style S] [--removal] --out DIR [--db PATH]";
const char *const kGoldenSynopsis = "vpnwb render-golden DIR";
const char *const kDiffSynopsis = "vpnwb diff RUNNING_FILE INTENDED_FILE --vendor V [--json]";

Result<QByteArray> readWhole(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

Status writeWhole(const QString &path, const QString &text)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit())
        return Error::io(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return Status::success();
}

QString noPluginMessage(const DeviceDesign &device, const RendererRegistry &registry)
{
    return QStringLiteral(
               "device %1: no renderer for its vendor '%2'; renderers available: %3; nothing was written")
        .arg(device.name, device.vendor,
             registry.vendors().isEmpty() ? QStringLiteral("none")
                                          : registry.vendors().join(QStringLiteral(", ")));
}

// A plugin that cannot be used does not stop the others: say which and why.
void warnSkipped(CliContext &c, const RendererRegistry &registry)
{
    for (const RendererRegistry::Problem &p : registry.problems())
        c.err() << "vpnwb: warning: renderer plugin " << p.fileName << " skipped: " << p.reason << '\n';
}

// One file to write: its path and text.
using Files = QList<std::pair<QString, QString>>;

// Creates `directory` and the folders above it; the error says why not.
Status makeFolder(const QString &directory)
{
    std::error_code error;
    std::filesystem::create_directories(std::filesystem::path(directory.toStdString()), error);
    if (error)
        return Error::io(QStringLiteral("cannot create the folder %1: %2")
                             .arg(directory, QString::fromLocal8Bit(error.message().c_str())));
    if (!QFileInfo(directory).isWritable())
        return Error::io(QStringLiteral("cannot write into the folder %1: permission denied").arg(directory));
    return Status::success();
}

// Can `directory` be made (or written into), without making it: the nearest
// existing folder above it must be a writable folder.
Status checkFolder(const QString &directory)
{
    QFileInfo existing(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()));
    while (!existing.exists() && !existing.isRoot())
        existing = QFileInfo(existing.absolutePath());
    if (!existing.isDir())
        return Error::io(QStringLiteral("cannot create the folder %1: %2 is not a folder")
                             .arg(directory, existing.absoluteFilePath()));
    if (!existing.isWritable())
        return Error::io(QStringLiteral("cannot create the folder %1: %2 is not writable (permission denied)")
                             .arg(directory, existing.absoluteFilePath()));
    return Status::success();
}

Status writeAll(const QString &directory, const Files &files)
{
    for (const auto &[relative, text] : files) {
        const QString path = QDir(directory).filePath(relative);
        if (Status s = makeFolder(QFileInfo(path).absolutePath()); !s)
            return s;
        if (Status s = writeWhole(path, text); !s)
            return s;
    }
    return Status::success();
}

QString diagnosticsText(const QList<RenderDiagnostic> &diagnostics)
{
    QString out;
    for (const RenderDiagnostic &d : diagnostics)
        out += d.toString() + QLatin1Char('\n');
    return out;
}

} // namespace

int runRender(CliContext &c)
{
    const CommandArguments a = CommandArguments::of(c.args(), {QStringLiteral("--vendor"), QStringLiteral("--device"),
                                                 QStringLiteral("--style"), QStringLiteral("--out")});
    if (a.positional.size() != 1)
        return usageError(c.err(), QStringLiteral("'render' takes one engagement (id or name)"), kRenderSynopsis);
    const QString outDir = a.value("--out");
    if (outDir.isEmpty())
        return usageError(c.err(), QStringLiteral("'render' needs --out DIR"), kRenderSynopsis);

    auto ctx = OpenEngagement::open(c, a.positional.first());
    if (!ctx)
        return failure(c.err(), ctx.error().message);

    // The design as the engagement holds it now; rendering allocates nothing.
    auto run = DesignWorkflow(*ctx->db, ctx->catalog).current(ctx->engagement);
    if (!run)
        return failure(c.err(), run.error().message);
    const QStringList missing = run->design.missingValues();
    if (!missing.isEmpty())
        return failure(c.err(), QStringLiteral("the design of '%1' lacks %2 value(s) (e.g. %3); run 'vpnwb design %4' "
                                               "first; nothing was rendered")
                                    .arg(ctx->engagement.name)
                                    .arg(missing.size())
                                    .arg(missing.first())
                                    .arg(ctx->engagement.id));
    if (run->hasBlocking()) {
        const QList<DesignFinding> blocking = run->blocking();
        c.err() << "vpnwb: the design of '" << ctx->engagement.name << "' has " << blocking.size()
                << " blocking finding(s); nothing was rendered:\n";
        for (const DesignFinding &f : blocking)
            c.err() << "  " << f.toString() << '\n';
        c.err().flush();
        return ExitFailure;
    }
    const QList<DeviceDesign> devices = DeviceDesignBuilder::build(run->design, run->settings.cpeVendor);

    QList<const DeviceDesign *> selected;
    for (const DeviceDesign &d : devices) {
        if ((!a.has("--vendor") || d.vendor == a.value("--vendor")) &&
            (!a.has("--device") || d.name == a.value("--device")))
            selected.append(&d);
    }
    if (selected.isEmpty()) {
        QStringList vendors;
        for (const DeviceDesign &d : devices) {
            if (!vendors.contains(d.vendor))
                vendors.append(d.vendor);
        }
        vendors.sort();
        return failure(c.err(), QStringLiteral("no device of '%1' matches%2%3 (%4 devices; vendors: %5)")
                                    .arg(ctx->engagement.name,
                                         a.has("--vendor") ? QStringLiteral(" --vendor ") + a.value("--vendor") : QString(),
                                         a.has("--device") ? QStringLiteral(" --device ") + a.value("--device") : QString())
                                    .arg(devices.size())
                                    .arg(vendors.join(QStringLiteral(", "))));
    }

    // Where the files go is checked before any rendering.
    if (Status s = checkFolder(outDir); !s)
        return failure(c.err(), s.error().message + QStringLiteral("; nothing was written"));
    const RendererRegistry registry;
    warnSkipped(c, registry);
    Files files;
    int warnings = 0;
    for (const DeviceDesign *d : std::as_const(selected)) {
        const RendererRegistry::Plugin *plugin = registry.find(d->vendor);
        if (!plugin)
            return failure(c.err(), noPluginMessage(*d, registry));
        const QString style = a.has("--style") ? a.value("--style") : plugin->styles.first();
        auto rendering = plugin->renderer->render(*d, style);
        if (!rendering)
            return failure(c.err(), rendering.error().message + QStringLiteral("; nothing was written"));
        for (const RenderDiagnostic &diagnostic : rendering->diagnostics) {
            if (diagnostic.severity == RenderDiagnostic::Severity::Warning) {
                c.err() << "vpnwb: " << d->name << ": " << diagnostic.toString() << '\n';
                ++warnings;
            }
        }
        files.append({d->name + QLatin1String(".cfg"),
                      a.has("--removal") ? rendering->removal : rendering->configuration});
    }
    if (Status s = writeAll(outDir, files); !s)
        return failure(c.err(), s.error().message);
    c.out() << "Wrote the " << (a.has("--removal") ? "removal" : "configuration") << " of " << files.size()
            << " device(s) of '" << ctx->engagement.name << "' to " << QDir::cleanPath(outDir) << " (" << warnings
            << " warning(s))." << Qt::endl;
    return ExitOk;
}

int runRenderGolden(CliContext &c)
{
    if (c.args().size() != 1)
        return usageError(c.err(), QStringLiteral("'render-golden' takes the golden folder"), kGoldenSynopsis);
    const QString dir = c.args().first();
    const QString source = QDir(dir).filePath(QStringLiteral("design.json"));
    auto bytes = readWhole(source);
    if (!bytes)
        return failure(c.err(), bytes.error().message);
    auto devices = DeviceDesignJson::fromBytes(*bytes, source);
    if (!devices)
        return failure(c.err(), devices.error().message);

    const RendererRegistry registry;
    warnSkipped(c, registry);
    Files files;
    for (const DeviceDesign &d : std::as_const(*devices)) {
        const RendererRegistry::Plugin *plugin = registry.find(d.vendor);
        if (!plugin)
            return failure(c.err(), noPluginMessage(d, registry));
        for (const QString &style : plugin->styles) {
            auto rendering = plugin->renderer->render(d, style);
            if (!rendering)
                return failure(c.err(), rendering.error().message + QStringLiteral("; nothing was written"));
            const QString base = d.vendor + QLatin1Char('/') + d.name +
                                 (style == plugin->styles.first() ? QString() : QLatin1Char('.') + style);
            files.append({base + QLatin1String(".cfg"), rendering->configuration});
            files.append({base + QLatin1String(".removal.cfg"), rendering->removal});
            if (style == plugin->styles.first() && !rendering->diagnostics.isEmpty())
                files.append({base + QLatin1String(".notes.txt"), diagnosticsText(rendering->diagnostics)});
        }
    }
    if (Status s = writeAll(dir, files); !s)
        return failure(c.err(), s.error().message);
    c.out() << "Rendered " << devices->size() << " devices into " << files.size() << " files under "
            << QDir::cleanPath(dir) << "; review them with 'git diff'." << Qt::endl;
    return ExitOk;
}

int runDiff(CliContext &c)
{
    const CommandArguments a = CommandArguments::of(c.args(), {QStringLiteral("--vendor")});
    if (a.positional.size() != 2)
        return usageError(c.err(), QStringLiteral("'diff' takes the running and the intended configuration files"),
                          kDiffSynopsis);
    const auto dialect = ConfigDialect::forVendor(a.value("--vendor"));
    if (!dialect)
        return usageError(c.err(),
                          QStringLiteral("--vendor must be one of %1").arg(ConfigDialect::vendors().join(QStringLiteral(", "))),
                          kDiffSynopsis);
    auto running = readWhole(a.positional[0]);
    if (!running)
        return failure(c.err(), running.error().message);
    auto intended = readWhole(a.positional[1]);
    if (!intended)
        return failure(c.err(), intended.error().message);
    const ConfigDiff diff = ConfigDiff::compare(ConfigTree::parse(QString::fromUtf8(*running), *dialect),
                                                ConfigTree::parse(QString::fromUtf8(*intended), *dialect));
    if (c.json()) {
        QJsonArray entries;
        for (const ConfigDiff::Entry &e : diff.entries()) {
            static const char *const names[] = {"added", "removed", "changed"};
            QJsonObject o{{QLatin1String("change"), QLatin1String(names[static_cast<int>(e.change)])},
                          {QLatin1String("path"), QJsonArray::fromStringList(e.path)},
                          {QLatin1String("statement"), e.text}};
            if (e.change == ConfigDiff::Change::Changed)
                o.insert(QLatin1String("was"), e.oldText);
            if (!e.block.isEmpty())
                o.insert(QLatin1String("block"), QJsonArray::fromStringList(e.block));
            entries.append(o);
        }
        c.out() << QJsonDocument(QJsonObject{{QLatin1String("entries"), entries}}).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    c.out() << diff.toText();
    c.out() << QStringLiteral("%1 added, %2 removed, %3 changed.")
                   .arg(diff.count(ConfigDiff::Change::Added))
                   .arg(diff.count(ConfigDiff::Change::Removed))
                   .arg(diff.count(ConfigDiff::Change::Changed))
            << Qt::endl;
    return ExitOk;
}

int runRenderers(CliContext &c)
{
    if (!c.args().isEmpty())
        return usageError(c.err(), QStringLiteral("'renderers' takes no arguments"), "vpnwb renderers [--json]");
    const RendererRegistry registry;
    if (c.json()) {
        QJsonArray plugins;
        for (const RendererRegistry::Plugin &p : registry.plugins()) {
            QJsonArray roles;
            for (const DeviceRole r : p.roles)
                roles.append(toString(r));
            plugins.append(QJsonObject{{QLatin1String("vendor"), p.vendor},
                                       {QLatin1String("name"), p.name},
                                       {QLatin1String("roles"), roles},
                                       {QLatin1String("styles"), QJsonArray::fromStringList(p.styles)},
                                       {QLatin1String("platforms"), QJsonArray::fromStringList(p.platforms)},
                                       {QLatin1String("file"), p.fileName}});
        }
        QJsonArray skipped;
        for (const RendererRegistry::Problem &p : registry.problems())
            skipped.append(QJsonObject{{QLatin1String("file"), p.fileName}, {QLatin1String("reason"), p.reason}});
        c.out() << QJsonDocument(QJsonObject{{QLatin1String("renderers"), plugins}, {QLatin1String("skipped"), skipped}})
                       .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    QList<QStringList> rows{{QStringLiteral("VENDOR"), QStringLiteral("NAME"), QStringLiteral("ROLES"),
                             QStringLiteral("STYLES"), QStringLiteral("PLATFORMS")}};
    for (const RendererRegistry::Plugin &p : registry.plugins()) {
        QStringList roles;
        for (const DeviceRole r : p.roles)
            roles.append(toString(r));
        rows.append({p.vendor, p.name, roles.join(QLatin1Char(',')), p.styles.join(QLatin1Char(',')),
                     p.platforms.join(QStringLiteral("; "))});
    }
    printTable(c.out(), rows);
    for (const RendererRegistry::Problem &p : registry.problems())
        c.out() << "skipped " << p.fileName << ": " << p.reason << '\n';
    c.out() << registry.plugins().size() << " renderer(s), " << registry.problems().size() << " skipped." << Qt::endl;
    return ExitOk;
}

} // namespace vpnwb
