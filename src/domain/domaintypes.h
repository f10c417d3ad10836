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
// Network design (steps 4 and 5).
enum class VrfRole { AnyToAny, Hub, Spoke };
enum class Homing { Primary, Secondary };
enum class FindingSeverity { Blocking, Warning };
enum class SameAsRemedy { AsOverride, AllowAsIn }; // when one customer AS is at several sites
enum class QosModelKind { FourClass, SixClass };
enum class ResourceKind { Rd, Rt, Soo, Link, Loopback, CpeAddress, Port, Vlan }; // allocated from a pool
enum class AllocationOrigin { Pool, Override, Import };

QString toString(SiteRole v);
QString toString(AccessType v);
QString toString(Resiliency v);
QString toString(CeRouting v);
QString toString(VpnTopology v);
QString toString(StepState v);
QString toString(VrfRole v);
QString toString(Homing v);
QString toString(FindingSeverity v);
QString toString(SameAsRemedy v);
QString toString(QosModelKind v);
QString toString(ResourceKind v);
QString toString(AllocationOrigin v);

std::optional<SiteRole> siteRoleFromString(const QString &s);
std::optional<AccessType> accessTypeFromString(const QString &s);
std::optional<Resiliency> resiliencyFromString(const QString &s);
std::optional<CeRouting> ceRoutingFromString(const QString &s);
std::optional<VpnTopology> vpnTopologyFromString(const QString &s);
std::optional<StepState> stepStateFromString(const QString &s);
std::optional<Homing> homingFromString(const QString &s);
std::optional<FindingSeverity> findingSeverityFromString(const QString &s);
std::optional<SameAsRemedy> sameAsRemedyFromString(const QString &s);
std::optional<QosModelKind> qosModelKindFromString(const QString &s);
std::optional<ResourceKind> resourceKindFromString(const QString &s);
std::optional<AllocationOrigin> allocationOriginFromString(const QString &s);

// The accepted spellings, joined for error messages ("hub, spoke, any").
QString siteRoleChoices();
QString accessTypeChoices();
QString resiliencyChoices();
QString ceRoutingChoices();
QString vpnTopologyChoices();
QString stepStateChoices();
QString sameAsRemedyChoices();
QString qosModelKindChoices();

} // namespace vpnwb
