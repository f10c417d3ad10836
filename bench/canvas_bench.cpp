// The topology canvas with ten thousand sites: how long building the scene
// takes, and how long one full repaint of the zoomed-out view takes, beside
// Qt's chip-style approach (a plain QGraphicsItem per site with a
// QGraphicsSimpleTextItem label and a QGraphicsLineItem per link, no level
// of detail). Results and the command that reproduces them: docs/PERFORMANCE.md.

#include "canvasgraph.h"
#include "canvasstyle.h"
#include "geolayout.h"
#include "popcatalog.h"
#include "serviceabilityengine.h"
#include "syntheticengagement.h"
#include "topologyscene.h"
#include "topologyview.h"

#include <QApplication>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>

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

// The chip-style scene: one stock item per node and per link, each site with a text item.
std::unique_ptr<QGraphicsScene> buildChipStyle(const Input &in)
{
    auto scene = std::make_unique<QGraphicsScene>();
    scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    const CanvasGraph graph = CanvasGraph::build(in.engagement, in.results, in.catalog);
    const QList<QPointF> at = GeoLayout().place(graph);
    for (const CanvasLink &l : graph.links()) {
        auto *line = new QGraphicsLineItem(QLineF(at[l.from], at[l.to]));
        line->setPen(QPen(l.kind == CanvasLink::Kind::Access ? CanvasStyle::accessColor(l.accessType)
                                                             : CanvasStyle::spokeLink(),
                          l.kind == CanvasLink::Kind::Access ? CanvasStyle::accessWidth(l.bandwidthKbps) : 1.1));
        scene->addItem(line);
    }
    for (int i = 0; i < graph.nodes().size(); ++i) {
        const CanvasNode &n = graph.nodes()[i];
        QAbstractGraphicsShapeItem *shape = nullptr;
        if (n.kind == CanvasNode::Kind::Site) {
            const double r = n.isHub() ? CanvasStyle::hubRadius() : CanvasStyle::siteRadius();
            shape = new QGraphicsEllipseItem(-r, -r, 2 * r, 2 * r);
            shape->setBrush(n.isHub() ? CanvasStyle::hubFill() : CanvasStyle::accessColor(n.accessType));
            shape->setPen(QPen(Qt::white, 1.3));
        } else {
            shape = new QGraphicsRectItem(-30, -10, 60, 20);
            shape->setBrush(CanvasStyle::peFill());
        }
        shape->setFlags(QGraphicsItem::ItemIsSelectable | QGraphicsItem::ItemIsMovable);
        shape->setPos(at[i]);
        auto *label = new QGraphicsSimpleTextItem(n.label, shape);
        label->setFont(CanvasStyle::siteFont());
        label->setPos(10, -7);
        scene->addItem(shape);
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
