#pragma once

#include <QCoreApplication>

#include <memory>

namespace vpnwb {

class CliContext;

// vpnwb canvas ENGAGEMENT --png FILE | --svg FILE [--layout geo|radial|force]
// [--width N --height N]: draws the topology canvas without a display.
int runCanvas(CliContext &c);

// The application object for the command line in argv: drawing the canvas
// needs a QApplication, as QGraphicsScene does (on the offscreen platform
// unless QT_QPA_PLATFORM says otherwise); every other command a QCoreApplication.
std::unique_ptr<QCoreApplication> makeCliApplication(int &argc, char **argv);

} // namespace vpnwb
