#pragma once

#include "result.h"

#include <QString>

struct ssh_session_struct;

namespace vpnwb {

// Maps the last libssh error of a session to a domain Error: the one place
// where libssh's error state is read. `what` says what failed on which device.
Error sshError(ssh_session_struct *session, const QString &what);

} // namespace vpnwb
