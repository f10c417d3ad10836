// The topology canvas with ten thousand sites: how long building the scene
// takes, and how long one full repaint of the zoomed-out view takes, beside
// the approach of Qt's "40000 chips" example: one light QGraphicsItem per
// site, PE and link, each painting itself with level of detail (a plain
// dot or line when zoomed out, outline and label when close). Results and
// the command that reproduces them: docs/PERFORMANCE.md.

#include "canvasgraph.h"
#include "canvasstyle.h"
#include "geolayout.h"
#include "popcatalog.h"
#include "serviceabilityengine.h"
#include "syntheticengagement.h"
#include "topologyscene.h"
#include "topologyview.h"

#include <QApplication>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

using namespace vpnwb;

namespace {

const QSize kViewSize(1600, 1000);

// One generated engagement per size, with its serviceability checked (not timed).
struct Input
{
    Engagement engagement;
    PopCatalog catalog;
    QList<SiteServiceability> results;
};

const Input &input(int sites)
{
    static std::map<int, Input> cache;
    auto it = cache.find(sites);
    if (it == cache.end()) {
        Input in;
        in.engagement = SyntheticEngagement::generate(sites, 1);
        in.catalog = *PopCatalog::builtIn();
        in.results = ServiceabilityEngine(in.catalog).evaluate(in.engagement);
        it = cache.emplace(sites, std::move(in)).first;
    }
    return it->second;
}

std::unique_ptr<TopologyScene> buildCanvas(const Input &in)
{
    auto scene = std::make_unique<TopologyScene>();
    const CanvasGraph graph = CanvasGraph::build(in.engagement, in.results, in.catalog);
    scene->setContent(graph, GeoLayout().place(graph));
    scene->items(scene->sceneRect()); // builds the BSP index
    return scene;
}

// The chip-style peer, as in Qt's "chip" example: every node and every link
// is its own item and paints itself, choosing the detail by the level of
// detail of the painter's transform.
class ChipNode : public QGraphicsItem
{
public:
    ChipNode(const CanvasNode &node) : m_label(node.label), m_site(node.kind == CanvasNode::Kind::Site)
    {
        m_radius = node.isHub() ? CanvasStyle::hubRadius() : CanvasStyle::siteRadius();
        m_fill = !m_site ? CanvasStyle::peFill() : node.isHub() ? CanvasStyle::hubFill()
                                                                  : CanvasStyle::accessColor(node.accessType);
        setFlags(ItemIsSelectable | ItemIsMovable);
    }
    QRectF boundingRect() const override
    {
        return m_site ? QRectF(-m_radius, -m_radius, 2 * m_radius + 70, 2 * m_radius) : QRectF(-30, -10, 60, 20);
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
        if (lod < 0.2) { // a dot
            painter->fillRect(m_site ? QRectF(-m_radius, -m_radius, 2 * m_radius, 2 * m_radius) : QRectF(-30, -10, 60, 20),
                              m_fill);
            return;
        }
        painter->setPen(lod < 0.5 ? QPen(Qt::NoPen) : QPen(Qt::white, 1.3));
        painter->setBrush(m_fill);
        if (m_site)
            painter->drawEllipse(QPointF(), m_radius, m_radius);
        else
            painter->drawRoundedRect(QRectF(-30, -10, 60, 20), 3, 3);
        if (CanvasStyle::textReadable(CanvasStyle::siteFont(), lod)) {
            painter->setFont(CanvasStyle::siteFont());
            painter->setPen(m_site ? CanvasStyle::ink() : QColor(Qt::white));
            if (m_site)
                painter->drawText(QPointF(m_radius + 3, 4), m_label);
            else
                painter->drawText(QRectF(-30, -10, 60, 20), Qt::AlignCenter, m_label);
        }
    }

private:
    QString m_label;
    QColor m_fill;
    double m_radius = 0;
    bool m_site = true;
};

class ChipLink : public QGraphicsItem
{
public:
    ChipLink(const QLineF &line, const QPen &pen) : m_line(line), m_pen(pen) {}
    QRectF boundingRect() const override
    {
        const double m = m_pen.widthF();
        return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-m, -m, m, m);
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
        QPen pen = m_pen;
        if (lod < 0.35) { // hairline, no dashes
            pen.setStyle(Qt::SolidLine);
            pen.setWidthF(0);
        }
        painter->setPen(pen);
        painter->drawLine(m_line);
    }

private:
    QLineF m_line;
    QPen m_pen;
};

std::unique_ptr<QGraphicsScene> buildChipStyle(const Input &in)
{
    auto scene = std::make_unique<QGraphicsScene>();
    scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    const CanvasGraph graph = CanvasGraph::build(in.engagement, in.results, in.catalog);
    const QList<QPointF> at = GeoLayout().place(graph);
    for (const CanvasLink &l : graph.links()) {
        const bool access = l.kind == CanvasLink::Kind::Access;
        QPen pen(access ? CanvasStyle::accessColor(l.accessType) : CanvasStyle::spokeLink(),
                 access ? CanvasStyle::accessWidth(l.bandwidthKbps) : 1.1);
        if (l.partner)
            pen.setDashPattern({4.0, 2.5});
        scene->addItem(new ChipLink(QLineF(at[l.from], at[l.to]), pen));
    }
    for (int i = 0; i < graph.nodes().size(); ++i) {
        auto *chip = new ChipNode(graph.nodes()[i]);
        chip->setPos(at[i]);
        scene->addItem(chip);
    }
    scene->items(scene->itemsBoundingRect()); // builds the BSP index
    return scene;
}

// The whole content, fitted into the image as a zoomed-out view would show it; the
// scene's background fills the image once.
void renderZoomedOut(QGraphicsScene &scene, const QRectF &content, QImage &image)
{
    const double scale = std::min(image.width() / content.width(), image.height() / content.height());
    QRectF source(QPointF(), QSizeF(image.size()) / scale);
    source.moveCenter(content.center());
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(image.rect()), source, Qt::IgnoreAspectRatio);
}

void BM_CanvasSceneBuild(benchmark::State &state)
{
    const Input &in = input(int(state.range(0)));
    for (auto _ : state) {
        auto scene = buildCanvas(in);
        benchmark::DoNotOptimize(scene.get());
        state.PauseTiming();
        scene.reset();
        state.ResumeTiming();
    }
    state.counters["sites"] = double(in.engagement.sites.size());
}

void BM_CanvasGraphAndLayout(benchmark::State &state)
{
    const Input &in = input(int(state.range(0)));
    for (auto _ : state) {
        const CanvasGraph graph = CanvasGraph::build(in.engagement, in.results, in.catalog);
        benchmark::DoNotOptimize(GeoLayout().place(graph));
    }
}

void BM_CanvasRepaintZoomedOut(benchmark::State &state)
{
    auto scene = buildCanvas(input(int(state.range(0))));
    QImage image(kViewSize, QImage::Format_ARGB32_Premultiplied);
    const QRectF content = scene->contentRect();
    for (auto _ : state)
        renderZoomedOut(*scene, content, image);
    state.counters["items"] = double(scene->items().size());
}

// The same, painted by the canvas's own view (what the screen shows), into an image.
void BM_CanvasViewRepaintZoomedOut(benchmark::State &state)
{
    auto scene = buildCanvas(input(int(state.range(0))));
    TopologyView view(scene.get());
    view.resize(kViewSize);
    view.show(); // on the offscreen platform: lays out the viewport
    view.fitToView();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        view.viewport()->render(&image);
        benchmark::ClobberMemory();
    }
}

void BM_ChipStyleSceneBuild(benchmark::State &state)
{
    const Input &in = input(int(state.range(0)));
    for (auto _ : state) {
        auto scene = buildChipStyle(in);
        benchmark::DoNotOptimize(scene.get());
        state.PauseTiming();
        scene.reset();
        state.ResumeTiming();
    }
}

void BM_ChipStyleRepaintZoomedOut(benchmark::State &state)
{
    auto scene = buildChipStyle(input(int(state.range(0))));
    QImage image(kViewSize, QImage::Format_ARGB32_Premultiplied);
    const QRectF content = scene->itemsBoundingRect();
    for (auto _ : state)
        renderZoomedOut(*scene, content, image);
    state.counters["items"] = double(scene->items().size());
}

void BM_ChipStyleViewRepaintZoomedOut(benchmark::State &state)
{
    auto scene = buildChipStyle(input(int(state.range(0))));
    QGraphicsView view(scene.get());
    view.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.resize(kViewSize);
    view.show();
    view.fitInView(scene->itemsBoundingRect(), Qt::KeepAspectRatio);
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        view.viewport()->render(&image);
        benchmark::ClobberMemory();
    }
}

} // namespace

BENCHMARK(BM_CanvasSceneBuild)->Arg(10000)->Arg(2000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CanvasGraphAndLayout)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ChipStyleSceneBuild)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CanvasRepaintZoomedOut)->Arg(10000)->Arg(2000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ChipStyleRepaintZoomedOut)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CanvasViewRepaintZoomedOut)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ChipStyleViewRepaintZoomedOut)->Arg(10000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
