#include "canvaslegend.h"

#include "canvasstyle.h"
#include "displaytext.h"

#include <QPainter>

#include <algorithm>

namespace vpnwb {
namespace {

constexpr double kRow = 19.0;
constexpr double kSymbol = 34.0;
constexpr double kPad = 10.0;
constexpr double kGap = 18.0; // between the columns

enum class Symbol {
    Site,
    Hub,
    Pe,
    Cloud,
    Unserviceable,
    Stale,
    Fiber,
    Copper,
    Dsl,
    Lte,
    Partner,
    DualHomed,
    Spoke,
    CloudMember
};

struct Entry
{
    Symbol symbol;
    QString text;
};

QList<Entry> entries()
{
    return {
        {Symbol::Site, CanvasLegend::tr("Site")},
        {Symbol::Hub, CanvasLegend::tr("Hub site")},
        {Symbol::Pe, CanvasLegend::tr("PE router (light: none homed)")},
        {Symbol::Cloud, CanvasLegend::tr("Any-to-any VPN")},
        {Symbol::Unserviceable, CanvasLegend::tr("Unserviceable site")},
        {Symbol::Stale, CanvasLegend::tr("Changed since checked")},
        {Symbol::Spoke, CanvasLegend::tr("Spoke to hub (VPN)")},
        {Symbol::Fiber, DisplayText::accessType(AccessType::Fiber)},
        {Symbol::Copper, DisplayText::accessType(AccessType::Copper)},
        {Symbol::Dsl, DisplayText::accessType(AccessType::Dsl)},
        {Symbol::Lte, DisplayText::accessType(AccessType::Lte)},
        {Symbol::Partner, CanvasLegend::tr("Partner (off-net) access")},
        {Symbol::DualHomed, CanvasLegend::tr("Dual-homed access")},
        {Symbol::CloudMember, CanvasLegend::tr("Into an any-to-any VPN")},
    };
}

int rowsFor(int columns)
{
    const int count = int(entries().size());
    const int c = std::max(1, columns);
    return (count + c - 1) / c;
}

QFont legendFont(bool bold = false)
{
    QFont f;
    f.setPixelSize(11);
    f.setBold(bold);
    return f;
}

QString footnote(int columns)
{
    return columns > 1 ? CanvasLegend::tr("The thicker an access line, the more bandwidth.")
                       : CanvasLegend::tr("Thicker lines: more bandwidth.");
}

void drawLine(QPainter &p, const QPointF &at, const QPen &pen, bool doubled = false)
{
    p.setPen(pen);
    const QLineF l(at.x(), at.y(), at.x() + kSymbol - 6.0, at.y());
    if (doubled) {
        const double gap = pen.widthF() * 0.9 + 0.6;
        p.drawLine(l.translated(0, gap));
        p.drawLine(l.translated(0, -gap));
    } else {
        p.drawLine(l);
    }
}

void drawDot(QPainter &p, const QPointF &at, const QColor &fill, double r, const QColor &ring, double ringWidth)
{
    p.setPen(QPen(ring, ringWidth));
    p.setBrush(fill);
    p.drawEllipse(at + QPointF(kSymbol / 2.0 - 3.0, 0.0), r, r);
}

void drawSymbol(QPainter &p, Symbol symbol, const QPointF &at)
{
    const QColor fiber = CanvasStyle::accessColor(AccessType::Fiber);
    switch (symbol) {
    case Symbol::Site:
        drawDot(p, at, fiber, CanvasStyle::siteRadius(), Qt::white, 1.3);
        break;
    case Symbol::Hub:
        drawDot(p, at, CanvasStyle::hubFill(), 7.0, fiber, 2.0);
        break;
    case Symbol::Pe:
        p.setPen(Qt::NoPen);
        p.setBrush(CanvasStyle::peFill());
        p.drawRoundedRect(QRectF(at.x(), at.y() - 6.0, kSymbol - 6.0, 12.0), 3.0, 3.0);
        break;
    case Symbol::Cloud:
        p.setPen(QPen(CanvasStyle::cloudInk(), 1.2));
        p.setBrush(CanvasStyle::cloudFill());
        p.drawRoundedRect(QRectF(at.x(), at.y() - 7.0, kSymbol - 6.0, 14.0), 7.0, 7.0);
        break;
    case Symbol::Unserviceable:
        drawDot(p, at, fiber, CanvasStyle::siteRadius() - 1.0, CanvasStyle::unserviceable(), 2.0);
        break;
    case Symbol::Stale:
        drawDot(p, at, fiber, CanvasStyle::siteRadius() - 1.0, CanvasStyle::stale(), 2.0);
        break;
    case Symbol::Fiber:
        drawLine(p, at, QPen(fiber, 3.0));
        break;
    case Symbol::Copper:
        drawLine(p, at, QPen(CanvasStyle::accessColor(AccessType::Copper), 3.0));
        break;
    case Symbol::Dsl:
        drawLine(p, at, QPen(CanvasStyle::accessColor(AccessType::Dsl), 3.0));
        break;
    case Symbol::Lte:
        drawLine(p, at, QPen(CanvasStyle::accessColor(AccessType::Lte), 3.0));
        break;
    case Symbol::Partner: {
        QPen pen(CanvasStyle::mutedInk(), 2.0, Qt::SolidLine, Qt::FlatCap);
        pen.setDashPattern({4.0, 2.5});
        drawLine(p, at, pen);
        break;
    }
    case Symbol::DualHomed:
        drawLine(p, at, QPen(CanvasStyle::mutedInk(), 1.3), true);
        break;
    case Symbol::Spoke:
        drawLine(p, at, QPen(CanvasStyle::spokeLink(), 1.4));
        break;
    case Symbol::CloudMember: {
        QPen pen(CanvasStyle::cloudLink(), 1.6, Qt::SolidLine, Qt::RoundCap);
        pen.setDashPattern({1.0, 2.5});
        drawLine(p, at, pen);
        break;
    }
    }
}

// The width of each column's texts.
QList<double> columnWidths(int rows)
{
    const QFontMetricsF fm(legendFont());
    const QList<Entry> all = entries();
    QList<double> widths((all.size() + rows - 1) / rows, 0.0);
    for (qsizetype i = 0; i < all.size(); ++i)
        widths[i / rows] = std::max(widths[i / rows], fm.horizontalAdvance(all[i].text));
    return widths;
}

} // namespace

QSizeF CanvasLegend::size(int columns)
{
    const int rows = rowsFor(columns);
    double width = 0.0;
    for (double w : columnWidths(rows))
        width += kSymbol + 4.0 + w + kGap;
    width = std::max(width - kGap, QFontMetricsF(legendFont()).horizontalAdvance(footnote(columns)));
    return {width + 2 * kPad, kPad * 2 + kRow * (rows + 2)};
}

void CanvasLegend::paint(QPainter &p, const QPointF &topLeft, int columns)
{
    const int rows = rowsFor(columns);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF box(topLeft, size(columns));
    p.setPen(QPen(QColor(0xc9, 0xd1, 0xda), 1.0));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(box, 6.0, 6.0);

    p.setFont(legendFont(true));
    p.setPen(CanvasStyle::ink());
    p.drawText(QRectF(box.left() + kPad, box.top() + kPad - 2.0, box.width(), kRow), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Legend"));

    p.setFont(legendFont());
    const QList<Entry> all = entries();
    const QList<double> widths = columnWidths(rows);
    double left = box.left() + kPad;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const qsizetype column = i / rows;
        if (i > 0 && i % rows == 0)
            left += kSymbol + 4.0 + widths[column - 1] + kGap;
        const QPointF at(left, box.top() + kPad + kRow * (i % rows + 1.5));
        drawSymbol(p, all[i].symbol, at);
        p.setPen(CanvasStyle::ink());
        p.drawText(QRectF(at.x() + kSymbol + 2.0, at.y() - kRow / 2.0, widths[column] + 4.0, kRow),
                   Qt::AlignLeft | Qt::AlignVCenter, all[i].text);
    }
    p.setPen(CanvasStyle::mutedInk());
    p.drawText(QRectF(box.left() + kPad, box.bottom() - kPad - kRow, box.width() - 2 * kPad, kRow),
               Qt::AlignLeft | Qt::AlignVCenter, footnote(columns));
    p.restore();
}

} // namespace vpnwb
