#pragma once

#include "result.h"
#include "secret.h"

#include <QString>

namespace vpnwb {

// Asks the person at the terminal (/dev/tty, not stdin) for a secret without
// echoing it.
class TerminalPrompt
{
public:
    // Unavailable (an Error saying so) when the process has no terminal.
    static Result<Secret> readHidden(const QString &prompt);
};

} // namespace vpnwb
