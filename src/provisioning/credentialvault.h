#pragma once

#include "result.h"
#include "sealedsecret.h"
#include "secret.h"
#include "vaultheader.h"

#include <QByteArray>
#include <QString>

namespace vpnwb {

// The crypto of the credential vault. A 256-bit key is derived from the
// master passphrase with scrypt and the vault's random salt; each secret is
// sealed with AES-256-GCM under a fresh random nonce, its name and the
// vault's salt bound in as associated data, so that a secret moved to
// another name or vault, or altered in any bit, is refused. A verifier sealed
// the same way tells a wrong passphrase from a tampered secret. It holds the
// key only in memory (wiped when it goes); storing the header and the sealed
// secrets is the caller's (VaultRepository).
class CredentialVault
{
public:
    // A new vault for `passphrase`: its header, to be stored, and the open vault.
    static Result<CredentialVault> create(const Secret &passphrase, VaultHeader *header);
    // Opens the vault of `header`. A wrong passphrase (or an altered header)
    // is refused.
    static Result<CredentialVault> unlock(const VaultHeader &header, const Secret &passphrase);

    Result<SealedSecret> seal(const QString &name, const Secret &secret) const;
    // The secret's clear text; an altered or misplaced secret is refused.
    Result<Secret> open(const SealedSecret &sealed) const;

    static constexpr int keyBytes = 32;
    static constexpr int saltBytes = 16;
    static constexpr int nonceBytes = 12;
    static constexpr int tagBytes = 16;
    // scrypt cost of new vaults: N = 2^15, r = 8, p = 1 (32 MiB, about 0.1 s).
    static constexpr quint64 defaultCostN = quint64(1) << 15;
    static constexpr quint64 defaultBlockSizeR = 8;
    static constexpr quint64 defaultParallelismP = 1;

private:
    CredentialVault(Secret key, QByteArray salt) : m_key(std::move(key)), m_salt(std::move(salt)) {}

    static Result<Secret> deriveKey(const Secret &passphrase, const VaultHeader &header);
    static Status checkHeader(const VaultHeader &header);
    QByteArray associatedData(const QString &purpose) const;

    Secret m_key;
    QByteArray m_salt;
};

} // namespace vpnwb
