#pragma once

#include <QString>

namespace vpnwb {

// Names of DSCP code points as the vendors spell them.
class Dscp
{
public:
    // "ef", "af41", "cs1", "default" (0); other values as decimal numbers.
    static QString name(int codePoint);
    // The 6-bit binary form Junos uses for code points without a name, e.g. "101110".
    static QString bits(int codePoint);
};

} // namespace vpnwb
