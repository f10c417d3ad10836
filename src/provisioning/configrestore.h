#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vpnwb {

// The configuration commands that take a device from its current running
// configuration back to a saved one: what the saved configuration lacks is
// removed with the vendor's "no" form, what it has and the device lost is
// configured again. Removals come first, in the reverse of the order the
// device shows them (a BGP VRF instance before the route-maps and the VRF it
// uses), then additions in the saved order.
//
// Commands come in groups: each group enters the blocks it needs, changes
// one statement or block, and leaves them, so that a group the device
// rejects does not change the context of the next one. Blocks the vendor
// cannot delete with "no" (FRR's interfaces and address families) are
// emptied statement by statement instead.
//
// For the CLI vendors with "no" forms: FRR, Cisco IOS XE, IOS XR and Arista
// EOS. Other vendors (Junos, SR OS) get an Error: the workbench cannot restore
// them yet, so a push refuses to change them (see restores()).
class ConfigRestore
{
public:
    using Group = QStringList;

    // Can a device of `vendor` reached over SSH CLI be restored to a saved configuration?
    static bool restores(const QString &vendor);
    static QStringList restoredVendors();

    static Result<QList<Group>> commands(const QString &current, const QString &saved, const QString &vendor);
    // Lines of a running configuration that report on it rather than configure
    // it ("Building configuration...", "frr version 8.4.4"): left out of
    // restores, verifications and drift.
    static bool isBanner(const QString &trimmedLine, const QString &vendor);
    // `configuration` without its banner lines.
    static QString withoutBanner(const QString &configuration, const QString &vendor);
};

} // namespace vpnwb
