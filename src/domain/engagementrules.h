#pragma once

#include "engagement.h"
#include "fieldissue.h"

#include <optional>

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
    // A step note: one line of at most maxNoteLength characters, no control characters.
    static std::optional<QString> checkNote(const QString &note);

    static constexpr int maxNoteLength = 2000;

    static constexpr std::int64_t maxBandwidthKbps = 100'000'000; // 100 Gb/s
};

} // namespace vpnwb
