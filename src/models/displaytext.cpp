#include "displaytext.h"

#include <QCoreApplication>

namespace vpnwb {
namespace {

QString translated(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

} // namespace

QString DisplayText::stepState(StepState state)
{
    switch (state) {
    case StepState::NotStarted:
        return translated("StepState", QT_TRANSLATE_NOOP("StepState", "Not started"));
    case StepState::InProgress:
        return translated("StepState", QT_TRANSLATE_NOOP("StepState", "In progress"));
    case StepState::Done:
        return translated("StepState", QT_TRANSLATE_NOOP("StepState", "Done"));
    case StepState::Blocked:
        return translated("StepState", QT_TRANSLATE_NOOP("StepState", "Blocked"));
    }
    return {};
}

QColor DisplayText::stepStateColor(StepState state)
{
    switch (state) {
    case StepState::NotStarted:
        return QColor(0x9a, 0xa5, 0xb1);
    case StepState::InProgress:
        return QColor(0x1f, 0x7a, 0xe0);
    case StepState::Done:
        return QColor(0x2e, 0x9e, 0x5b);
    case StepState::Blocked:
        return QColor(0xd6, 0x3b, 0x3b);
    }
    return {};
}

QString DisplayText::siteRole(SiteRole role)
{
    switch (role) {
    case SiteRole::Hub:
        return translated("SiteRole", QT_TRANSLATE_NOOP("SiteRole", "Hub"));
    case SiteRole::Spoke:
        return translated("SiteRole", QT_TRANSLATE_NOOP("SiteRole", "Spoke"));
    case SiteRole::AnyToAny:
        return translated("SiteRole", QT_TRANSLATE_NOOP("SiteRole", "Any-to-any"));
    }
    return {};
}

QString DisplayText::accessType(AccessType type)
{
    switch (type) {
    case AccessType::Fiber:
        return translated("AccessType", QT_TRANSLATE_NOOP("AccessType", "Fiber"));
    case AccessType::Copper:
        return translated("AccessType", QT_TRANSLATE_NOOP("AccessType", "Ethernet over copper"));
    case AccessType::Dsl:
        return translated("AccessType", QT_TRANSLATE_NOOP("AccessType", "DSL"));
    case AccessType::Lte:
        return translated("AccessType", QT_TRANSLATE_NOOP("AccessType", "4G/LTE"));
    }
    return {};
}

QString DisplayText::resiliency(Resiliency r)
{
    return r == Resiliency::DualHomed
               ? translated("Resiliency", QT_TRANSLATE_NOOP("Resiliency", "Dual-homed"))
               : translated("Resiliency", QT_TRANSLATE_NOOP("Resiliency", "Single"));
}

QString DisplayText::routing(CeRouting r)
{
    return r == CeRouting::Bgp ? translated("CeRouting", QT_TRANSLATE_NOOP("CeRouting", "BGP"))
                               : translated("CeRouting", QT_TRANSLATE_NOOP("CeRouting", "Static"));
}

QString DisplayText::topology(VpnTopology t)
{
    switch (t) {
    case VpnTopology::AnyToAny:
        return translated("VpnTopology", QT_TRANSLATE_NOOP("VpnTopology", "Any-to-any"));
    case VpnTopology::HubAndSpoke:
        return translated("VpnTopology", QT_TRANSLATE_NOOP("VpnTopology", "Hub-and-spoke"));
    case VpnTopology::HubAndSpokeDisjoint:
        return translated("VpnTopology", QT_TRANSLATE_NOOP("VpnTopology", "Hub-and-spoke (disjoint)"));
    }
    return {};
}

QString DisplayText::bandwidth(std::int64_t kbps)
{
    if (kbps >= 1'000'000 && kbps % 1'000'000 == 0)
        return translated("Bandwidth", QT_TRANSLATE_NOOP("Bandwidth", "%1 Gb/s")).arg(kbps / 1'000'000);
    if (kbps >= 1000 && kbps % 1000 == 0)
        return translated("Bandwidth", QT_TRANSLATE_NOOP("Bandwidth", "%1 Mb/s")).arg(kbps / 1000);
    return translated("Bandwidth", QT_TRANSLATE_NOOP("Bandwidth", "%1 kb/s")).arg(kbps);
}

QString DisplayText::stepName(const FlowStep &s)
{
    return translated("FlowStep", s.name);
}
QString DisplayText::stepOwner(const FlowStep &s)
{
    return translated("FlowStep", s.owner);
}
QString DisplayText::stepSystems(const FlowStep &s)
{
    return translated("FlowStep", s.systems);
}
QString DisplayText::stepEtomL2(const FlowStep &s)
{
    return translated("FlowStep", s.etomL2);
}
QString DisplayText::stepEtomL3(const FlowStep &s)
{
    return translated("FlowStep", s.etomL3);
}
QString DisplayText::stepSummary(const FlowStep &s)
{
    return translated("FlowStep", s.pageSummary);
}

} // namespace vpnwb
