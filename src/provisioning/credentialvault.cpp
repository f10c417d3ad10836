#include "credentialvault.h"

#include "opensslerror.h"
#include "secretname.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace vpnwb {
namespace {

const QByteArray kVerifierText = QByteArrayLiteral("vpnwb credential vault");
const QString kScrypt = QStringLiteral("scrypt");

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

struct Sealed
{
    QByteArray nonce;
    QByteArray ciphertext;
    QByteArray tag;
};

Result<QByteArray> randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        return opensslError(QStringLiteral("cannot draw random bytes for the vault"));
    return out;
}

Result<Sealed> sealBytes(const Secret &key, const char *plain, qsizetype plainSize, const QByteArray &aad)
{
    auto nonce = randomBytes(CredentialVault::nonceBytes);
    if (!nonce)
        return nonce.error();
    const CipherContext ctx(EVP_CIPHER_CTX_new());
    Sealed out;
    out.nonce = nonce.value();
    out.ciphertext.resize(plainSize);
    out.tag.resize(CredentialVault::tagBytes);
    int length = 0;
    int total = 0;
    const bool ok =
        ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, CredentialVault::nonceBytes, nullptr) == 1 &&
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.constBytes(),
                           reinterpret_cast<const unsigned char *>(out.nonce.constData())) == 1 &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(aad.constData()),
                          static_cast<int>(aad.size())) == 1 &&
        EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.ciphertext.data()), &length,
                          reinterpret_cast<const unsigned char *>(plain), static_cast<int>(plainSize)) == 1 &&
        (total = length, EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.ciphertext.data()) + total,
                                             &length) == 1) &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, CredentialVault::tagBytes, out.tag.data()) == 1;
    if (!ok)
        return opensslError(QStringLiteral("cannot encrypt with AES-256-GCM"));
    return out;
}

// The clear text, or nothing when the tag does not authenticate the data.
Result<std::optional<Secret>> openBytes(const Secret &key, const QByteArray &nonce, const QByteArray &ciphertext,
                                        const QByteArray &tag, const QByteArray &aad)
{
    const CipherContext ctx(EVP_CIPHER_CTX_new());
    QByteArray plain(ciphertext.size(), Qt::Uninitialized);
    int length = 0;
    const bool ready =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.constBytes(),
                           reinterpret_cast<const unsigned char *>(nonce.constData())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(aad.constData()),
                          static_cast<int>(aad.size())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &length,
                          reinterpret_cast<const unsigned char *>(ciphertext.constData()),
                          static_cast<int>(ciphertext.size())) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(tag.size()),
                            const_cast<char *>(tag.constData())) == 1;
    if (!ready) {
        OPENSSL_cleanse(plain.data(), static_cast<size_t>(plain.size()));
        return opensslError(QStringLiteral("cannot decrypt with AES-256-GCM"));
    }
    int finalLength = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + length, &finalLength) != 1) {
        // Not an OpenSSL failure: the data or its tag was altered (or the key is wrong).
        OPENSSL_cleanse(plain.data(), static_cast<size_t>(plain.size()));
        return std::optional<Secret>();
    }
    return std::optional<Secret>(Secret(std::move(plain)));
}

} // namespace

Status CredentialVault::checkHeader(const VaultHeader &h)
{
    const auto damaged = [](const QString &why) {
        return Error::storage(QStringLiteral("the credential vault's header is damaged (%1); it cannot be opened").arg(why));
    };
    if (h.kdf != kScrypt)
        return Error::incompatible(QStringLiteral("the credential vault uses the key derivation '%1', which this "
                                                  "workbench does not know (it knows scrypt)")
                                       .arg(h.kdf));
    const quint64 n = h.costN;
    if (n < (quint64(1) << 14) || n > (quint64(1) << 22) || (n & (n - 1)) != 0)
        return damaged(QStringLiteral("scrypt N = %1").arg(n));
    if (h.blockSizeR < 1 || h.blockSizeR > 32 || h.parallelismP < 1 || h.parallelismP > 16)
        return damaged(QStringLiteral("scrypt r = %1, p = %2").arg(h.blockSizeR).arg(h.parallelismP));
    if (h.salt.size() != saltBytes || h.verifierNonce.size() != nonceBytes || h.verifierTag.size() != tagBytes ||
        h.verifierCiphertext.size() != kVerifierText.size())
        return damaged(QStringLiteral("field sizes"));
    return Status::success();
}

Result<Secret> CredentialVault::deriveKey(const Secret &passphrase, const VaultHeader &h)
{
    QByteArray key(keyBytes, Qt::Uninitialized);
    const quint64 maxMemory = 128 * h.blockSizeR * (h.costN + h.parallelismP + 2) + (quint64(1) << 20);
    if (EVP_PBE_scrypt(passphrase.constData(), static_cast<size_t>(passphrase.size()),
                       reinterpret_cast<const unsigned char *>(h.salt.constData()), static_cast<size_t>(h.salt.size()),
                       h.costN, h.blockSizeR, h.parallelismP, maxMemory, reinterpret_cast<unsigned char *>(key.data()),
                       static_cast<size_t>(key.size())) != 1) {
        OPENSSL_cleanse(key.data(), static_cast<size_t>(key.size()));
        return opensslError(QStringLiteral("cannot derive the vault key with scrypt"));
    }
    return Secret(std::move(key));
}

QByteArray CredentialVault::associatedData(const QString &purpose) const
{
    return QByteArrayLiteral("vpnwb-vault/1\n") + m_salt + '\n' + purpose.toUtf8();
}

Result<CredentialVault> CredentialVault::create(const Secret &passphrase, VaultHeader *header)
{
    if (passphrase.isEmpty())
        return Error::invalidInput(QStringLiteral("the vault's master passphrase is empty"));
    auto salt = randomBytes(saltBytes);
    if (!salt)
        return salt.error();
    VaultHeader h;
    h.kdf = kScrypt;
    h.salt = salt.value();
    h.costN = defaultCostN;
    h.blockSizeR = defaultBlockSizeR;
    h.parallelismP = defaultParallelismP;
    h.createdAt = QDateTime::currentDateTimeUtc();
    auto key = deriveKey(passphrase, h);
    if (!key)
        return key.error();
    CredentialVault vault(std::move(key.value()), h.salt);
    const auto verifier = sealBytes(vault.m_key, kVerifierText.constData(), kVerifierText.size(),
                                    vault.associatedData(QStringLiteral("verifier")));
    if (!verifier)
        return verifier.error();
    h.verifierNonce = verifier->nonce;
    h.verifierCiphertext = verifier->ciphertext;
    h.verifierTag = verifier->tag;
    *header = h;
    return vault;
}

Result<CredentialVault> CredentialVault::unlock(const VaultHeader &header, const Secret &passphrase)
{
    if (const Status s = checkHeader(header); !s)
        return s.error();
    auto key = deriveKey(passphrase, header);
    if (!key)
        return key.error();
    CredentialVault vault(std::move(key.value()), header.salt);
    const auto verifier = openBytes(vault.m_key, header.verifierNonce, header.verifierCiphertext, header.verifierTag,
                                    vault.associatedData(QStringLiteral("verifier")));
    if (!verifier)
        return verifier.error();
    if (!verifier.value() || !verifier.value()->equals(Secret(kVerifierText)))
        return Error::invalidInput(QStringLiteral("the vault's master passphrase is wrong (or the vault's header was "
                                                  "altered); nothing was decrypted"));
    return vault;
}

Result<SealedSecret> CredentialVault::seal(const QString &name, const Secret &secret) const
{
    if (!SecretName::isValid(name))
        return Error::invalidInput(QStringLiteral("'%1' is not a vault secret name (%2)").arg(name, SecretName::rule()));
    if (secret.isEmpty())
        return Error::invalidInput(QStringLiteral("the secret '%1' is empty").arg(name));
    const auto sealed = sealBytes(m_key, secret.constData(), secret.size(), associatedData(QStringLiteral("secret:") + name));
    if (!sealed)
        return sealed.error();
    SealedSecret out;
    out.name = name;
    out.nonce = sealed->nonce;
    out.ciphertext = sealed->ciphertext;
    out.tag = sealed->tag;
    out.updatedAt = QDateTime::currentDateTimeUtc();
    return out;
}

Result<Secret> CredentialVault::open(const SealedSecret &sealed) const
{
    const auto refused = Error::storage(
        QStringLiteral("the secret '%1' in the vault does not authenticate: it was altered or copied from another "
                       "name or vault, and is refused; set it again with 'vpnwb vault set %1'")
            .arg(sealed.name));
    if (sealed.nonce.size() != nonceBytes || sealed.tag.size() != tagBytes)
        return refused;
    auto plain = openBytes(m_key, sealed.nonce, sealed.ciphertext, sealed.tag,
                           associatedData(QStringLiteral("secret:") + sealed.name));
    if (!plain)
        return plain.error();
    if (!plain.value())
        return refused;
    return std::move(*plain.value());
}

} // namespace vpnwb
