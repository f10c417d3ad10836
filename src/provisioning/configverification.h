#pragma once

#include <QString>
#include <QStringList>

namespace vpnwb {

// After a change: is every statement of the intended configuration in the
// device's running configuration, within the same blocks? Order is not
// compared. Where a vendor shows a statement in another form than it was
// given, both forms count (FRR shows "interface X vrf V" as "interface X"
// when the kernel has no VRF V, and does not show a VRF block without
// statements).
class ConfigVerification
{
public:
    // The statements of `intended` missing from `running`, each as
    // "block > block > statement"; empty when all are there. Banner lines
    // (ConfigRestore::isBanner) are ignored.
    static QStringList missing(const QString &running, const QString &intended, const QString &vendor);
};

} // namespace vpnwb
