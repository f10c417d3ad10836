#include "canvasexporter.h"

#include "canvaslegend.h"
#include "canvasstyle.h"
#include "topologyscene.h"

#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>

namespace vpnwb {
namespace {

// Hides the selection while drawing, without telling the views.
class SelectionHidden
{
public:
    explicit SelectionHidden(TopologyScene &scene) : m_scene(scene), m_ids(scene.selectedItemIds())
    {
        const bool blocked = m_scene.blockSignals(true);
        m_scene.clearSelection();
        m_scene.blockSignals(blocked);
    }
    ~SelectionHidden()
    {
        const bool blocked = m_scene.blockSignals(true);
        m_scene.selectItems(m_ids);
        m_scene.blockSignals(blocked);
    }
    SelectionHidden(const SelectionHidden &) = delete;
    SelectionHidden &operator=(const SelectionHidden &) = delete;

private:
    TopologyScene &m_scene;
    QStringList m_ids;
};

} // namespace

Status CanvasExporter::checkSize(const QSize &size)
{
    if (size.width() < minSide || size.height() < minSide || size.width() > maxSide || size.height() > maxSide)
        return Error::invalidInput(tr("%1 × %2 is not a picture size the canvas can be drawn at (%3 to %4 on each side).")
                                       .arg(size.width())
                                       .arg(size.height())
                                       .arg(minSide)
                                       .arg(maxSide));
    return Status::success();
}

void CanvasExporter::paint(QPainter &painter, TopologyScene &scene, const Options &options)
{
    const QRectF page(QPointF(0, 0), QSizeF(options.size));
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.fillRect(page, CanvasStyle::background());

    double top = 16.0;
    if (!options.title.isEmpty()) {
        QFont title;
        title.setPixelSize(22);
        title.setBold(true);
        painter.setFont(title);
        painter.setPen(CanvasStyle::ink());
        painter.drawText(QRectF(20.0, top, page.width() - 40.0, 30.0), Qt::AlignLeft | Qt::AlignVCenter,
                         options.title);
        top += 32.0;
        if (!options.subtitle.isEmpty()) {
            QFont sub;
            sub.setPixelSize(13);
            painter.setFont(sub);
            painter.setPen(CanvasStyle::mutedInk());
            painter.drawText(QRectF(20.0, top, page.width() - 40.0, 20.0), Qt::AlignLeft | Qt::AlignVCenter,
                             options.subtitle);
            top += 22.0;
        }
    }
    QRectF target(10.0, top + 4.0, page.width() - 20.0, page.height() - top - 14.0);
    const QSizeF legend = CanvasLegend::size();
    const bool withLegend = options.legend && legend.width() + 24.0 < page.width() &&
                            legend.height() + top + 24.0 < page.height();
    if (withLegend) {
        // Beside the legend or above it, whichever leaves the drawing larger.
        const QRectF content = scene.contentRect();
        const QRectF beside = target.adjusted(0, 0, -(legend.width() + 14.0), 0);
        const QRectF above = target.adjusted(0, 0, 0, -(legend.height() + 14.0));
        auto scaleIn = [&content](const QRectF &r) {
            return std::min(r.width() / content.width(), r.height() / content.height());
        };
        const double full = scaleIn(target);
        const double best = std::max(scaleIn(beside), scaleIn(above));
        // Keep the whole page when the legend would take a quarter of the drawing's size.
        if (best > 0.75 * full)
            target = scaleIn(beside) >= scaleIn(above) ? beside : above;
    }
    {
        // Centred in the room left for it (QGraphicsScene::render would keep it at the top left).
        const QRectF content = scene.contentRect();
        const double scale = std::min(target.width() / content.width(), target.height() / content.height());
        QRectF drawn(QPointF(), content.size() * scale);
        drawn.moveCenter(target.center());
        SelectionHidden hidden(scene);
        scene.render(&painter, drawn, content, Qt::IgnoreAspectRatio);
    }
    if (withLegend)
        CanvasLegend::paint(painter, QPointF(page.width() - legend.width() - 14.0, page.height() - legend.height() - 14.0));
}

QImage CanvasExporter::render(TopologyScene &scene, const Options &options)
{
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(CanvasStyle::background());
    QPainter painter(&image);
    paint(painter, scene, options);
    painter.end();
    return image;
}

Status CanvasExporter::writePng(TopologyScene &scene, const QString &path, const Options &options)
{
    if (const Status s = checkSize(options.size); !s)
        return s;
    const QImage image = render(scene, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QImageWriter writer(&file, "png");
    if (!writer.write(image))
        return Error::io(tr("Cannot write %1: %2").arg(path, writer.errorString()));
    if (!file.commit())
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

Status CanvasExporter::writeSvg(TopologyScene &scene, const QString &path, const Options &options)
{
    if (const Status s = checkSize(options.size); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(options.size);
        svg.setViewBox(QRect(QPoint(0, 0), options.size));
        svg.setTitle(options.title.isEmpty() ? tr("VPN topology") : options.title);
        svg.setDescription(tr("Topology canvas exported by VPN Workbench"));
        QPainter painter;
        if (!painter.begin(&svg))
            return Error::io(tr("Cannot write %1: the SVG generator did not start").arg(path));
        paint(painter, scene, options);
        painter.end();
    }
    if (!file.commit())
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace vpnwb
