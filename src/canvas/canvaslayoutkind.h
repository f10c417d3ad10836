#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace vpnwb {

class CanvasGraph;

// The automatic layouts of the topology canvas.
enum class CanvasLayoutKind { Geographic, Radial, Force };

// Stable spellings for the command line: geo, radial, force.
QString toString(CanvasLayoutKind kind);
std::optional<CanvasLayoutKind> canvasLayoutKindFromString(const QString &s);
// A position for every node of `graph`, by the given layout.
QList<QPointF> placeNodes(CanvasLayoutKind kind, const CanvasGraph &graph);

} // namespace vpnwb
