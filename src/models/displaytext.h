#pragma once

#include "domaintypes.h"
#include "flowstep.h"

#include <QColor>
#include <QString>

#include <cstdint>

namespace vpnwb {

// Translated, human texts for the model's enumerations and steps.
class DisplayText
{
public:
    static QString stepState(StepState state);
    static QColor stepStateColor(StepState state);
    static QString siteRole(SiteRole role);
    static QString accessType(AccessType type);
    static QString resiliency(Resiliency r);
    static QString routing(CeRouting r);
    static QString topology(VpnTopology t);
    static QString bandwidth(std::int64_t kbps);

    static QString stepName(const FlowStep &step);
    static QString stepOwner(const FlowStep &step);
    static QString stepSystems(const FlowStep &step);
    static QString stepEtomL2(const FlowStep &step);
    static QString stepEtomL3(const FlowStep &step);
    static QString stepSummary(const FlowStep &step);
};

} // namespace vpnwb
