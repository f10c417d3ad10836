#include "vaultcommands.h"

#include "clicontext.h"
#include "credentialvault.h"
#include "engagementcommands.h"
#include "secretname.h"
#include "terminalprompt.h"
#include "usageerror.h"
#include "vaultrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace vpnwb {
namespace {

constexpr const char *kSynopsis = "vpnwb vault init | set NAME | remove NAME | list | check";
constexpr qsizetype kMinPassphrase = 8;
constexpr qsizetype kMaxSecretBytes = 64 * 1024;

} // namespace

Result<Secret> masterPassphrase(bool confirm)
{
    const QByteArray fromEnvironment = qgetenv("VPNWB_VAULT_PASSPHRASE");
    if (!fromEnvironment.isEmpty())
        return Secret(QByteArray(fromEnvironment));
    auto first = TerminalPrompt::readHidden(QStringLiteral("Vault passphrase: "));
    if (!first)
        return Error::invalidInput(QStringLiteral("the vault's master passphrase is needed: set VPNWB_VAULT_PASSPHRASE "
                                                  "or run in a terminal (%1)")
                                       .arg(first.error().message));
    if (confirm) {
        const auto again = TerminalPrompt::readHidden(QStringLiteral("Vault passphrase again: "));
        if (!again)
            return again.error();
        if (!again->equals(first.value()))
            return Error::invalidInput(QStringLiteral("the two passphrases differ; nothing was created"));
    }
    return first;
}

Result<VaultHeader> existingVaultHeader(const VaultRepository &repository, const QString &dbPath,
                                        const QString &purpose)
{
    const auto header = repository.header();
    if (!header)
        return header.error();
    if (!header.value())
        return Error::notFound(QStringLiteral("the workspace '%1' has no credential vault%2 (create one with 'vpnwb "
                                              "vault init')")
                                   .arg(dbPath, purpose.isEmpty() ? QString() : QLatin1Char(' ') + purpose));
    return *header.value();
}

Result<CredentialVault> unlockWorkspaceVault(const VaultRepository &repository, const QString &dbPath,
                                             const QString &purpose)
{
    const auto header = existingVaultHeader(repository, dbPath, purpose);
    if (!header)
        return header.error();
    const auto passphrase = masterPassphrase(false);
    if (!passphrase)
        return passphrase.error();
    return CredentialVault::unlock(header.value(), passphrase.value());
}

namespace {

// The secret to store: from stdin when it is not a terminal (one trailing
// line break dropped), else asked without echo.
Result<Secret> secretToStore(const QString &name)
{
    if (isatty(STDIN_FILENO))
        return TerminalPrompt::readHidden(QStringLiteral("Secret '%1': ").arg(name));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error::io(QStringLiteral("cannot read the secret from stdin"));
    QByteArray bytes;
    char buffer[4096];
    // Reserved up front: no reallocation leaves a copy of the secret behind.
    bytes.reserve(kMaxSecretBytes + qsizetype(sizeof buffer));
    qint64 n = 0;
    while (bytes.size() <= kMaxSecretBytes && (n = in.read(buffer, sizeof buffer)) > 0)
        bytes.append(buffer, n);
    Secret::wipeMemory(buffer, sizeof buffer);
    if (bytes.size() > kMaxSecretBytes) {
        Secret discard(std::move(bytes));
        return Error::invalidInput(QStringLiteral("the secret on stdin is longer than %1 KiB").arg(kMaxSecretBytes / 1024));
    }
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return Secret(std::move(bytes));
}

int runInit(CliContext &c)
{
    if (c.args().size() != 1)
        return usageError(c.err(), QStringLiteral("'vault init' takes no arguments"), kSynopsis);
    auto db = c.database();
    if (!db)
        return failure(c.err(), db.error().message);
    VaultRepository repository(**db);
    const auto existing = repository.header();
    if (!existing)
        return failure(c.err(), existing.error().message);
    if (existing.value())
        return failure(c.err(), QStringLiteral("the workspace '%1' has a credential vault already").arg(c.dbPath()));
    const auto passphrase = masterPassphrase(true);
    if (!passphrase)
        return failure(c.err(), passphrase.error().message);
    if (passphrase->size() < kMinPassphrase)
        return failure(c.err(), QStringLiteral("the master passphrase needs at least %1 characters").arg(kMinPassphrase));
    VaultHeader header;
    const auto vault = CredentialVault::create(passphrase.value(), &header);
    if (!vault)
        return failure(c.err(), vault.error().message);
    if (const Status s = repository.create(header); !s)
        return failure(c.err(), s.error().message);
    c.out() << "vault: created in " << c.dbPath() << " (AES-256-GCM, key from scrypt)" << Qt::endl;
    return ExitOk;
}

int runSet(CliContext &c)
{
    if (c.args().size() != 2)
        return usageError(c.err(), QStringLiteral("'vault set' takes the secret's name"), kSynopsis);
    const QString name = c.args().at(1);
    if (!SecretName::isValid(name))
        return usageError(c.err(), QStringLiteral("'%1' is not a secret name (%2)").arg(name, SecretName::rule()),
                          kSynopsis);
    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return failure(c.err(), db.error().message);
    VaultRepository repository(**db);
    const auto vault = unlockWorkspaceVault(repository, c.dbPath());
    if (!vault)
        return failure(c.err(), vault.error().message);
    const auto secret = secretToStore(name);
    if (!secret)
        return failure(c.err(), secret.error().message);
    const auto sealed = vault->seal(name, secret.value());
    if (!sealed)
        return failure(c.err(), sealed.error().message);
    if (const Status s = repository.put(sealed.value()); !s)
        return failure(c.err(), s.error().message);
    c.out() << "vault: secret '" << name << "' saved" << Qt::endl;
    return ExitOk;
}

// Removing a secret discloses nothing, so it needs no passphrase, only a
// workspace the user may write.
int runRemove(CliContext &c)
{
    if (c.args().size() != 2)
        return usageError(c.err(), QStringLiteral("'vault remove' takes the secret's name"), kSynopsis);
    const QString name = c.args().at(1);
    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return failure(c.err(), db.error().message);
    VaultRepository repository(**db);
    if (const auto header = existingVaultHeader(repository, c.dbPath()); !header)
        return failure(c.err(), header.error().message);
    const auto removed = repository.remove(name);
    if (!removed)
        return failure(c.err(), removed.error().message);
    if (!removed.value())
        return failure(c.err(), QStringLiteral("there is no secret '%1' in the vault (see 'vpnwb vault list')").arg(name));
    c.out() << "vault: secret '" << name << "' removed" << Qt::endl;
    return ExitOk;
}

int runList(CliContext &c)
{
    if (c.args().size() != 1)
        return usageError(c.err(), QStringLiteral("'vault list' takes no arguments"), kSynopsis);
    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return failure(c.err(), db.error().message);
    VaultRepository repository(**db);
    if (const auto header = existingVaultHeader(repository, c.dbPath()); !header)
        return failure(c.err(), header.error().message);
    const auto secrets = repository.secrets();
    if (!secrets)
        return failure(c.err(), secrets.error().message);
    if (c.json()) {
        QJsonArray array;
        for (const SealedSecret &s : secrets.value())
            array.append(QJsonObject{{QStringLiteral("name"), s.name},
                                     {QStringLiteral("updatedAt"), s.updatedAt.toString(Qt::ISODate)}});
        c.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    QList<QStringList> rows{{QStringLiteral("NAME"), QStringLiteral("UPDATED (UTC)")}};
    for (const SealedSecret &s : secrets.value())
        rows.append({s.name, s.updatedAt.toString(Qt::ISODate)});
    printTable(c.out(), rows);
    return ExitOk;
}

// Unlocks the vault and opens every secret (without showing any): a wrong
// passphrase, an altered header or an altered secret is reported by name.
int runCheck(CliContext &c)
{
    if (c.args().size() != 1)
        return usageError(c.err(), QStringLiteral("'vault check' takes no arguments"), kSynopsis);
    auto db = c.database(Database::OpenMode::ExistingOnly);
    if (!db)
        return failure(c.err(), db.error().message);
    VaultRepository repository(**db);
    const auto vault = unlockWorkspaceVault(repository, c.dbPath());
    if (!vault)
        return failure(c.err(), vault.error().message);
    const auto secrets = repository.secrets();
    if (!secrets)
        return failure(c.err(), secrets.error().message);
    QStringList altered;
    for (const SealedSecret &sealed : secrets.value()) {
        const auto opened = vault->open(sealed);
        if (!opened) {
            c.err() << "vault: " << opened.error().message << Qt::endl;
            altered.append(sealed.name);
        }
    }
    if (!altered.isEmpty())
        return failure(c.err(), QStringLiteral("%1 of %2 secrets in the vault do not authenticate: %3")
                                    .arg(altered.size())
                                    .arg(secrets->size())
                                    .arg(altered.join(QStringLiteral(", "))));
    c.out() << "vault: the passphrase is right and all " << secrets->size() << " secrets authenticate" << Qt::endl;
    return ExitOk;
}

} // namespace

int runVault(CliContext &c)
{
    const QString sub = c.args().value(0);
    if (sub == QLatin1String("init"))
        return runInit(c);
    if (sub == QLatin1String("set"))
        return runSet(c);
    if (sub == QLatin1String("remove"))
        return runRemove(c);
    if (sub == QLatin1String("list"))
        return runList(c);
    if (sub == QLatin1String("check"))
        return runCheck(c);
    return usageError(c.err(),
                      sub.isEmpty() ? QStringLiteral("'vault' needs init, set, remove, list or check")
                                    : QStringLiteral("unknown vault command '%1'").arg(sub),
                      kSynopsis);
}

} // namespace vpnwb
