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

    EXPECT_EQ(leaksIn(console), QStringList()) << console.constData();
    EXPECT_EQ(leaksIn(workspaceBytes(db)), QStringList());
}
