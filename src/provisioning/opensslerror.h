#pragma once

#include "result.h"

#include <QString>

namespace vpnwb {

// Maps (and clears) OpenSSL's error queue to a domain Error: the one place
// where OpenSSL errors are read. `what` says what failed.
Error opensslError(const QString &what);

} // namespace vpnwb
