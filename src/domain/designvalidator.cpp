#include "designvalidator.h"

#include "designrules.h"

#include <algorithm>

namespace vpnwb {

const QList<DesignRule> &DesignValidator::rules()
{
    using S = FindingSeverity;
    namespace R = DesignRules;
    static const QList<DesignRule> list{
        {"site-not-checked", S::Blocking, "a site without a fresh serviceability result has no PE", R::siteNotChecked},
        {"site-excluded", S::Warning, "an unserviceable site, or one in no VPN, is left out of the design",
         R::siteExcluded},
        {"pool-exhausted", S::Blocking, "a pool has no value left for an object that needs one", R::poolExhausted},
        {"lan-overlap", S::Blocking, "two prefixes overlap inside a VPN's routing (LANs, links, loopbacks)",
         R::lanOverlap},
        {"rd-reused", S::Blocking, "two VRFs have the same route distinguisher", R::rdReused},
        {"rt-topology", S::Blocking, "route targets do not give the VPN's topology (e.g. a spoke imports spokes)",
         R::rtTopology},
        {"same-customer-as", S::Blocking,
         "one customer AS at several sites of a VPN without as-override or allowas-in", R::sameCustomerAs},
        {"dual-homed-soo", S::Blocking, "a dual-homed BGP site without one site of origin on both attachments",
         R::dualHomedSoo},
        {"mtu-mismatch", S::Blocking, "the CE and the PE side of an attachment have different MTUs", R::mtuMismatch},
        {"port-capacity", S::Blocking, "the access rates on a PE port exceed its speed", R::portCapacity},
        {"vlan-reuse", S::Blocking, "one VLAN twice on a PE port", R::vlanReuse},
        {"ef-share", S::Warning, "real-time (EF) traffic above the provider's share of the access rate", R::efShare},
        {"class-shares", S::Blocking, "class shares that do not add up to 100 % or name no class of the model",
         R::classShares},
    };
    return list;
}

const DesignRule *DesignValidator::findRule(const QString &name)
{
    for (const DesignRule &r : rules()) {
        if (name == QLatin1String(r.name))
            return &r;
    }
    return nullptr;
}

QList<DesignFinding> DesignValidator::validate(const NetworkDesign &design)
{
    QList<DesignFinding> out;
    for (const DesignRule &rule : rules()) {
        const qsizetype from = out.size();
        rule.check(design, out);
        for (qsizetype i = from; i < out.size(); ++i) {
            out[i].rule = QLatin1String(rule.name);
            out[i].severity = rule.severity;
        }
    }
    return out;
}

bool DesignValidator::hasBlocking(const QList<DesignFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const DesignFinding &f) { return f.isBlocking(); });
}

} // namespace vpnwb
