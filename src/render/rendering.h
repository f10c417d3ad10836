#pragma once

#include "renderdiagnostic.h"

#include <QList>
#include <QString>

namespace vpnwb {

// What a renderer produces for one device: the configuration that adds the
// design's service to the device, the configuration that takes exactly that
// service off again (shared infrastructure such as the core iBGP sessions
// stays), and what the engineer should know about both.
struct Rendering
{
    QString configuration;
    QString removal;
    QList<RenderDiagnostic> diagnostics;

    bool operator==(const Rendering &) const = default;
};

} // namespace vpnwb
