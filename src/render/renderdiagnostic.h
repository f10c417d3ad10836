#pragma once

#include <QString>

namespace vpnwb {

// Something a renderer wants the engineer to know about a rendering that it
// did produce: a value it had to change (free text made safe) or a part of
// the design the vendor's configuration cannot express (QoS on FRR).
struct RenderDiagnostic
{
    enum class Severity { Info, Warning };

    Severity severity = Severity::Info;
    QString object; // what it concerns, e.g. "attachment CORP-ST-BER01"
    QString message;

    QString toString() const
    {
        return (severity == Severity::Warning ? QStringLiteral("warning: ") : QStringLiteral("note: ")) + object +
               QStringLiteral(": ") + message;
    }
    bool operator==(const RenderDiagnostic &) const = default;
};

} // namespace vpnwb
