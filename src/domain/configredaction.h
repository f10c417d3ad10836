#pragma once

#include <QString>

namespace vpnwb {

// Masks the secret values of a device configuration before it is stored or
// shown: the word after "password", "secret", "authentication-key",
// "key-string", "md5", "pre-shared-key", "encrypted-password" and their
// vendor variants (after a type marker such as IOS "5"/"7"/"9", IOS-XR
// "encrypted", EOS "sha512", Junos "ascii-text", which is kept), the SNMP
// community ("snmp-server community X", "snmp-server host A version 2c X",
// Junos/SR OS "community X" under snmp, never a BGP community), a bare "key"
// of AAA servers and IKE ("key 7 X", not "key chain K" or "key 1"), and any
// quoted "$9$" / crypt "$1$", "$5$", "$6$", "$8$" string become "<redacted>".
// Quotes and a Junos ';' stay around the mask. The rest of the line, and
// every other line, is kept as it is, so a masked configuration still shows
// its structure; masking twice gives the same text. Comparisons of stored
// and running configurations (drift, rollback checks) mask both sides first.
class ConfigRedaction
{
public:
    static constexpr const char *mask = "<redacted>";

    static QString redact(const QString &configuration);
    static bool isRedacted(const QString &line);
};

} // namespace vpnwb
