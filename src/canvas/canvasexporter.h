#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QPainter;

namespace vpnwb {

class TopologyScene;

// Draws the whole canvas, with a title and the legend, for proposals: as a
// PNG picture or as SVG that stays sharp at any size. Selection marks are
// left out. Works without a display (offscreen platform).
class CanvasExporter
{
    Q_DECLARE_TR_FUNCTIONS(CanvasExporter)
public:
    struct Options
    {
        QSize size{1600, 1000}; // pixels (PNG) or SVG user units
        QString title;          // above the drawing; none when empty
        QString subtitle;
        bool legend = true;
    };

    static QImage render(TopologyScene &scene, const Options &options);
    static Status writePng(TopologyScene &scene, const QString &path, const Options &options);
    static Status writeSvg(TopologyScene &scene, const QString &path, const Options &options);

    static constexpr int minSide = 200;
    static constexpr int maxSide = 16000;

private:
    static Status checkSize(const QSize &size);
    static void paint(QPainter &painter, TopologyScene &scene, const Options &options);
};

} // namespace vpnwb
