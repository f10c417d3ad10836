#pragma once

#include <QString>

namespace vpnwb {

// One <rpc-error> of a NETCONF reply (RFC 6241, section 4.3).
struct NetconfRpcError
{
    QString type;     // transport | rpc | protocol | application
    QString tag;      // e.g. "invalid-value", "lock-denied"
    QString severity; // error | warning
    QString appTag;
    QString path;
    QString message;
    QString info; // the text of <error-info>, e.g. the session holding a lock

    // "invalid-value at /interfaces/interface[name='x']: <message>"
    QString describe() const;
};

} // namespace vpnwb
