#pragma once

#include "engagement.h"
#include "fieldissue.h"
#include "siteserviceability.h"

#include <QList>

namespace vpnwb {

// Step 1 (RFP and solution design) may be marked done only once every site
// has a fresh serviceability result and none is unserviceable.
class StepOneGate
{
public:
    // What stands in the way, one issue per unresolved site (field
    // "sites[SITE-ID]"); empty when step 1 may be marked done.
    static FieldIssues blockers(const Engagement &engagement, const QList<SiteServiceability> &results);
};

} // namespace vpnwb
