#pragma once

#include "domaintypes.h"
#include "fieldissue.h"
#include "ipv4prefix.h"
#include "numberrange.h"
#include "result.h"

#include <QStringList>

#include <cstdint>

namespace vpnwb {

// How the provider numbers its network: the settings every engagement's
// design is allocated with. One set per workspace; the defaults hold until
// someone changes them (`vpnwb provider-settings`).
struct ProviderSettings
{
    std::uint32_t providerAs = 0;
    int rdType = 0;            // 0: AS:n, 1: PE router id:n (RFC 4364 §4.2)
    int linkPrefixLength = 30; // PE-CE links: /30 or /31 (RFC 3021)
    NumberRange rdNumbers{1, 65535};
    NumberRange rtNumbers{1, 65535};
    NumberRange sooNumbers{1, 65535};
    Ipv4Prefix linkPool;     // PE-CE link subnets
    Ipv4Prefix loopbackPool; // one /32 per VRF on each PE: the source of service probes
    Ipv4Prefix cpePool;      // one /32 per CPE: its management address
    NumberRange vlans{100, 3999};
    int efMaxPercent = 33; // real-time traffic above this share of the access rate is flagged
    int mtu = 1500;        // IP MTU of the PE side of every attachment
    SameAsRemedy sameAsRemedy = SameAsRemedy::AsOverride;
    QString cpeVendor = QStringLiteral("iosxe"); // the vendor every managed CPE is rendered for

    // The vendors a CPE may be: those with a renderer for the CE role.
    static QStringList cpeVendors();

    // The defaults for a provider of AS `providerAs` (the PoP catalog's).
    static ProviderSettings defaultsFor(std::uint32_t providerAs);

    // The names `set` and `value` know, in the order they are shown.
    static QStringList fieldNames();
    // Sets one field from text; an error names the field and the allowed values.
    Status set(const QString &field, const QString &value);
    QString value(const QString &field) const;
    // What is wrong with the settings as a whole, e.g. pools that overlap.
    FieldIssues check() const;

    bool operator==(const ProviderSettings &) const = default;
};

} // namespace vpnwb
