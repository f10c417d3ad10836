#pragma once

#include "credentialvault.h"
#include "result.h"
#include "secret.h"

#include <QString>

#include <map>
#include <vector>

namespace vpnwb {

class VaultRepository;

// The secrets a job's devices log in with, from the workspace's credential
// vault. Fetching the sealed secrets (storage, on the caller's thread) and
// opening them (after the slow key derivation, on any thread) are apart so
// that the GUI can open them on a worker thread.
class DeviceSecrets
{
public:
    // deviceOf: credential name -> a device that uses it (named in the error).
    // The sealed secret of every credential, or an error naming every
    // credential that is not in the vault, each with a device that uses it.
    static Result<std::vector<SealedSecret>> sealed(const VaultRepository &repository,
                                                    const std::map<QString, QString> &deviceOf);

    // Every sealed secret opened, by credential name; nothing when one fails.
    static Result<std::map<QString, Secret>> open(const CredentialVault &vault,
                                                  const std::vector<SealedSecret> &sealed);
};

} // namespace vpnwb
