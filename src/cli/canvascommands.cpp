#include "canvascommands.h"

#include "canvasexporter.h"
#include "canvaslayoutkind.h"
#include "canvaspositions.h"
#include "clicontext.h"
#include "engagementcommands.h"
#include "engagementdocument.h"
#include "linklayeritem.h"
#include "popcatalog.h"
#include "sitehoming.h"
#include "topologycontroller.h"
#include "topologyscene.h"
#include "usageerror.h"

#include <QDate>
#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace vpnwb {
namespace {

constexpr const char *kSynopsis =
    "vpnwb canvas ENGAGEMENT --png FILE | --svg FILE [--layout geo|radial|force] [--width N --height N]";

// The first word of the command line that is not an option of vpnwb itself.
const char *commandName(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0) {
            ++i;
            continue;
        }
        if (argv[i][0] != '-')
            return argv[i];
    }
    return "";
}

struct CanvasRequest
{
    QString engagement;
    QString png;
    QString svg;
    std::optional<CanvasLayoutKind> layout;
    QSize size{1600, 1000};
};

// Reads the arguments, or says what is wrong with them.
Result<CanvasRequest> parse(const QStringList &args)
{
    CanvasRequest r;
    QString width;
    QString height;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        QString *value = nullptr;
        if (a == QLatin1String("--png"))
            value = &r.png;
        else if (a == QLatin1String("--svg"))
            value = &r.svg;
        else if (a == QLatin1String("--width"))
            value = &width;
        else if (a == QLatin1String("--height"))
            value = &height;
        if (value) {
            if (i + 1 >= args.size())
                return Error::invalidInput(QStringLiteral("option '%1' needs a value").arg(a));
            *value = args[++i];
        } else if (a == QLatin1String("--layout")) {
            if (i + 1 >= args.size())
                return Error::invalidInput(QStringLiteral("option '--layout' needs a value"));
            r.layout = canvasLayoutKindFromString(args[++i]);
            if (!r.layout)
                return Error::invalidInput(
                    QStringLiteral("'%1' is not a layout (geo, radial or force)").arg(args[i]));
        } else if (a.startsWith(QLatin1Char('-'))) {
            return Error::invalidInput(QStringLiteral("unknown option '%1' for 'canvas'").arg(a));
        } else if (r.engagement.isEmpty()) {
            r.engagement = a;
        } else {
            return Error::invalidInput(QStringLiteral("'canvas' takes one engagement, not also '%1'").arg(a));
        }
    }
    if (r.engagement.isEmpty())
        return Error::invalidInput(QStringLiteral("'canvas' needs an engagement (id or name)"));
    if (r.png.isEmpty() == r.svg.isEmpty())
        return Error::invalidInput(QStringLiteral("give either --png FILE or --svg FILE"));
    for (const auto &[text, side] : {std::pair{width, &r.size.rwidth()}, std::pair{height, &r.size.rheight()}}) {
        if (text.isEmpty())
            continue;
        bool ok = false;
        *side = text.toInt(&ok);
        if (!ok || *side < CanvasExporter::minSide || *side > CanvasExporter::maxSide)
            return Error::invalidInput(QStringLiteral("'%1' is not a picture size (%2 to %3 pixels)")
                                           .arg(text)
                                           .arg(CanvasExporter::minSide)
                                           .arg(CanvasExporter::maxSide));
    }
    return r;
}

} // namespace

std::unique_ptr<QCoreApplication> makeCliApplication(int &argc, char **argv)
{
    if (std::strcmp(commandName(argc, argv), "canvas") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (ssh, cron, CI) Qt would warn about a missing
        // runtime folder on every run: give it a private one.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/vpnwb-runtime-" + QByteArray::number(getuid());
            if (::mkdir(runtime.constData(), 0700) == 0 || errno == EEXIST) {
                struct stat st {};
                if (::lstat(runtime.constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == getuid() &&
                    (st.st_mode & 0777) == 0700)
                    qputenv("XDG_RUNTIME_DIR", runtime);
            }
        }
        return std::make_unique<QApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int runCanvas(CliContext &c)
{
    auto request = parse(c.args());
    if (!request)
        return usageError(c.err(), request.error().message, kSynopsis);
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return failure(c.err(), QStringLiteral("drawing the canvas needs a graphical application object"));
    auto found = findEngagement(c, request->engagement);
    if (!found)
        return failure(c.err(), found.error().message);
    auto db = c.database();
    if (!db)
        return failure(c.err(), db.error().message);
    auto catalog = PopCatalog::builtIn();
    if (!catalog)
        return failure(c.err(), catalog.error().message);

    EngagementDocument doc(**db);
    QObject::connect(&doc, &EngagementDocument::errorOccurred, &doc, [&c](const QString &message) {
        c.err() << "vpnwb: warning: " << message << Qt::endl;
    });
    if (const Status s = doc.open(found->id); !s)
        return failure(c.err(), s.error().message);
    SiteHoming homing(doc, std::move(catalog.value()));
    CanvasPositions positions(doc);
    TopologyScene scene;
    TopologyController controller(doc, homing, positions, scene);
    controller.flush();
    if (request->layout)
        controller.preview(*request->layout);

    const Engagement &e = doc.engagement();
    CanvasExporter::Options options;
    options.size = request->size;
    options.title = e.name;
    options.subtitle = QStringLiteral("%1 — %2 %3, %4 %5 — %6")
                           .arg(e.customer.name)
                           .arg(e.sites.size())
                           .arg(e.sites.size() == 1 ? QStringLiteral("site") : QStringLiteral("sites"))
                           .arg(e.vpns.size())
                           .arg(e.vpns.size() == 1 ? QStringLiteral("VPN") : QStringLiteral("VPNs"))
                           .arg(QDate::currentDate().toString(Qt::ISODate));
    const bool svg = !request->svg.isEmpty();
    const QString path = svg ? request->svg : request->png;
    const Status written = svg ? CanvasExporter::writeSvg(scene, path, options)
                               : CanvasExporter::writePng(scene, path, options);
    if (!written)
        return failure(c.err(), written.error().message);

    int pes = 0;
    for (const CanvasNode &n : scene.graph().nodes())
        pes += n.kind == CanvasNode::Kind::Pe ? 1 : 0;
    const QString layout = request->layout           ? toString(*request->layout)
                           : positions.all().isEmpty() ? toString(CanvasLayoutKind::Geographic)
                                                       : QStringLiteral("saved");
    if (c.json()) {
        const QJsonObject o{{QLatin1String("file"), path},
                            {QLatin1String("format"), svg ? QStringLiteral("svg") : QStringLiteral("png")},
                            {QLatin1String("width"), request->size.width()},
                            {QLatin1String("height"), request->size.height()},
                            {QLatin1String("layout"), layout},
                            {QLatin1String("sites"), int(e.sites.size())},
                            {QLatin1String("pes"), pes},
                            {QLatin1String("links"), int(scene.linkLayer()->linkCount())}};
        c.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    c.out() << QStringLiteral("Wrote %1 (%2 x %3, %4 layout): %5 sites, %6 PEs, %7 links.")
                   .arg(path)
                   .arg(request->size.width())
                   .arg(request->size.height())
                   .arg(layout)
                   .arg(e.sites.size())
                   .arg(pes)
                   .arg(scene.linkLayer()->linkCount())
            << Qt::endl;
    return ExitOk;
}

} // namespace vpnwb
