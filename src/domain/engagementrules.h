#pragma once

#include "engagement.h"
#include "fieldissue.h"

namespace vpnwb {

// The invariants every stored engagement keeps. Storage refuses an
// engagement that breaks one, so the database never holds such data.
class EngagementRules
{
public:
    static FieldIssues check(const Engagement &engagement);
    // `path` prefixes each issue's field, e.g. "sites[3]".
    static FieldIssues checkSite(const Site &site, const QString &path);
    static bool isValidSiteId(const QString &siteId);
    static bool isValidCountryCode(const QString &code);

    static constexpr std::int64_t maxBandwidthKbps = 100'000'000; // 100 Gb/s
};

} // namespace vpnwb
