// GUI tests run with a QApplication on the offscreen platform.
#include <QApplication>

#include <memory>

namespace vpnwb::test {
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}
} // namespace vpnwb::test
