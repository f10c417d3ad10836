#include "siteqos.h"

namespace vpnwb {

int SiteQos::percentOf(const QString &classId) const
{
    for (const Share &s : shares) {
        if (s.classId == classId)
            return s.percent;
    }
    return 0;
}

int SiteQos::totalPercent() const
{
    int total = 0;
    for (const Share &s : shares)
        total += s.percent;
    return total;
}

} // namespace vpnwb
