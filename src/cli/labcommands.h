#pragma once

#include <QString>

namespace vpnwb {

class CliContext;

// vpnwb lab up [--engagement E [--pe N] | --pe N --ce M] [--dir DIR] | down [--dir DIR] | status [--dir DIR]
// (--engagement: the lab built from the engagement's design, see LabSpec)
int runLab(CliContext &c);

// The router lab's script: $VPNWB_LAB_PATH/lab when set; the source tree's
// tests/lab/lab for a vpnwb run from its build tree; else the installed
// <prefix>/share/vpn-workbench/lab/lab beside the vpnwb binary's bin folder.
QString labScriptPath();

} // namespace vpnwb
