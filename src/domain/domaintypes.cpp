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

} // namespace vpnwb
