#include "steponegate.h"

#include <QHash>

namespace vpnwb {

FieldIssues StepOneGate::blockers(const Engagement &engagement, const QList<SiteServiceability> &results)
{
    FieldIssues out;
    if (engagement.sites.isEmpty()) {
        out.append({QStringLiteral("sites"), QStringLiteral("the engagement has no sites yet")});
        return out;
    }
    QHash<QString, const SiteServiceability *> bySite;
    for (const SiteServiceability &r : results)
        bySite.insert(r.siteId, &r);
    for (const Site &site : engagement.sites) {
        const QString field = QStringLiteral("sites[%1]").arg(site.siteId);
        const SiteServiceability *r = bySite.value(site.siteId);
        if (!r)
            out.append({field, QStringLiteral("serviceability has not been checked")});
        else if (r->isStaleFor(site))
            out.append({field, QStringLiteral("the site changed after its serviceability was checked")});
        else if (r->verdict == ServiceabilityVerdict::Unserviceable)
            out.append({field, QStringLiteral("unserviceable: %1").arg(r->reason)});
    }
    return out;
}

} // namespace vpnwb
