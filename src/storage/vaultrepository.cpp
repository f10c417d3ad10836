#include "vaultrepository.h"

#include "database.h"
#include "sqlerrors.h"

#include <QSqlQuery>
#include <QVariant>

namespace vpnwb {
namespace {

QString encoded(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// Decodes a base64 column; `ok` turns false when the text is not base64.
QByteArray decoded(const QVariant &value, bool *ok)
{
    const auto result = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        *ok = false;
    return *result;
}

QDateTime timestamp(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace

Result<std::optional<VaultHeader>> VaultRepository::header() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT kdf, salt, cost_n, block_size_r, parallelism_p, verifier_nonce,"
                               " verifier_ciphertext, verifier_tag, created_at FROM vault WHERE id = 1")))
        return sqlError(q, QStringLiteral("cannot read the credential vault of '%1'").arg(m_db.location()));
    if (!q.next())
        return std::optional<VaultHeader>();
    bool ok = true;
    VaultHeader h;
    h.kdf = q.value(0).toString();
    h.salt = decoded(q.value(1), &ok);
    h.costN = q.value(2).toULongLong();
    h.blockSizeR = q.value(3).toULongLong();
    h.parallelismP = q.value(4).toULongLong();
    h.verifierNonce = decoded(q.value(5), &ok);
    h.verifierCiphertext = decoded(q.value(6), &ok);
    h.verifierTag = decoded(q.value(7), &ok);
    h.createdAt = timestamp(q.value(8));
    if (!ok)
        return Error::storage(QStringLiteral("the credential vault of '%1' is damaged: a field is not base64")
                                  .arg(m_db.location()));
    return std::optional<VaultHeader>(h);
}

Status VaultRepository::create(const VaultHeader &h)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT 1 FROM vault WHERE id = 1")))
            return sqlError(q, QStringLiteral("cannot read the credential vault of '%1'").arg(m_db.location()));
        if (q.next())
            return Error::conflict(QStringLiteral("the workspace '%1' has a credential vault already").arg(m_db.location()));
        q.finish();
        q.prepare(QStringLiteral("INSERT INTO vault (id, kdf, salt, cost_n, block_size_r, parallelism_p,"
                                 " verifier_nonce, verifier_ciphertext, verifier_tag, created_at)"
                                 " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(h.kdf);
        q.addBindValue(encoded(h.salt));
        q.addBindValue(QVariant::fromValue<qulonglong>(h.costN));
        q.addBindValue(QVariant::fromValue<qulonglong>(h.blockSizeR));
        q.addBindValue(QVariant::fromValue<qulonglong>(h.parallelismP));
        q.addBindValue(encoded(h.verifierNonce));
        q.addBindValue(encoded(h.verifierCiphertext));
        q.addBindValue(encoded(h.verifierTag));
        q.addBindValue(h.createdAt.toUTC().toString(Qt::ISODate));
        if (!q.exec())
            return sqlError(q, QStringLiteral("cannot create the credential vault in '%1'").arg(m_db.location()));
        return Status::success();
    });
}

Result<std::optional<SealedSecret>> VaultRepository::secret(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT nonce, ciphertext, tag, updated_at FROM vault_secrets WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read the secret '%1' of the vault").arg(name));
    if (!q.next())
        return std::optional<SealedSecret>();
    bool ok = true;
    SealedSecret s;
    s.name = name;
    s.nonce = decoded(q.value(0), &ok);
    s.ciphertext = decoded(q.value(1), &ok);
    s.tag = decoded(q.value(2), &ok);
    s.updatedAt = timestamp(q.value(3));
    if (!ok)
        return Error::storage(QStringLiteral("the secret '%1' of the vault is damaged: a field is not base64").arg(name));
    return std::optional<SealedSecret>(s);
}

Result<QList<SealedSecret>> VaultRepository::secrets() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, nonce, ciphertext, tag, updated_at FROM vault_secrets ORDER BY name")))
        return sqlError(q, QStringLiteral("cannot list the secrets of the vault in '%1'").arg(m_db.location()));
    QList<SealedSecret> out;
    while (q.next()) {
        bool ok = true;
        SealedSecret s;
        s.name = q.value(0).toString();
        s.nonce = decoded(q.value(1), &ok);
        s.ciphertext = decoded(q.value(2), &ok);
        s.tag = decoded(q.value(3), &ok);
        s.updatedAt = timestamp(q.value(4));
        if (!ok)
            return Error::storage(
                QStringLiteral("the secret '%1' of the vault is damaged: a field is not base64").arg(s.name));
        out.append(s);
    }
    return out;
}

Status VaultRepository::put(const SealedSecret &s)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT 1 FROM vault WHERE id = 1")))
            return sqlError(q, QStringLiteral("cannot read the credential vault of '%1'").arg(m_db.location()));
        if (!q.next())
            return Error::notFound(QStringLiteral("the workspace '%1' has no credential vault (create one with "
                                                  "'vpnwb vault init')")
                                       .arg(m_db.location()));
        q.finish();
        q.prepare(QStringLiteral("INSERT INTO vault_secrets (name, nonce, ciphertext, tag, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?)"
                                 " ON CONFLICT (name) DO UPDATE SET nonce = excluded.nonce,"
                                 " ciphertext = excluded.ciphertext, tag = excluded.tag,"
                                 " updated_at = excluded.updated_at"));
        q.addBindValue(s.name);
        q.addBindValue(encoded(s.nonce));
        q.addBindValue(encoded(s.ciphertext));
        q.addBindValue(encoded(s.tag));
        q.addBindValue(s.updatedAt.toUTC().toString(Qt::ISODate));
        if (!q.exec())
            return sqlError(q, QStringLiteral("cannot save the secret '%1' in the vault").arg(s.name));
        return Status::success();
    });
}

Result<bool> VaultRepository::remove(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM vault_secrets WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot remove the secret '%1' from the vault").arg(name));
    return q.numRowsAffected() > 0;
}

} // namespace vpnwb
