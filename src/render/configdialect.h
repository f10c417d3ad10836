#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace vpnwb {

// How a vendor's configuration text is structured, for reading it back
// (ConfigTree): by indentation (FRR, IOS XR, IOS XE, EOS), in braces (Junos,
// SR OS MD-CLI, whose flat lines are leaves of the level they are on), or,
// for Junos, as `set` lines, recognised when every statement starts with
// "set ".
struct ConfigDialect
{
    enum class Syntax { Indented, Braces };

    Syntax syntax = Syntax::Indented;
    QStringList commentPrefixes; // a line starting with one of them (after spaces) is a comment
    QStringList closers;         // lines that only end a block ("exit", "end-policy")
    bool setLines = false;       // the vendor also writes `set` lines (Junos)

    // The dialect of a renderer vendor key (frr, iosxr, iosxe, eos, junos, sros).
    static std::optional<ConfigDialect> forVendor(const QString &vendor);
    static QStringList vendors();
};

} // namespace vpnwb
