#include "engagement.h"

#include "flowstep.h"

#include <algorithm>

namespace vpnwb {

const Site *Engagement::findSite(const QString &siteId) const
{
    const qsizetype i = siteIndex(siteId);
    return i < 0 ? nullptr : &sites[i];
}

Site *Engagement::findSite(const QString &siteId)
{
    const qsizetype i = siteIndex(siteId);
    return i < 0 ? nullptr : &sites[i];
}

qsizetype Engagement::siteIndex(const QString &siteId) const
{
    for (qsizetype i = 0; i < sites.size(); ++i) {
        if (sites[i].siteId == siteId)
            return i;
    }
    return -1;
}

const VpnService *Engagement::findVpn(const QString &vpnId) const
{
    for (const VpnService &v : vpns) {
        if (v.vpnId == vpnId)
            return &v;
    }
    return nullptr;
}

StepStatus Engagement::stepStatus(int step) const
{
    for (const StepStatus &s : steps) {
        if (s.step == step)
            return s;
    }
    StepStatus s;
    s.step = step;
    return s;
}

void Engagement::setStepStatus(const StepStatus &status)
{
    for (StepStatus &s : steps) {
        if (s.step == status.step) {
            s = status;
            return;
        }
    }
    steps.append(status);
    normalizeSteps();
}

void Engagement::normalizeSteps()
{
    QList<StepStatus> out;
    out.reserve(FlowStep::count);
    for (int n = 1; n <= FlowStep::count; ++n)
        out.append(stepStatus(n));
    steps = std::move(out);
}

bool Engagement::sameContent(const Engagement &other) const
{
    Engagement a = *this;
    Engagement b = other;
    a.id = b.id = 0;
    a.createdAt = b.createdAt = QDateTime();
    a.updatedAt = b.updatedAt = QDateTime();
    a.normalizeSteps();
    b.normalizeSteps();
    return a == b;
}

} // namespace vpnwb
