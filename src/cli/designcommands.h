#pragma once

namespace vpnwb {

class CliContext;
struct Engagement;

// vpnwb design | findings | override | export-l3nm | import-l3nm | provider-settings:
// steps 4 and 5, the network design (docs/DESIGN.md).
int runDesign(CliContext &c);
int runFindings(CliContext &c);
int runOverride(CliContext &c);
int runExportL3nm(CliContext &c);
int runImportL3nm(CliContext &c);
int runProviderSettings(CliContext &c);

// Whether step 4 or 5 of `engagement` may be marked done: it has been
// designed, holds every value it needs and has no blocking finding. When not,
// says why on stderr.
bool designMayBeDone(CliContext &c, const Engagement &engagement, int step);

} // namespace vpnwb
