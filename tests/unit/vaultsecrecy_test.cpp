// No secret of the vault is ever written in clear: not to the workspace
// database (and its WAL), not to a log, not to the console.
#include "credentialvault.h"
#include "database.h"
#include "testpaths.h"
#include "vaultrepository.h"

#include <QDir>
#include <QMutex>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vpnwb;

namespace {

const QByteArray kPassphrase = "Vault-Master-Phrase-7f3a";
const QByteArray kSecretA = "Router-Password-91c2e";
const QByteArray kSecretB = "Another-Secret-5d0b8";

// Every form in which a clear secret could leak into bytes.
QList<QByteArray> formsOf(const QByteArray &secret)
{
    const QString text = QString::fromUtf8(secret);
    return {secret, secret.toBase64(), secret.toHex(),
            QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)};
}

// The names of the secrets found in `bytes`, in any of their forms.
QStringList leaksIn(const QByteArray &bytes)
{
    QStringList found;
    for (const auto &[name, secret] : {std::pair{"passphrase", kPassphrase}, std::pair{"secret A", kSecretA},
                                       std::pair{"secret B", kSecretB}}) {
        for (const QByteArray &form : formsOf(secret)) {
            if (bytes.contains(form))
                found.append(QString::fromLatin1(name));
        }
    }
    return found;
}

// The workspace file and SQLite's companions (write-ahead log, shared memory).
QByteArray workspaceBytes(const QString &path)
{
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        all += test::readFile(path + suffix);
    return all;
}

QMutex logMutex;
QByteArray capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    const QMutexLocker lock(&logMutex);
    capturedLog += message.toUtf8() + '\n';
}

test::ProcessResult runVaultCli(const QString &db, const QStringList &args, const QByteArray &passphrase,
                                const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VPNWB_VAULT_PASSPHRASE"), QString::fromUtf8(passphrase));
    p.setProcessEnvironment(env);
    p.start(test::cliPath(), QStringList{QStringLiteral("--db"), db, QStringLiteral("vault")} + args);
    p.write(input);
    p.closeWriteChannel();
    test::ProcessResult r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Runs one UPDATE on the workspace file, outside the workbench, as an
// attacker or a damaged disk would; returns the number of rows changed.
int alterWorkspace(const QString &path, const QString &sql, const QVariantList &values)
{
    const QString connection = QStringLiteral("vault-tamper");
    int changed = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (q.exec())
                changed = q.numRowsAffected();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return changed;
}

// The base64 text `column` of `table` where `where` holds, one bit flipped.
int flipBit(const QString &path, const QString &table, const QString &column, const QString &where)
{
    const QString connection = QStringLiteral("vault-read");
    QByteArray value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(column, table, where), db);
            if (q.next())
                value = QByteArray::fromBase64(q.value(0).toString().toLatin1());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (value.isEmpty())
        return -1;
    value[value.size() / 2] = static_cast<char>(value[value.size() / 2] ^ 0x10);
    return alterWorkspace(path, QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3").arg(table, column, where),
                          {QString::fromLatin1(value.toBase64())});
}

} // namespace

TEST(VaultSecrecy, NoSecretReachesTheDatabaseOrTheLogInProcess)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.vpnwb"));
    capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    {
        auto db = Database::openSqlite(path);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        VaultRepository repository(**db);
        VaultHeader header;
        auto vault = CredentialVault::create(Secret(kPassphrase), &header);
        ASSERT_TRUE(vault.ok()) << vault.error().message.toStdString();
        ASSERT_TRUE(repository.create(header).ok());
        for (const auto &[name, secret] : {std::pair{"pe1", kSecretA}, std::pair{"ce1", kSecretB}}) {
            const auto sealed = vault->seal(QString::fromLatin1(name), Secret(secret));
            ASSERT_TRUE(sealed.ok());
            ASSERT_TRUE(repository.put(sealed.value()).ok());
        }
        // Reading back, a wrong passphrase and a tampered secret: their messages go to the log too.
        const auto stored = repository.header();
        ASSERT_TRUE(stored.ok() && stored.value());
        const auto wrong = CredentialVault::unlock(*stored.value(), Secret(QByteArray("not the passphrase")));
        ASSERT_FALSE(wrong.ok());
        qWarning("%s", qPrintable(wrong.error().message));
        const auto reopened = CredentialVault::unlock(*stored.value(), Secret(kPassphrase));
        ASSERT_TRUE(reopened.ok());
        const auto sealed = repository.secret(QStringLiteral("pe1"));
        ASSERT_TRUE(sealed.ok() && sealed.value());
        const auto plain = reopened->open(*sealed.value());
        ASSERT_TRUE(plain.ok());
        EXPECT_TRUE(plain->equals(Secret(kSecretA)));
        SealedSecret tampered = *sealed.value();
        tampered.tag[0] = static_cast<char>(tampered.tag[0] ^ 1);
        const auto refused = reopened->open(tampered);
        ASSERT_FALSE(refused.ok());
        qWarning("%s", qPrintable(refused.error().message));
    }
    qInstallMessageHandler(previous);

    EXPECT_FALSE(capturedLog.isEmpty());
    EXPECT_EQ(leaksIn(capturedLog), QStringList()) << capturedLog.constData();
    const QByteArray bytes = workspaceBytes(path);
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_EQ(leaksIn(bytes), QStringList());
}

TEST(VaultSecrecy, TheCliNeverShowsOrStoresASecret)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ws.vpnwb"));
    QByteArray console;
    const auto keep = [&](const test::ProcessResult &r) { console += r.out + r.err; };

    auto r = runVaultCli(db, {QStringLiteral("init")}, kPassphrase, {});
    keep(r);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    r = runVaultCli(db, {QStringLiteral("set"), QStringLiteral("lab-pe1")}, kPassphrase, kSecretA + '\n');
    keep(r);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains("secret 'lab-pe1' saved")) << r.out.constData();
    r = runVaultCli(db, {QStringLiteral("set"), QStringLiteral("lab-ce1")}, kPassphrase, kSecretB);
    keep(r);
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    r = runVaultCli(db, {QStringLiteral("list")}, kPassphrase, {});
    keep(r);
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains("lab-pe1") && r.out.contains("lab-ce1")) << r.out.constData();

    // A wrong passphrase is refused and stores nothing.
    r = runVaultCli(db, {QStringLiteral("set"), QStringLiteral("lab-x")}, "Wrong-Phrase-0000", kSecretB);
    keep(r);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("passphrase is wrong")) << r.err.constData();
    r = runVaultCli(db, {QStringLiteral("list")}, kPassphrase, {});
    EXPECT_FALSE(r.out.contains("lab-x"));

    // A secret no longer needed is removed; a name that is not there is refused naming it.
    r = runVaultCli(db, {QStringLiteral("remove"), QStringLiteral("lab-ce1")}, {}, {});
    keep(r);
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains("secret 'lab-ce1' removed")) << r.out.constData();
    r = runVaultCli(db, {QStringLiteral("remove"), QStringLiteral("lab-ce1")}, {}, {});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("there is no secret 'lab-ce1' in the vault")) << r.err.constData();
    r = runVaultCli(db, {QStringLiteral("list")}, kPassphrase, {});
    EXPECT_FALSE(r.out.contains("lab-ce1")) << r.out.constData();
    EXPECT_TRUE(r.out.contains("lab-pe1")) << r.out.constData();

    EXPECT_EQ(leaksIn(console), QStringList()) << console.constData();
    EXPECT_EQ(leaksIn(workspaceBytes(db)), QStringList());
}

TEST(VaultSecrecy, CliCheckRefusesAWrongPassphraseAndAnAlteredVaultNamingWhatWasAltered)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ws.vpnwb"));
    QByteArray console;
    const auto run = [&](const QStringList &args, const QByteArray &passphrase, const QByteArray &input = {}) {
        const test::ProcessResult r = runVaultCli(db, args, passphrase, input);
        console += r.out + r.err;
        return r;
    };
    ASSERT_EQ(run({QStringLiteral("init")}, kPassphrase).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("set"), QStringLiteral("lab-pe1")}, kPassphrase, kSecretA).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("set"), QStringLiteral("lab-ce1")}, kPassphrase, kSecretB).exitCode, 0);

    auto r = run({QStringLiteral("check")}, kPassphrase);
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.out.contains("all 2 secrets authenticate")) << r.out.constData();

    r = run({QStringLiteral("check")}, "Wrong-Phrase-0000");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("master passphrase is wrong")) << r.err.constData();

    // One secret's ciphertext altered in the file: that secret, and only it, is named.
    ASSERT_EQ(flipBit(db, QStringLiteral("vault_secrets"), QStringLiteral("ciphertext"), QStringLiteral("name = 'lab-pe1'")), 1);
    r = run({QStringLiteral("check")}, kPassphrase);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("the secret 'lab-pe1' in the vault does not authenticate")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("1 of 2 secrets in the vault do not authenticate: lab-pe1")) << r.err.constData();
    EXPECT_FALSE(r.err.contains("'lab-ce1'")) << r.err.constData();

    // One secret's row copied onto another name: refused too (bound to its name).
    ASSERT_EQ(alterWorkspace(db,
                             QStringLiteral("UPDATE vault_secrets SET (nonce, ciphertext, tag) = (SELECT nonce, ciphertext, "
                                            "tag FROM vault_secrets WHERE name = 'lab-ce1') WHERE name = 'lab-pe1'"),
                             {}),
              1);
    r = run({QStringLiteral("check")}, kPassphrase);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("1 of 2 secrets in the vault do not authenticate: lab-pe1")) << r.err.constData();

    // The header's salt altered: the right passphrase no longer opens it, and nothing is decrypted or stored.
    ASSERT_EQ(flipBit(db, QStringLiteral("vault"), QStringLiteral("salt"), QStringLiteral("id = 1")), 1);
    r = run({QStringLiteral("check")}, kPassphrase);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("master passphrase is wrong (or the vault's header was altered)")) << r.err.constData();
    r = run({QStringLiteral("set"), QStringLiteral("lab-pe2")}, kPassphrase, kSecretA);
    EXPECT_EQ(r.exitCode, 1);
    r = run({QStringLiteral("list")}, kPassphrase);
    EXPECT_FALSE(r.out.contains("lab-pe2")) << r.out.constData();

    // A key-derivation parameter out of range: the header is called damaged.
    ASSERT_EQ(alterWorkspace(db, QStringLiteral("UPDATE vault SET cost_n = 3 WHERE id = 1"), {}), 1);
    r = run({QStringLiteral("check")}, kPassphrase);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("the credential vault's header is damaged (scrypt N = 3)")) << r.err.constData();

    EXPECT_EQ(leaksIn(console), QStringList()) << console.constData();
    EXPECT_EQ(leaksIn(workspaceBytes(db)), QStringList());
}
