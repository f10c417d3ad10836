#pragma once

namespace vpnwb {

class CliContext;

// vpnwb push ENGAGEMENT --inventory FILE --dry-run [--parallel N] [--accept-new-host-keys]
int runPush(CliContext &c);

} // namespace vpnwb
