#pragma once

#include <QString>

#include <optional>

namespace vpnwb {

// The enumerations shared by the whole engagement model, with their stable
// spellings (used in files, the database and the CLI).

enum class SiteRole { Hub, Spoke, AnyToAny };
enum class AccessType { Fiber, Copper, Dsl, Lte };
enum class Resiliency { Single, DualHomed };
enum class CeRouting { Bgp, Static };
enum class VpnTopology { AnyToAny, HubAndSpoke, HubAndSpokeDisjoint };
enum class StepState { NotStarted, InProgress, Done, Blocked };

QString toString(SiteRole v);
QString toString(AccessType v);
QString toString(Resiliency v);
QString toString(CeRouting v);
QString toString(VpnTopology v);
QString toString(StepState v);

std::optional<SiteRole> siteRoleFromString(const QString &s);
std::optional<AccessType> accessTypeFromString(const QString &s);
std::optional<Resiliency> resiliencyFromString(const QString &s);
std::optional<CeRouting> ceRoutingFromString(const QString &s);
std::optional<VpnTopology> vpnTopologyFromString(const QString &s);
std::optional<StepState> stepStateFromString(const QString &s);

// The accepted spellings, joined for error messages ("hub, spoke, any").
QString siteRoleChoices();
QString accessTypeChoices();
QString resiliencyChoices();
QString ceRoutingChoices();
QString vpnTopologyChoices();
QString stepStateChoices();

} // namespace vpnwb
