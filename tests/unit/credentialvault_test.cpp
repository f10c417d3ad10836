#include "credentialvault.h"

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

const Secret kPassphrase = Secret::fromUtf8(QStringLiteral("a long master passphrase"));

struct NewVault
{
    VaultHeader header;
    CredentialVault vault;
};

NewVault makeVault()
{
    VaultHeader header;
    auto vault = CredentialVault::create(kPassphrase, &header);
    EXPECT_TRUE(vault.ok()) << vault.error().message.toStdString();
    return {header, std::move(vault.value())};
}

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = static_cast<char>(bytes[at] ^ 0x01);
    return bytes;
}

} // namespace

TEST(CredentialVault, SecretsRoundTripThroughANewlyUnlockedVault)
{
    const NewVault made = makeVault();
    const auto sealed = made.vault.seal(QStringLiteral("pe1/admin"), Secret::fromUtf8(QStringLiteral("s3cret pw")));
    ASSERT_TRUE(sealed.ok()) << sealed.error().message.toStdString();
    EXPECT_EQ(sealed->ciphertext.size(), 9);
    EXPECT_EQ(sealed->nonce.size(), CredentialVault::nonceBytes);
    EXPECT_FALSE(sealed->ciphertext.contains("s3cret"));

    const auto reopened = CredentialVault::unlock(made.header, kPassphrase);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    const auto plain = reopened->open(sealed.value());
    ASSERT_TRUE(plain.ok()) << plain.error().message.toStdString();
    EXPECT_TRUE(plain->equals(Secret::fromUtf8(QStringLiteral("s3cret pw"))));
}

TEST(CredentialVault, EverySealUsesAFreshNonce)
{
    const NewVault made = makeVault();
    const Secret secret = Secret::fromUtf8(QStringLiteral("same"));
    const auto a = made.vault.seal(QStringLiteral("x"), secret);
    const auto b = made.vault.seal(QStringLiteral("x"), secret);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_NE(a->nonce, b->nonce);
    EXPECT_NE(a->ciphertext, b->ciphertext);
}

TEST(CredentialVault, WrongPassphraseIsRefused)
{
    const NewVault made = makeVault();
    const auto opened = CredentialVault::unlock(made.header, Secret::fromUtf8(QStringLiteral("a long master passphrasE")));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::InvalidInput);
    EXPECT_TRUE(opened.error().message.contains(QLatin1String("passphrase is wrong"))) << opened.error().message.toStdString();
}

TEST(CredentialVault, AlteredHeaderIsRefused)
{
    const NewVault made = makeVault();
    VaultHeader salted = made.header;
    salted.salt = flipped(salted.salt, 3);
    EXPECT_FALSE(CredentialVault::unlock(salted, kPassphrase).ok());

    VaultHeader verifier = made.header;
    verifier.verifierCiphertext = flipped(verifier.verifierCiphertext, 0);
    EXPECT_FALSE(CredentialVault::unlock(verifier, kPassphrase).ok());

    VaultHeader cost = made.header;
    cost.costN = 3; // not a power of two: damaged, refused before any derivation
    const auto opened = CredentialVault::unlock(cost, kPassphrase);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::Storage);
    EXPECT_TRUE(opened.error().message.contains(QLatin1String("damaged"))) << opened.error().message.toStdString();

    VaultHeader kdf = made.header;
    kdf.kdf = QStringLiteral("argon2id");
    EXPECT_EQ(CredentialVault::unlock(kdf, kPassphrase).error().code, Error::Code::IncompatibleFile);
}

TEST(CredentialVault, TamperedCiphertextTagOrNonceIsRefusedNamingTheSecret)
{
    const NewVault made = makeVault();
    const auto sealed = made.vault.seal(QStringLiteral("lab-1"), Secret::fromUtf8(QStringLiteral("pw-123456")));
    ASSERT_TRUE(sealed.ok());
    for (const auto &tamper : {+[](SealedSecret &s) { s.ciphertext = flipped(s.ciphertext, 4); },
                               +[](SealedSecret &s) { s.tag = flipped(s.tag, 15); },
                               +[](SealedSecret &s) { s.nonce = flipped(s.nonce, 0); },
                               +[](SealedSecret &s) { s.ciphertext.chop(1); }}) {
        SealedSecret bad = sealed.value();
        tamper(bad);
        const auto opened = made.vault.open(bad);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, Error::Code::Storage);
        EXPECT_TRUE(opened.error().message.contains(QLatin1String("'lab-1'"))) << opened.error().message.toStdString();
        EXPECT_TRUE(opened.error().message.contains(QLatin1String("altered"))) << opened.error().message.toStdString();
    }
}

TEST(CredentialVault, SecretMovedToAnotherNameOrVaultIsRefused)
{
    const NewVault made = makeVault();
    auto sealed = made.vault.seal(QStringLiteral("pe1"), Secret::fromUtf8(QStringLiteral("pe1-password")));
    ASSERT_TRUE(sealed.ok());
    SealedSecret renamed = sealed.value();
    renamed.name = QStringLiteral("pe2");
    EXPECT_FALSE(made.vault.open(renamed).ok());

    const NewVault other = makeVault(); // same passphrase, another salt
    EXPECT_FALSE(other.vault.open(sealed.value()).ok());
}

TEST(CredentialVault, NamesAndEmptyValuesAreChecked)
{
    const NewVault made = makeVault();
    EXPECT_EQ(made.vault.seal(QStringLiteral("has space"), Secret::fromUtf8(QStringLiteral("x"))).error().code,
              Error::Code::InvalidInput);
    EXPECT_EQ(made.vault.seal(QStringLiteral("ok"), Secret()).error().code, Error::Code::InvalidInput);
    VaultHeader unused;
    EXPECT_FALSE(CredentialVault::create(Secret(), &unused).ok());
}
