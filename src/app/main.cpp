// vpn-workbench: the desktop application.

#include "appsettings.h"
#include "database.h"
#include "engagementdocument.h"
#include "engagementrepository.h"
#include "flowstep.h"
#include "mainwindow.h"
#include "terminationrequest.h"
#include "uilanguage.h"
#include "workspacesession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>
#include <QWindow>

#include <cstdio>

using namespace vpnwb;

namespace {

void fail(const QString &message, bool quiet)
{
    std::fprintf(stderr, "vpn-workbench: %s\n", qPrintable(message));
    if (!quiet)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "VPN Workbench"), message);
}

struct AppOptions
{
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("Workspace database to open."),
                          QStringLiteral("PATH")};
    QCommandLineOption engagement{QStringLiteral("engagement"), QStringLiteral("Engagement to open (id or name)."),
                                  QStringLiteral("ENGAGEMENT")};
    QCommandLineOption step{QStringLiteral("step"), QStringLiteral("Flow step to show (1-10)."), QStringLiteral("N")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QStringLiteral("Create the demo engagement if the workspace has none, and open it.")};
    QCommandLineOption language{QStringLiteral("language"), QStringLiteral("User interface language (en, de, fr)."),
                                QStringLiteral("CODE")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QStringLiteral("Save a PNG of the main window once shown, then quit."),
                                  QStringLiteral("FILE")};
};

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("vpn-workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("vpn-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VPNWB_VERSION));
}

// Parses the command line; returns the exit code when the program should end
// here (help, version, bad arguments), or -1 to go on.
int parseCommandLine(QCommandLineParser &parser, const AppOptions &o)
{
    parser.setApplicationDescription(
        QStringLiteral("VPN Workbench: enterprise MPLS L3VPN from RFP to monitored service."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({o.db, o.engagement, o.step, o.demo, o.language, o.screenshot});
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "vpn-workbench: %s (see 'vpn-workbench --help')\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt prints the program's full path; a user typed its name.
        QString help = parser.helpText();
        help.replace(QCoreApplication::applicationFilePath(), QStringLiteral("vpn-workbench"));
        help.replace(QCoreApplication::arguments().constFirst(), QStringLiteral("vpn-workbench"));
        std::fputs(qPrintable(help), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("vpn-workbench %s\n", VPNWB_VERSION);
        return 0;
    }
    return -1;
}

// Help and version are text: they must not need a display.
bool asksForTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const AppOptions options;
    if (asksForTextOnly(argc, argv)) {
        QCoreApplication core(argc, argv);
        setApplicationNames();
        QCommandLineParser parser;
        const int code = parseCommandLine(parser, options);
        return code < 0 ? 0 : code;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("VPN Workbench"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.vpnworkbench.VpnWorkbench"));

    QCommandLineParser parser;
    if (const int code = parseCommandLine(parser, options); code >= 0)
        return code;
    const QCommandLineOption &dbOption = options.db;
    const QCommandLineOption &stepOption = options.step;
    const QCommandLineOption &languageOption = options.language;
    const QCommandLineOption &screenshotOption = options.screenshot;
    const QCommandLineOption &engagementOption = options.engagement;
    const QCommandLineOption &demoOption = options.demo;
    int step = 0;
    if (parser.isSet(stepOption)) {
        bool ok = false;
        step = parser.value(stepOption).toInt(&ok);
        if (!ok || !FlowStep::byNumber(step)) {
            std::fprintf(stderr, "vpn-workbench: --step takes a step number from 1 to %d, not '%s'\n",
                         FlowStep::count, qPrintable(parser.value(stepOption)));
            return 2;
        }
    }
    const QStringList languages{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
    if (parser.isSet(languageOption) && !languages.contains(parser.value(languageOption))) {
        std::fprintf(stderr, "vpn-workbench: --language takes one of %s, not '%s'\n",
                     qPrintable(languages.join(QStringLiteral(", "))), qPrintable(parser.value(languageOption)));
        return 2;
    }

    UiLanguage::install(app, parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : AppSettings::language());
    const bool quiet = parser.isSet(screenshotOption);

    QString path = parser.value(dbOption);
    if (path.isEmpty() && AppSettings::reopenLast())
        path = AppSettings::lastWorkspace();
    if (path.isEmpty())
        path = AppSettings::defaultWorkspace();
    if (path.isEmpty())
        path = Database::defaultLocation();

    MainWindow window;
    // A termination signal ends the program as closing its window does.
    TerminationRequest termination;
    QObject::connect(&termination, &TerminationRequest::requested, &window, &MainWindow::closeWhenJobsEnd);
    if (const Status s = window.openWorkspace(path); !s) {
        fail(s.error().message, quiet);
        return 1;
    }
    if (parser.isSet(demoOption) && !window.session()->document().isOpen()) {
        if (const Status s = window.createDemoEngagement(); !s) {
            fail(s.error().message, quiet);
            return 1;
        }
    }
    if (parser.isSet(engagementOption)) {
        auto found = EngagementRepository(window.session()->database()).find(parser.value(engagementOption));
        if (!found) {
            fail(found.error().message, quiet);
            return 1;
        }
        if (const Status s = window.openEngagement(found->id); !s) {
            fail(s.error().message, quiet);
            return 1;
        }
    }
    if (step != 0)
        window.selectStep(step);
    window.show();

    if (quiet) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(1500, &window, [&window, file] {
            // Grab what the display server shows (under Xvfb: the real pixels).
            QPixmap shot = window.screen()->grabWindow(window.winId());
            if (shot.isNull())
                shot = window.grab();
            const bool saved = shot.save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "vpn-workbench: cannot write the screenshot %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
