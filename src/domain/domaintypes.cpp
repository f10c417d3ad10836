#include "domaintypes.h"

#include <QStringList>

#include <array>
#include <utility>

namespace vpnwb {
namespace {

template<typename E, std::size_t N> using Table = std::array<std::pair<E, const char *>, N>;

constexpr Table<SiteRole, 3> kSiteRoles{
    {{SiteRole::Hub, "hub"}, {SiteRole::Spoke, "spoke"}, {SiteRole::AnyToAny, "any"}}};
constexpr Table<AccessType, 4> kAccessTypes{{{AccessType::Fiber, "fiber"},
                                             {AccessType::Copper, "copper"},
                                             {AccessType::Dsl, "dsl"},
                                             {AccessType::Lte, "lte"}}};
constexpr Table<Resiliency, 2> kResiliency{
    {{Resiliency::Single, "single"}, {Resiliency::DualHomed, "dual-homed"}}};
constexpr Table<CeRouting, 2> kRouting{{{CeRouting::Bgp, "bgp"}, {CeRouting::Static, "static"}}};
constexpr Table<VpnTopology, 3> kTopologies{{{VpnTopology::AnyToAny, "any-to-any"},
                                             {VpnTopology::HubAndSpoke, "hub-and-spoke"},
                                             {VpnTopology::HubAndSpokeDisjoint, "hub-and-spoke-disjoint"}}};
constexpr Table<StepState, 4> kStates{{{StepState::NotStarted, "not-started"},
                                       {StepState::InProgress, "in-progress"},
                                       {StepState::Done, "done"},
                                       {StepState::Blocked, "blocked"}}};
constexpr Table<VrfRole, 3> kVrfRoles{
    {{VrfRole::AnyToAny, "any-to-any"}, {VrfRole::Hub, "hub"}, {VrfRole::Spoke, "spoke"}}};
constexpr Table<Homing, 2> kHomings{{{Homing::Primary, "primary"}, {Homing::Secondary, "secondary"}}};
constexpr Table<FindingSeverity, 2> kSeverities{
    {{FindingSeverity::Blocking, "blocking"}, {FindingSeverity::Warning, "warning"}}};
constexpr Table<SameAsRemedy, 2> kSameAsRemedies{
    {{SameAsRemedy::AsOverride, "as-override"}, {SameAsRemedy::AllowAsIn, "allowas-in"}}};
constexpr Table<QosModelKind, 2> kQosModels{
    {{QosModelKind::FourClass, "4-class"}, {QosModelKind::SixClass, "6-class"}}};
constexpr Table<ResourceKind, 8> kResourceKinds{{{ResourceKind::Rd, "rd"},
                                                 {ResourceKind::Rt, "rt"},
                                                 {ResourceKind::Soo, "soo"},
                                                 {ResourceKind::Link, "link"},
                                                 {ResourceKind::Loopback, "loopback"},
                                                 {ResourceKind::CpeAddress, "cpe-address"},
                                                 {ResourceKind::Port, "port"},
                                                 {ResourceKind::Vlan, "vlan"}}};
constexpr Table<AllocationOrigin, 3> kOrigins{{{AllocationOrigin::Pool, "pool"},
                                               {AllocationOrigin::Override, "override"},
                                               {AllocationOrigin::Import, "import"}}};

template<typename E, std::size_t N> QString name(const Table<E, N> &table, E value)
{
    for (const auto &[e, s] : table) {
        if (e == value)
            return QString::fromLatin1(s);
    }
    return {};
}

template<typename E, std::size_t N> std::optional<E> parse(const Table<E, N> &table, const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (const auto &[e, s] : table) {
        if (t == QLatin1String(s))
            return e;
    }
    return std::nullopt;
}

template<typename E, std::size_t N> QString choices(const Table<E, N> &table)
{
    QStringList out;
    for (const auto &entry : table)
        out << QString::fromLatin1(entry.second);
    return out.join(QStringLiteral(", "));
}

} // namespace

QString toString(SiteRole v)
{
    return name(kSiteRoles, v);
}
QString toString(AccessType v)
{
    return name(kAccessTypes, v);
}
QString toString(Resiliency v)
{
    return name(kResiliency, v);
}
QString toString(CeRouting v)
{
    return name(kRouting, v);
}
QString toString(VpnTopology v)
{
    return name(kTopologies, v);
}
QString toString(StepState v)
{
    return name(kStates, v);
}
QString toString(VrfRole v)
{
    return name(kVrfRoles, v);
}
QString toString(Homing v)
{
    return name(kHomings, v);
}
QString toString(FindingSeverity v)
{
    return name(kSeverities, v);
}
QString toString(SameAsRemedy v)
{
    return name(kSameAsRemedies, v);
}
QString toString(QosModelKind v)
{
    return name(kQosModels, v);
}
QString toString(ResourceKind v)
{
    return name(kResourceKinds, v);
}
QString toString(AllocationOrigin v)
{
    return name(kOrigins, v);
}

std::optional<SiteRole> siteRoleFromString(const QString &s)
{
    // "any-to-any" is accepted as a synonym of "any".
    if (s.trimmed().compare(QLatin1String("any-to-any"), Qt::CaseInsensitive) == 0)
        return SiteRole::AnyToAny;
    return parse(kSiteRoles, s);
}
std::optional<AccessType> accessTypeFromString(const QString &s)
{
    return parse(kAccessTypes, s);
}
std::optional<Resiliency> resiliencyFromString(const QString &s)
{
    return parse(kResiliency, s);
}
std::optional<CeRouting> ceRoutingFromString(const QString &s)
{
    return parse(kRouting, s);
}
std::optional<VpnTopology> vpnTopologyFromString(const QString &s)
{
    return parse(kTopologies, s);
}
std::optional<StepState> stepStateFromString(const QString &s)
{
    return parse(kStates, s);
}
std::optional<Homing> homingFromString(const QString &s)
{
    return parse(kHomings, s);
}
std::optional<FindingSeverity> findingSeverityFromString(const QString &s)
{
    return parse(kSeverities, s);
}
std::optional<SameAsRemedy> sameAsRemedyFromString(const QString &s)
{
    return parse(kSameAsRemedies, s);
}
std::optional<QosModelKind> qosModelKindFromString(const QString &s)
{
    return parse(kQosModels, s);
}
std::optional<ResourceKind> resourceKindFromString(const QString &s)
{
    return parse(kResourceKinds, s);
}
std::optional<AllocationOrigin> allocationOriginFromString(const QString &s)
{
    return parse(kOrigins, s);
}

QString siteRoleChoices()
{
    return choices(kSiteRoles);
}
QString accessTypeChoices()
{
    return choices(kAccessTypes);
}
QString resiliencyChoices()
{
    return choices(kResiliency);
}
QString ceRoutingChoices()
{
    return choices(kRouting);
}
QString vpnTopologyChoices()
{
    return choices(kTopologies);
}
QString stepStateChoices()
{
    return choices(kStates);
}
QString sameAsRemedyChoices()
{
    return choices(kSameAsRemedies);
}
QString qosModelKindChoices()
{
    return choices(kQosModels);
}

} // namespace vpnwb
