#include "demoengagement.h"

#include "engagementjson.h"

#include <QFile>

namespace vpnwb {

Result<Engagement> DemoEngagement::load()
{
    QFile f(resourcePath());
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(
            QStringLiteral("the demo engagement is missing from this build (%1)").arg(resourcePath()));
    return EngagementJson::fromBytes(f.readAll(), resourcePath());
}

} // namespace vpnwb
