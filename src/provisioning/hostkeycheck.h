#pragma once

#include <QString>

namespace vpnwb {

// What the host-key check of a session found: the key the server offered and
// how it compares with the known_hosts file.
struct HostKeyCheck
{
    enum class Verdict {
        NotChecked,  // the session did not get as far as the key exchange
        Trusted,     // the known_hosts file holds this very key
        AcceptedNew, // unknown; accepted as the endpoint allowed, and recorded
        Unknown,     // unknown; refused
        Changed,     // another key of the same type is recorded: refused
        OtherType,   // only keys of other types are recorded: refused
    };

    Verdict verdict = Verdict::NotChecked;
    QString keyType;           // e.g. "ssh-ed25519"
    QString fingerprintSha256; // "SHA256:" + base64, as ssh-keygen -l shows it
};

} // namespace vpnwb
