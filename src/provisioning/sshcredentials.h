#pragma once

#include "secret.h"

#include <QString>

namespace vpnwb {

// How a session proves who it is: a password, a private key file (ed25519,
// RSA or ECDSA, optionally encrypted), or the keys of an ssh-agent.
struct SshCredentials
{
    enum class Method { Password, PublicKey, Agent };

    Method method = Method::Password;
    Secret password;           // Password
    QString identityFile;      // PublicKey: the private key file
    Secret identityPassphrase; // PublicKey: when the key file is encrypted
    QString agentSocket;       // Agent: the agent's socket; empty for $SSH_AUTH_SOCK
    // Where the credential came from, for messages (never the secret itself),
    // e.g. "vault secret 'lab-1a2b3c'".
    QString origin;

    static SshCredentials withPassword(Secret password, QString origin);
    static SshCredentials withKeyFile(QString identityFile, Secret passphrase = {});
    static SshCredentials withAgent(QString agentSocket = {});
};

} // namespace vpnwb
