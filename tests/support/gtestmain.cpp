// main() for the project's GoogleTest executables: a QApplication when the
// test links Qt6::Widgets (offscreen), else a QCoreApplication, so that Qt's
// resources, plugins and SQL drivers behave as in the real programs.
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace vpnwb::test {
// Defined weakly; the GUI test support overrides it with a QApplication.
__attribute__((weak)) std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    return std::make_unique<QCoreApplication>(argc, argv);
}
} // namespace vpnwb::test

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    auto app = vpnwb::test::makeApplication(argc, argv);
    // Settings written by a test stay in a folder of its own run.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("vpn-workbench-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("vpn-workbench-tests"));
    return RUN_ALL_TESTS();
}
