#include "ssherror.h"

#include <libssh/libssh.h>

namespace vpnwb {

Error sshError(ssh_session_struct *session, const QString &what)
{
    QString text = session ? QString::fromUtf8(ssh_get_error(session)).trimmed() : QString();
    if (text.isEmpty())
        text = QStringLiteral("libssh reported no reason");
    // SSH_REQUEST_DENIED: the server said no (a channel, a subsystem); anything else
    // is the connection failing.
    if (session && ssh_get_error_code(session) == SSH_REQUEST_DENIED)
        return Error::conflict(QStringLiteral("%1: the device refused: %2").arg(what, text));
    return Error::io(QStringLiteral("%1: %2").arg(what, text));
}

} // namespace vpnwb
