#pragma once

namespace vpnwb {

class CliContext;

// vpnwb demo | engagements | show | status
int runDemo(CliContext &c);
int runEngagements(CliContext &c);
int runShow(CliContext &c);
int runStatus(CliContext &c);
int runSteps(CliContext &c);

} // namespace vpnwb
