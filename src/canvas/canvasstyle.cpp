#include "canvasstyle.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <memory>

namespace vpnwb {
namespace {

QFont makeFont(int pixelSize, QFont::Weight weight)
{
    QFont f;
    f.setPixelSize(pixelSize);
    f.setWeight(weight);
    f.setHintingPreference(QFont::PreferNoHinting); // scales smoothly with the zoom
    return f;
}

} // namespace

QColor CanvasStyle::accessColor(AccessType type)
{
    switch (type) {
    case AccessType::Fiber:
        return {0x1c, 0x6d, 0xd0};
    case AccessType::Copper:
        return {0xe0, 0x7a, 0x10};
    case AccessType::Dsl:
        return {0x8e, 0x44, 0xad};
    case AccessType::Lte:
        return {0x1f, 0x9d, 0x6a};
    }
    return ink();
}

double CanvasStyle::accessWidth(std::int64_t bandwidthKbps)
{
    const double mbps = std::max<double>(1.0, double(bandwidthKbps) / 1000.0);
    return std::clamp(1.2 + 1.1 * std::log10(mbps / 10.0), 1.0, 6.0);
}

const QFont &CanvasStyle::siteFont()
{
    static const QFont f = makeFont(11, QFont::Medium);
    return f;
}

const QFont &CanvasStyle::hubFont()
{
    static const QFont f = makeFont(14, QFont::Bold);
    return f;
}

const QFont &CanvasStyle::nameFont()
{
    static const QFont f = makeFont(8, QFont::Normal);
    return f;
}

const QFont &CanvasStyle::peFont()
{
    static const QFont f = makeFont(11, QFont::DemiBold); // readable from the same zoom as the sites' ids
    return f;
}

const QFont &CanvasStyle::cloudFont()
{
    static const QFont f = makeFont(15, QFont::Bold);
    return f;
}

const QFontMetricsF &CanvasStyle::metrics(const QFont &font)
{
    static QHash<QString, std::shared_ptr<QFontMetricsF>> cache;
    auto &m = cache[font.key()];
    if (!m)
        m = std::make_shared<QFontMetricsF>(font);
    return *m;
}

} // namespace vpnwb
