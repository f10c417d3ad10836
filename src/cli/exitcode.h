#pragma once

namespace vpnwb {

// The process exit codes of vpnwb.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // the command ran and failed; the reason is on stderr
    ExitUsage = 2,   // the command line was wrong
};

} // namespace vpnwb
