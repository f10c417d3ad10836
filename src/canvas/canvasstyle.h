#pragma once

#include "domaintypes.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPen>

#include <cstdint>

namespace vpnwb {

// The look of the topology canvas, shared by its items, its legend and its
// exports: colours by access type, line widths by bandwidth, fonts, and the
// zoom levels at which details appear (in scene units; 1 unit is one pixel
// at 100 %).
class CanvasStyle
{
public:
    static QColor background() { return {0xf5, 0xf7, 0xfa}; }
    static QColor ink() { return {0x1d, 0x27, 0x33}; }
    static QColor mutedInk() { return {0x5c, 0x6b, 0x7a}; }
    static QColor labelBackground() { return {255, 255, 255, 215}; }
    static QColor selection() { return {0x1a, 0x73, 0xe8}; }
    static QColor hubFill() { return {0x17, 0x2b, 0x4d}; }
    static QColor peFill() { return {0x26, 0x32, 0x38}; }
    static QColor idlePeFill() { return {0xe9, 0xed, 0xf1}; }
    static QColor cloudFill() { return {0xee, 0xe9, 0xf8}; }
    static QColor cloudInk() { return {0x5b, 0x45, 0xa8}; }
    static QColor spokeLink() { return {0x4f, 0x5d, 0x75, 110}; }
    static QColor cloudLink() { return {0x7b, 0x61, 0xc9, 150}; }
    static QColor unserviceable() { return {0xd6, 0x2f, 0x2f}; }
    static QColor stale() { return {0xe6, 0x9b, 0x00}; }

    static QColor accessColor(AccessType type);
    // Line width in scene units: grows with the logarithm of the bandwidth.
    static double accessWidth(std::int64_t bandwidthKbps);

    static double siteRadius() { return 6.5; }
    static double hubRadius() { return 11.0; }

    static const QFont &siteFont();
    static const QFont &hubFont();
    static const QFont &nameFont();
    static const QFont &peFont();
    static const QFont &cloudFont();
    static const QFontMetricsF &metrics(const QFont &font);

    // Below this level of detail, items are drawn as plain dots and lines.
    static constexpr double overviewLod = 0.35;
    // Text is drawn only where it would be at least this tall on screen (pixels).
    static constexpr double readableTextPx = 7.0;
    // From this level of detail up, a site id too small to read is drawn
    // enlarged to readableTextPx instead of being left out (at most about
    // 1.4 times), so that a small engagement fitted into a small window
    // still shows its sites' ids.
    static constexpr double enlargedLabelLod = 0.45;
    // Site names appear under the ids from this level of detail.
    static constexpr double namesLod = 1.6;

    static bool textReadable(const QFont &font, double lod) { return font.pixelSize() * lod >= readableTextPx; }
};

} // namespace vpnwb
