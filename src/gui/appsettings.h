#pragma once

#include <QString>
#include <QStringList>

namespace vpnwb {

// The user's settings and remembered state, kept in QSettings.
class AppSettings
{
public:
    static QString language(); // "" = the system's, or "en", "de", "fr"
    static void setLanguage(const QString &code);
    static QString defaultWorkspace(); // "" = the built-in location
    static void setDefaultWorkspace(const QString &path);
    static bool reopenLast();
    static void setReopenLast(bool on);

    static QStringList recentWorkspaces();
    static void addRecentWorkspace(const QString &path);
    static void clearRecentWorkspaces();
    static constexpr int maxRecent = 8;

    static QString lastWorkspace();
    static qint64 lastEngagement(const QString &workspace);
    static void setLastEngagement(const QString &workspace, qint64 id);
};

} // namespace vpnwb
