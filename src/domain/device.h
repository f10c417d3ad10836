#pragma once

#include <QString>

#include <optional>

namespace vpnwb {

// A router the workbench provisions: how to reach it and which credential of
// the vault opens it. Filled from a device inventory file (the router lab
// writes one) and later from the PoP catalog and the design.
struct Device
{
    enum class Role { Pe, Ce };
    enum class Transport { SshCli, Netconf };
    // How the workbench logs in: the vault secret `credential` as password;
    // the private key `identityFile` (its passphrase, if any, the vault secret
    // `credential`); or the keys of the user's ssh-agent (no credential).
    enum class Auth { Password, PublicKey, Agent };

    QString name;              // unique in an inventory, e.g. "pe1"
    Role role = Role::Pe;
    QString managementAddress; // an IP address or a host name
    int port = 22;
    Transport transport = Transport::SshCli;
    QString vendor;            // e.g. "frr", "iosxr", "junos"
    QString username;
    Auth auth = Auth::Password;
    QString credential;        // the name of a secret in the credential vault; empty when none is needed
    QString identityFile;      // Auth::PublicKey: the private key file (absolute path)
    QString knownHosts;        // the device's known_hosts line, when the inventory vouches for its key

    // "[address]:port" as known_hosts files write a host on a port other than 22.
    QString knownHostsName() const;

    static QString toString(Role role);
    static QString toString(Transport transport);
    static QString toString(Auth auth); // "password", "key", "agent"
    static std::optional<Role> roleFromString(const QString &text);
    static std::optional<Transport> transportFromString(const QString &text);
    static std::optional<Auth> authFromString(const QString &text);

    bool operator==(const Device &) const = default;
};

} // namespace vpnwb
