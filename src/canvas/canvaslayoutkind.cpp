#include "canvaslayoutkind.h"

#include "forcelayout.h"
#include "geolayout.h"
#include "radiallayout.h"

namespace vpnwb {

QString toString(CanvasLayoutKind kind)
{
    switch (kind) {
    case CanvasLayoutKind::Geographic:
        return QStringLiteral("geo");
    case CanvasLayoutKind::Radial:
        return QStringLiteral("radial");
    case CanvasLayoutKind::Force:
        return QStringLiteral("force");
    }
    return {};
}

std::optional<CanvasLayoutKind> canvasLayoutKindFromString(const QString &s)
{
    for (const auto kind : {CanvasLayoutKind::Geographic, CanvasLayoutKind::Radial, CanvasLayoutKind::Force}) {
        if (s == toString(kind))
            return kind;
    }
    return std::nullopt;
}

QList<QPointF> placeNodes(CanvasLayoutKind kind, const CanvasGraph &graph)
{
    switch (kind) {
    case CanvasLayoutKind::Geographic:
        return GeoLayout().place(graph);
    case CanvasLayoutKind::Radial:
        return RadialLayout().place(graph);
    case CanvasLayoutKind::Force:
        return ForceLayout().place(graph);
    }
    return {};
}

} // namespace vpnwb
