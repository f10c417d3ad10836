#pragma once

#include "result.h"
#include "secret.h"

namespace vpnwb {

class CliContext;

// vpnwb vault init | set NAME | list | check
int runVault(CliContext &c);

// The vault's master passphrase: $VPNWB_VAULT_PASSPHRASE, or asked at the
// terminal (twice when a new vault is made, so that a typo does not lock it).
Result<Secret> masterPassphrase(bool confirm);

} // namespace vpnwb
