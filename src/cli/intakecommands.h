#pragma once

namespace vpnwb {

class CliContext;

// vpnwb import-sites | import-l3sm | export-l3sm: site intake (flow step 1).
int runImportSites(CliContext &c);
int runImportL3sm(CliContext &c);
int runExportL3sm(CliContext &c);

} // namespace vpnwb
