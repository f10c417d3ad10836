#pragma once

#include "engagement.h"
#include "result.h"

namespace vpnwb {

// The demo engagement shipped with the application (a European retail chain).
class DemoEngagement
{
public:
    static Result<Engagement> load();
    static QString resourcePath() { return QStringLiteral(":/vpnwb/demo/demo-engagement.json"); }
};

} // namespace vpnwb
