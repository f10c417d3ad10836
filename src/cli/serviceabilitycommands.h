#pragma once

namespace vpnwb {

class CliContext;
struct Engagement;

// vpnwb serviceability ENGAGEMENT: checks every site against the PoP
// catalog, stores the results and prints them.
int runServiceability(CliContext &c);

// Whether step 1 of `engagement` may be marked done (see StepOneGate); when
// not, says why on stderr, naming each unresolved site.
bool stepOneMayBeDone(CliContext &c, const Engagement &engagement);

} // namespace vpnwb
