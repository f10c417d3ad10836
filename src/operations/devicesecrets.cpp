#include "devicesecrets.h"

#include "vaultrepository.h"

#include <QStringList>

namespace vpnwb {

Result<std::vector<SealedSecret>> DeviceSecrets::sealed(const VaultRepository &repository,
                                                        const std::map<QString, QString> &deviceOf)
{
    std::vector<SealedSecret> sealed;
    QStringList missing;
    for (const auto &[credential, device] : deviceOf) {
        const auto found = repository.secret(credential);
        if (!found)
            return found.error();
        if (!found.value()) {
            missing.append(QStringLiteral("device %1: its credential '%2' is not in the vault (store it with "
                                          "'vpnwb vault set %2')")
                               .arg(device, credential));
            continue;
        }
        sealed.push_back(*found.value());
    }
    if (!missing.isEmpty())
        return Error::notFound(missing.join(QStringLiteral("; ")));
    return sealed;
}

Result<std::map<QString, Secret>> DeviceSecrets::open(const CredentialVault &vault,
                                                      const std::vector<SealedSecret> &sealed)
{
    std::map<QString, Secret> secrets;
    for (const SealedSecret &s : sealed) {
        auto secret = vault.open(s);
        if (!secret)
            return secret.error();
        secrets.emplace(s.name, std::move(secret.value()));
    }
    return secrets;
}

} // namespace vpnwb
