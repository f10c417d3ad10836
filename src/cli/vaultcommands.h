#pragma once

#include "credentialvault.h"
#include "result.h"
#include "secret.h"
#include "vaultheader.h"

namespace vpnwb {

class CliContext;

// vpnwb vault init | set NAME | list | check
int runVault(CliContext &c);

// The vault's master passphrase: $VPNWB_VAULT_PASSPHRASE, or asked at the
// terminal (twice when a new vault is made, so that a typo does not lock it).
Result<Secret> masterPassphrase(bool confirm);

class VaultRepository;

// The workspace's vault header; an error naming the workspace when it has no
// vault. `purpose` says what the vault is needed for, e.g. "for the devices' passwords".
Result<VaultHeader> existingVaultHeader(const VaultRepository &repository, const QString &dbPath,
                                        const QString &purpose = QString());

// The workspace's vault, unlocked with the master passphrase.
Result<CredentialVault> unlockWorkspaceVault(const VaultRepository &repository, const QString &dbPath,
                                             const QString &purpose = QString());

} // namespace vpnwb
