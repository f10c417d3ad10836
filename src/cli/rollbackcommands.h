#pragma once

namespace vpnwb {

class CliContext;

// vpnwb rollback JOB: restores every device a past push changed to the
// configuration that job saved before changing it; stored as a job itself.
int runRollback(CliContext &c);

// vpnwb drift ENGAGEMENT: compares each device's running configuration with
// what the last push or rollback left there, and reports out-of-band changes.
int runDrift(CliContext &c);

} // namespace vpnwb
