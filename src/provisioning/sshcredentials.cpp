#include "sshcredentials.h"

namespace vpnwb {

SshCredentials SshCredentials::withPassword(Secret password, QString origin)
{
    SshCredentials c;
    c.method = Method::Password;
    c.password = std::move(password);
    c.origin = std::move(origin);
    return c;
}

SshCredentials SshCredentials::withKeyFile(QString identityFile, Secret passphrase)
{
    SshCredentials c;
    c.method = Method::PublicKey;
    c.origin = QStringLiteral("key file '%1'").arg(identityFile);
    c.identityFile = std::move(identityFile);
    c.identityPassphrase = std::move(passphrase);
    return c;
}

SshCredentials SshCredentials::withAgent(QString agentSocket)
{
    SshCredentials c;
    c.method = Method::Agent;
    c.origin = agentSocket.isEmpty() ? QStringLiteral("the ssh-agent of $SSH_AUTH_SOCK")
                                     : QStringLiteral("the ssh-agent at '%1'").arg(agentSocket);
    c.agentSocket = std::move(agentSocket);
    return c;
}

} // namespace vpnwb
