#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace vpnwb {

// Installs the workbench's and Qt's translations for a language: the one
// chosen in the settings, else the system's.
class UiLanguage
{
public:
    // `code` is "", "en", "de" or "fr"; returns the locale that was applied.
    static QLocale install(QCoreApplication &app, const QString &code);
    // Removes the translators installed before (for switching in tests).
    static void uninstall(QCoreApplication &app);
};

} // namespace vpnwb
