#pragma once

namespace vpnwb {

class CliContext;

// vpnwb vault init | set NAME | list | check
int runVault(CliContext &c);

} // namespace vpnwb
