#pragma once

namespace vpnwb {

class CliContext;

// vpnwb jobs [ENGAGEMENT]: the push jobs kept in the workspace, newest first.
int runJobs(CliContext &c);

// vpnwb job ID [--device NAME] [--configs]: one push job with each device's
// outcome and log, and with --configs the configurations before and after.
int runJob(CliContext &c);

} // namespace vpnwb
