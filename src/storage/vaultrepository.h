#pragma once

#include "result.h"
#include "sealedsecret.h"
#include "vaultheader.h"

#include <QList>
#include <QString>

#include <optional>

namespace vpnwb {

class Database;

// Keeps the workspace's credential vault: its header and its sealed
// secrets, as CredentialVault made them. It never sees a clear secret, the
// key or the passphrase. Every write is one transaction.
class VaultRepository
{
public:
    explicit VaultRepository(Database &db) : m_db(db) {}

    // The vault's header, or none when the workspace has no vault yet.
    Result<std::optional<VaultHeader>> header() const;
    // Stores the header of a new vault; Conflict when the workspace has one.
    Status create(const VaultHeader &header);

    Result<std::optional<SealedSecret>> secret(const QString &name) const;
    // Every sealed secret, ordered by name.
    Result<QList<SealedSecret>> secrets() const;
    // Inserts the secret or replaces the one of the same name; NotFound without a vault.
    Status put(const SealedSecret &secret);
    // Removes the secret of that name; false when there is none.
    Result<bool> remove(const QString &name);

private:
    Database &m_db;
};

} // namespace vpnwb
