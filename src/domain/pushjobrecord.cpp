#include "pushjobrecord.h"

#include <array>
#include <utility>

namespace vpnwb {
namespace {

template<typename E, std::size_t N>
std::optional<E> lookUp(const std::array<std::pair<E, const char *>, N> &table, const QString &text)
{
    for (const auto &[value, name] : table) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QLatin1String(name);
    }
    return {};
}

using Kind = PushJobRecord::Kind;
using Mode = PushJobRecord::Mode;
using JobOutcome = PushJobRecord::Outcome;
using DeviceOutcome = PushJobRecord::DeviceRecord::Outcome;

// The stored and printed forms; never translated (scripts and the database read them).
constexpr std::array<std::pair<Kind, const char *>, 3> kKinds{{
    {Kind::DryRun, "dry-run"},
    {Kind::Commit, "commit"},
    {Kind::Rollback, "rollback"},
}};
constexpr std::array<std::pair<Mode, const char *>, 2> kModes{{
    {Mode::AllOrNothing, "all-or-nothing"},
    {Mode::BestEffort, "best-effort"},
}};
constexpr std::array<std::pair<JobOutcome, const char *>, 5> kOutcomes{{
    {JobOutcome::Running, "running"},
    {JobOutcome::Succeeded, "succeeded"},
    {JobOutcome::Failed, "failed"},
    {JobOutcome::Partial, "partial"},
    {JobOutcome::Cancelled, "cancelled"},
}};
constexpr std::array<std::pair<DeviceOutcome, const char *>, 6> kDeviceOutcomes{{
    {DeviceOutcome::Pending, "pending"},
    {DeviceOutcome::Unchanged, "unchanged"},
    {DeviceOutcome::Changed, "changed"},
    {DeviceOutcome::Failed, "failed"},
    {DeviceOutcome::RolledBack, "rolled-back"},
    {DeviceOutcome::RollbackFailed, "rollback-failed"},
}};

} // namespace

QString PushJobRecord::toString(Kind kind)
{
    return nameOf(kKinds, kind);
}

QString PushJobRecord::toString(Mode mode)
{
    return nameOf(kModes, mode);
}

QString PushJobRecord::toString(Outcome outcome)
{
    return nameOf(kOutcomes, outcome);
}

QString PushJobRecord::toString(DeviceRecord::Outcome outcome)
{
    return nameOf(kDeviceOutcomes, outcome);
}

std::optional<PushJobRecord::Kind> PushJobRecord::kindFromString(const QString &text)
{
    return lookUp(kKinds, text);
}

std::optional<PushJobRecord::Mode> PushJobRecord::modeFromString(const QString &text)
{
    return lookUp(kModes, text);
}

std::optional<PushJobRecord::Outcome> PushJobRecord::outcomeFromString(const QString &text)
{
    return lookUp(kOutcomes, text);
}

std::optional<PushJobRecord::DeviceRecord::Outcome>
PushJobRecord::deviceOutcomeFromString(const QString &text)
{
    return lookUp(kDeviceOutcomes, text);
}

} // namespace vpnwb
