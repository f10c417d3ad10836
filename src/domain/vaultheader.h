#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>

namespace vpnwb {

// What a workspace keeps of its credential vault besides the sealed secrets:
// how the key is derived from the master passphrase, and a verifier sealed
// with that key, which tells a wrong passphrase from a right one. Nothing in
// it reveals the key or a secret.
struct VaultHeader
{
    QString kdf;             // "scrypt"
    QByteArray salt;         // per vault, random
    std::uint64_t costN = 0; // scrypt N (a power of two)
    std::uint64_t blockSizeR = 0;
    std::uint64_t parallelismP = 0;
    QByteArray verifierNonce;
    QByteArray verifierCiphertext;
    QByteArray verifierTag;
    QDateTime createdAt;

    bool operator==(const VaultHeader &) const = default;
};

} // namespace vpnwb
