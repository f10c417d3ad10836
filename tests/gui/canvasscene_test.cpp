// The canvas over the models: level of detail, the table and the canvas as
// two views of one selection, drags saved and undone, re-homing by drop,
// removal and role changes undone with everything that hangs on a site.

#include "canvasfixture.h"
#include "canvaslayoutrepository.h"
#include "canvasselectionsync.h"
#include "canvasstyle.h"
#include "linklayeritem.h"
#include "peitem.h"
#include "siteitem.h"
#include "sitetablemodel.h"
#include "topologyview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMenu>
#include <QTimer>
#include <QBuffer>
#include <QItemSelectionModel>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QTest>

using namespace vpnwb;
using vpnwb::test::CanvasFixture;

namespace {

class CanvasSceneTest : public CanvasFixture
{
protected:
    // Renders the scene's content into an SVG of `width` pixels: the text it holds shows what was drawn.
    QByteArray svgAtWidth(int width)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const QRectF content = m_scene->contentRect();
        const QSize size(width, int(width * content.height() / content.width()) + 1);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        QPainter painter(&svg);
        m_scene->render(&painter, QRectF(QPointF(), QSizeF(size)), content);
        painter.end();
        return buffer.data();
    }

    // A view on screen (offscreen platform) showing the scene at 100 %.
    std::unique_ptr<TopologyView> shownView()
    {
        auto view = std::make_unique<TopologyView>(m_scene.get(), m_controller.get());
        view->resize(1000, 800);
        view->show();
        view->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        EXPECT_TRUE(QTest::qWaitForWindowActive(view.get()));
        view->setZoom(1.0, QPointF());
        return view;
    }

    void drag(TopologyView &view, const QPointF &fromScene, const QPointF &toScene)
    {
        QWidget *vp = view.viewport();
        const QPoint from = view.mapFromScene(fromScene);
        const QPoint to = view.mapFromScene(toScene);
        QTest::mousePress(vp, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(vp, from + (to - from) * step / 5);
        QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
    }
};

} // namespace

TEST_F(CanvasSceneTest, ShowsTheDemoEngagementWithItsPes)
{
    const CanvasGraph &g = m_scene->graph();
    EXPECT_EQ(g.siteCount(), 16);
    for (const Site &s : m_doc->engagement().sites)
        EXPECT_NE(m_scene->item(s.siteId), nullptr) << s.siteId.toStdString();
    // DC-FRA is on-net and dual-homed: its PEs are on the canvas.
    const SiteServiceability *r = m_homing->result(QStringLiteral("DC-FRA"));
    ASSERT_NE(r, nullptr);
    EXPECT_NE(m_scene->item(CanvasNode::peItemId(r->primaryPe)), nullptr);
    EXPECT_GT(m_scene->linkLayer()->linkCount(), 16);
}

TEST_F(CanvasSceneTest, LabelsAreLeftOutWhenZoomedOut)
{
    auto *site = static_cast<SiteItem *>(m_scene->item(QStringLiteral("ST-PAR01")));
    ASSERT_NE(site, nullptr);
    EXPECT_TRUE(site->labelShownAt(1.0));
    EXPECT_FALSE(site->labelShownAt(0.2));

    const QByteArray zoomedIn = svgAtWidth(4000);
    const QByteArray zoomedOut = svgAtWidth(250);
    EXPECT_TRUE(zoomedIn.contains("ST-PAR01"));
    EXPECT_TRUE(zoomedIn.contains("Paris Rivoli Store")); // names, too, when close enough
    EXPECT_FALSE(zoomedOut.contains("ST-PAR01"));
    EXPECT_FALSE(zoomedOut.contains("Paris Rivoli Store"));
}

TEST_F(CanvasSceneTest, TableAndCanvasShareOneSelection)
{
    SiteTableModel model(*m_doc);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(SiteTableModel::NameColumn); // the table's rows in another order than the engagement's
    QItemSelectionModel selection(&proxy);
    CanvasSelectionSync sync(m_scene.get(), &selection);

    m_scene->selectItems({QStringLiteral("ST-PAR01"), QStringLiteral("ST-MIL01")});
    QStringList inTable;
    for (const QModelIndex &row : selection.selectedRows())
        inTable.append(row.data(SiteTableModel::SiteIdRole).toString());
    inTable.sort();
    EXPECT_EQ(inTable, (QStringList{QStringLiteral("ST-MIL01"), QStringLiteral("ST-PAR01")}));

    const QModelIndex vie = proxy.mapFromSource(model.indexOfSite(QStringLiteral("ST-VIE01")));
    selection.select(vie, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    EXPECT_EQ(m_scene->selectedSiteIds(), QStringList{QStringLiteral("ST-VIE01")});
    EXPECT_TRUE(m_scene->item(QStringLiteral("ST-VIE01"))->isSelected());
    EXPECT_FALSE(m_scene->item(QStringLiteral("ST-PAR01"))->isSelected());
}

TEST_F(CanvasSceneTest, ADragIsSavedAndUndone)
{
    auto view = shownView();
    const QString id = QStringLiteral("ST-LIS01");
    const QPointF start = itemPos(id);
    view->centerOn(start);
    drag(*view, start, start + QPointF(120, 80));
    const QPointF moved = itemPos(id);
    EXPECT_NEAR(moved.x(), start.x() + 120, 2.0);
    EXPECT_NEAR(moved.y(), start.y() + 80, 2.0);
    auto saved = CanvasLayoutRepository(*m_db).load(m_id);
    ASSERT_TRUE(saved.ok());
    ASSERT_TRUE(saved->contains(id));
    EXPECT_EQ(saved->value(id), moved);
    EXPECT_EQ(m_doc->undoStack()->count(), 1);

    // A second drag of the same selection is the same undo step.
    drag(*view, moved, moved + QPointF(-40, 0));
    EXPECT_EQ(m_doc->undoStack()->count(), 1);

    m_doc->undoStack()->undo();
    settle();
    EXPECT_EQ(itemPos(id), start);
    EXPECT_FALSE(CanvasLayoutRepository(*m_db).load(m_id)->contains(id)); // back to the geographic place
    m_doc->undoStack()->redo();
    settle();
    EXPECT_EQ(itemPos(id), moved + QPointF(-40, 0));
}

TEST_F(CanvasSceneTest, DroppingASiteOnAPeReHomesIt)
{
    auto view = shownView();
    const QString id = QStringLiteral("ST-PAR01");
    const SiteServiceability before = *m_homing->result(id);
    ASSERT_EQ(before.primaryPe, QStringLiteral("par1-pe1"));
    NodeItem *pe = m_scene->item(CanvasNode::peItemId(QStringLiteral("par1-pe2")));
    ASSERT_NE(pe, nullptr);
    const QPointF start = itemPos(id);
    view->centerOn(start);
    view->centerOn((start + pe->pos()) / 2);
    drag(*view, start, pe->pos());
    settle();
    EXPECT_EQ(itemPos(id), start); // re-homed, not moved
    EXPECT_EQ(m_homing->result(id)->primaryPe, QStringLiteral("par1-pe2"));
    auto stored = ServiceabilityRepository(*m_db).load(m_id);
    ASSERT_TRUE(stored.ok());
    for (const SiteServiceability &r : *stored) {
        if (r.siteId == id) {
            EXPECT_EQ(r.primaryPe, QStringLiteral("par1-pe2"));
        }
    }
    // The access link now ends at the new PE.
    const int site = m_scene->graph().indexOf(id);
    bool linked = false;
    for (const CanvasLink &l : m_scene->graph().links())
        linked = linked || (l.from == site && l.kind == CanvasLink::Kind::Access &&
                            m_scene->graph().nodes()[l.to].label == QStringLiteral("par1-pe2"));
    EXPECT_TRUE(linked);

    m_doc->undoStack()->undo();
    EXPECT_EQ(m_homing->result(id)->primaryPe, QStringLiteral("par1-pe1"));
}

TEST_F(CanvasSceneTest, ReHomingTellsWhyItCannot)
{
    auto refused = [&](const QString &site, const QString &pe) {
        const Status s = m_controller->canRehome(site, pe);
        return s.ok() ? QString() : s.error().message;
    };
    EXPECT_TRUE(refused(QStringLiteral("ST-REK01"), QStringLiteral("lon1-pe1")).contains(QStringLiteral("unserviceable")));
    EXPECT_TRUE(refused(QStringLiteral("WH-POZ01"), QStringLiteral("ber1-pe1")).contains(QStringLiteral("off-net")));
    EXPECT_TRUE(refused(QStringLiteral("ST-PAR01"), QStringLiteral("mad1-pe1")).contains(QStringLiteral("km")));
    EXPECT_TRUE(refused(QStringLiteral("ST-PAR01"), QStringLiteral("nowhere-pe9")).contains(QStringLiteral("nowhere-pe9")));
    EXPECT_TRUE(m_controller->canRehome(QStringLiteral("ST-PAR01"), QStringLiteral("par1-pe2")).ok());

    m_controller->rehome({QStringLiteral("ST-PAR01")}, QStringLiteral("mad1-pe1"));
    EXPECT_EQ(m_doc->undoStack()->count(), 0);
    EXPECT_TRUE(lastError().contains(QStringLiteral("ST-PAR01")));
}

TEST_F(CanvasSceneTest, RemovingASiteAndUndoingBringsBackItsMembershipsAndPosition)
{
    SiteTableModel model(*m_doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString id = QStringLiteral("ST-PAR01");
    m_positions->move({{id, QPointF(-500, 40)}}, QStringLiteral("place"));
    settle();
    const Engagement before = stored();
    const qsizetype row = before.siteIndex(id);

    m_controller->removeSites({id});
    settle();
    EXPECT_EQ(m_doc->engagement().findSite(id), nullptr);
    EXPECT_EQ(stored().findSite(id), nullptr);
    for (const VpnService &v : stored().vpns) {
        for (const VpnMember &m : v.members)
            EXPECT_NE(m.siteId, id);
    }
    EXPECT_EQ(model.rowCount(), 15);
    EXPECT_EQ(m_scene->item(id), nullptr);
    EXPECT_FALSE(CanvasLayoutRepository(*m_db).load(m_id)->contains(id));

    m_doc->undoStack()->undo();
    settle();
    EXPECT_TRUE(stored().sameContent(before));
    EXPECT_TRUE(m_doc->engagement().sameContent(before));
    EXPECT_EQ(m_doc->engagement().siteIndex(id), row);
    EXPECT_EQ(model.rowCount(), 16);
    EXPECT_EQ(model.index(int(row), SiteTableModel::SiteIdColumn).data().toString(), id);
    EXPECT_EQ(CanvasLayoutRepository(*m_db).load(m_id)->value(id), QPointF(-500, 40));
    ASSERT_NE(m_scene->item(id), nullptr);
    EXPECT_EQ(itemPos(id), QPointF(-500, 40));
}

TEST_F(CanvasSceneTest, RemovingSeveralSitesIsOneUndoStep)
{
    const Engagement before = stored();
    auto view = shownView();
    m_scene->selectItems({QStringLiteral("ST-LIS01"), QStringLiteral("ST-MAD01"), QStringLiteral("ST-REK01")});
    view->setFocus();
    QTest::keyClick(view.get(), Qt::Key_Delete);
    settle();
    EXPECT_EQ(m_doc->engagement().sites.size(), 13);
    EXPECT_EQ(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    EXPECT_TRUE(stored().sameContent(before));
}

TEST_F(CanvasSceneTest, SettingTheRoleChangesTheSiteAndItsHubAndSpokeVpnsUndoably)
{
    const Engagement before = stored();
    const QString id = QStringLiteral("ST-PAR01");
    // CORP and PCI have their two hubs: a third is refused, and nothing changes.
    m_controller->setRole({id}, SiteRole::Hub);
    EXPECT_TRUE(lastError().contains(QStringLiteral("ST-PAR01 not made a hub: VPN CORP would have 3 hubs")))
        << lastError().toStdString();
    EXPECT_TRUE(stored().sameContent(before));
    EXPECT_EQ(m_doc->undoStack()->count(), 0);

    m_controller->setRole({QStringLiteral("DC-AMS")}, SiteRole::Spoke);
    m_controller->setRole({id}, SiteRole::Hub);
    settle();
    EXPECT_EQ(m_doc->undoStack()->count(), 2);
    EXPECT_EQ(stored().findSite(id)->role, SiteRole::Hub);
    for (const VpnService &v : stored().vpns) {
        for (const VpnMember &m : v.members) {
            if (m.siteId == id) {
                EXPECT_EQ(m.role, SiteRole::Hub) << v.vpnId.toStdString();
            }
        }
    }
    EXPECT_TRUE(m_scene->graph().isHub(m_scene->graph().indexOf(id)));
    EXPECT_TRUE(static_cast<SiteItem *>(m_scene->item(id))->node().isHub());

    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    settle();
    EXPECT_TRUE(stored().sameContent(before));
    EXPECT_FALSE(m_scene->graph().isHub(m_scene->graph().indexOf(id)));
}

TEST_F(CanvasSceneTest, EditsInTheTableShowOnTheCanvas)
{
    SiteTableModel model(*m_doc);
    ASSERT_TRUE(model.setData(model.indexOfSite(QStringLiteral("ST-MIL01"), SiteTableModel::NameColumn),
                              QStringLiteral("Milano Duomo Store")));
    settle();
    EXPECT_EQ(static_cast<SiteItem *>(m_scene->item(QStringLiteral("ST-MIL01")))->node().name,
              QStringLiteral("Milano Duomo Store"));
}

TEST_F(CanvasSceneTest, ArrangingIsOneUndoableStep)
{
    const QPointF geo = itemPos(QStringLiteral("DC-FRA"));
    QSignalSpy arranged(m_controller.get(), &TopologyController::arranged);
    m_controller->arrange(CanvasLayoutKind::Radial);
    ASSERT_TRUE(arranged.wait(10000));
    EXPECT_TRUE(arranged.first().first().toBool());
    settle();
    EXPECT_EQ(m_doc->undoStack()->count(), 1);
    const auto saved = CanvasLayoutRepository(*m_db).load(m_id);
    EXPECT_EQ(saved->size(), m_scene->graph().nodes().size());
    EXPECT_NE(itemPos(QStringLiteral("DC-FRA")), geo);
    m_doc->undoStack()->undo();
    settle();
    EXPECT_TRUE(CanvasLayoutRepository(*m_db).load(m_id)->isEmpty());
    EXPECT_EQ(itemPos(QStringLiteral("DC-FRA")), geo);
}

TEST_F(CanvasSceneTest, AnArrangementOutdatedByAnEditIsDropped)
{
    QSignalSpy arranged(m_controller.get(), &TopologyController::arranged);
    m_controller->arrange(CanvasLayoutKind::Force);
    m_controller->removeSites({QStringLiteral("ST-REK01")});
    ASSERT_TRUE(arranged.wait(10000));
    EXPECT_FALSE(arranged.first().first().toBool());
    EXPECT_EQ(m_doc->undoStack()->count(), 1); // only the removal
    EXPECT_TRUE(CanvasLayoutRepository(*m_db).load(m_id)->isEmpty());
}

TEST_F(CanvasSceneTest, FindSelectsAndCentresTheSite)
{
    auto view = shownView();
    EXPECT_TRUE(view->findSite(QStringLiteral("rivoli")));
    EXPECT_EQ(m_scene->selectedSiteIds(), QStringList{QStringLiteral("ST-PAR01")});
    const QPoint centre = view->viewport()->rect().center();
    const QPoint shown = view->mapFromScene(itemPos(QStringLiteral("ST-PAR01")));
    EXPECT_LT((shown - centre).manhattanLength(), 4);
    EXPECT_FALSE(view->findSite(QStringLiteral("Atlantis")));
}

TEST_F(CanvasSceneTest, WheelZoomsAroundTheCursorAndFitShowsEverything)
{
    auto view = shownView();
    view->fitToView();
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.adjusted(-1, -1, 1, 1).contains(m_scene->contentRect()));
    const double before = view->zoom();
    const QPoint cursor(300, 200);
    const QPointF under = view->mapToScene(cursor);
    QWheelEvent wheel(cursor, view->viewport()->mapToGlobal(cursor), {}, QPoint(0, 240), Qt::NoButton, {},
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    EXPECT_GT(view->zoom(), before);
    EXPECT_LT(QLineF(view->mapToScene(cursor), under).length() * view->zoom(), 2.0);
}

TEST_F(CanvasSceneTest, TooltipsTellTheSiteThePeAndTheVerdict)
{
    const QString site = m_controller->toolTip(QStringLiteral("WH-POZ01"));
    EXPECT_TRUE(site.contains(QStringLiteral("WH-POZ01"))) << site.toStdString();
    EXPECT_TRUE(site.contains(QStringLiteral("Off-net through"))) << site.toStdString();
    EXPECT_TRUE(site.contains(QStringLiteral("CORP (Spoke)"))) << site.toStdString();
    const QString unserviceable = m_controller->toolTip(QStringLiteral("ST-REK01"));
    EXPECT_TRUE(unserviceable.contains(QStringLiteral("Unserviceable: "))) << unserviceable.toStdString();
    const QString pe = m_controller->toolTip(CanvasNode::peItemId(QStringLiteral("par1-pe1")));
    EXPECT_TRUE(pe.contains(QStringLiteral("par1-pe1")));
    EXPECT_TRUE(pe.contains(QStringLiteral("homed here"))) << pe.toStdString();
}

TEST_F(CanvasSceneTest, RubberBandSelectsTheSitesItCrosses)
{
    auto view = shownView();
    const QString id = QStringLiteral("ST-PAR01");
    view->centerOn(itemPos(id));
    const QPoint at = view->mapFromScene(itemPos(id));
    const auto empty = [&](const QPoint &p) {
        for (QGraphicsItem *item : view->items(p)) {
            if (item->type() != LinkLayerItem::Type)
                return false;
        }
        return true;
    };
    int d = 20;
    while (d < 200 && !(empty(at - QPoint(d, d)) && empty(at + QPoint(d, d))))
        d += 5;
    ASSERT_LT(d, 200) << "no empty place around the site to start a rubber band";
    const QPoint from = at - QPoint(d, d);
    const QPoint to = at + QPoint(d, d);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    for (int step = 1; step <= 6; ++step)
        QTest::mouseMove(view->viewport(), from + (to - from) * step / 6);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);

    QStringList expected;
    for (QGraphicsItem *item : view->items(QRect(from, to), Qt::IntersectsItemShape)) {
        if (item->type() == SiteItem::Type)
            expected.append(static_cast<SiteItem *>(item)->itemId());
    }
    expected.sort();
    QStringList selected = m_scene->selectedSiteIds();
    selected.sort();
    EXPECT_TRUE(selected.contains(id));
    EXPECT_EQ(selected, expected);
    EXPECT_EQ(itemPos(id), m_scene->item(id)->pos()); // nothing moved
    EXPECT_EQ(m_doc->undoStack()->count(), 0);
}

TEST_F(CanvasSceneTest, MiddleButtonDragPansTheView)
{
    auto view = shownView();
    view->centerOn(itemPos(QStringLiteral("ST-PAR01")));
    const QPoint centre = view->viewport()->rect().center();
    const QPointF before = view->mapToScene(centre);
    QTest::mousePress(view->viewport(), Qt::MiddleButton, {}, centre);
    QTest::mouseMove(view->viewport(), centre + QPoint(60, 30));
    QTest::mouseMove(view->viewport(), centre + QPoint(120, 60));
    QTest::mouseRelease(view->viewport(), Qt::MiddleButton, {}, centre + QPoint(120, 60));
    const QPointF after = view->mapToScene(centre);
    // The drawing followed the mouse: what was at the centre is now 120 px right, 60 px down.
    EXPECT_NEAR(after.x(), before.x() - 120 / view->zoom(), 2.0);
    EXPECT_NEAR(after.y(), before.y() - 60 / view->zoom(), 2.0);
    EXPECT_EQ(m_scene->selectedItems().size(), 0);
}

TEST_F(CanvasSceneTest, ContextMenuOffersOnlyPossiblePesAndReHomesUndoably)
{
    auto view = shownView();
    const QString id = QStringLiteral("ST-PAR01");
    view->centerOn(itemPos(id));
    const QPoint at = view->mapFromScene(itemPos(id));
    QStringList texts;
    bool nearEnabled = false;
    bool farEnabled = true;
    QString farWhy;
    QTimer::singleShot(0, view.get(), [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        ASSERT_NE(menu, nullptr);
        QAction *rehome = nullptr;
        for (QAction *a : menu->actions()) {
            texts.append(a->text());
            if (a->menu() && a->text() == QStringLiteral("Re-home &to"))
                rehome = a;
        }
        ASSERT_NE(rehome, nullptr);
        QAction *near = nullptr;
        for (QAction *a : rehome->menu()->actions()) {
            if (a->text() == QStringLiteral("par1-pe2")) {
                near = a;
                nearEnabled = a->isEnabled();
            }
            if (a->text() == QStringLiteral("mad1-pe1")) {
                farEnabled = a->isEnabled();
                farWhy = a->toolTip();
            }
        }
        menu->close();
        if (near)
            near->trigger();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(view->viewport(), &event);
    settle();
    EXPECT_TRUE(texts.contains(QStringLiteral("&Edit Site…")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Set &Role")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Remove Site ST-PAR01")));
    EXPECT_TRUE(nearEnabled);
    EXPECT_FALSE(farEnabled);
    EXPECT_TRUE(farWhy.contains(QStringLiteral("km"))) << farWhy.toStdString();
    EXPECT_EQ(m_homing->result(id)->primaryPe, QStringLiteral("par1-pe2"));
    m_doc->undoStack()->undo();
    EXPECT_EQ(m_homing->result(id)->primaryPe, QStringLiteral("par1-pe1"));
}

TEST_F(CanvasSceneTest, IdsTooSmallToReadAreEnlargedBeforeTheyAreLeftOut)
{
    auto *site = static_cast<SiteItem *>(m_scene->item(QStringLiteral("ST-PAR01")));
    ASSERT_NE(site, nullptr);
    // At 100 % the id is drawn as it is; a little further out it is enlarged to stay readable on screen.
    EXPECT_DOUBLE_EQ(site->labelScaleAt(1.0), 1.0);
    EXPECT_TRUE(site->labelShownAt(0.5));
    EXPECT_NEAR(site->labelScaleAt(0.5) * CanvasStyle::siteFont().pixelSize() * 0.5, CanvasStyle::readableTextPx, 1e-9);
    // Everything the item draws stays inside its bounds, even enlarged.
    const QRectF bounds = site->boundingRect();
    const QFontMetricsF &fm = CanvasStyle::metrics(CanvasStyle::siteFont());
    const double k = site->labelScaleAt(CanvasStyle::enlargedLabelLod);
    EXPECT_GE(bounds.right(), site->labelBaseline().x() + fm.horizontalAdvance(QStringLiteral("ST-PAR01")) * k);
    // Further out still, ids give way to the overview.
    EXPECT_FALSE(site->labelShownAt(0.3));
    EXPECT_TRUE(svgAtWidth(900).contains("ST-PAR01"));
}

TEST_F(CanvasSceneTest, PartnerAccessIsDrawnDashed)
{
    // The links alone, drawn as SVG: only a partner (off-net) access line is dashed.
    const auto linksSvg = [this] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(2000, 2000));
        QPainter painter(&svg);
        LinkLayerItem *links = m_scene->linkLayer();
        const QRectF r = links->boundingRect();
        painter.scale(2000.0 / r.width(), 2000.0 / r.width());
        painter.translate(-r.topLeft());
        QStyleOptionGraphicsItem option;
        option.exposedRect = r;
        links->paint(&painter, &option, nullptr);
        painter.end();
        return buffer.data();
    };
    m_scene->linkLayer()->setKindsShown(true, false); // access circuits only
    ASSERT_EQ(m_homing->result(QStringLiteral("WH-POZ01"))->verdict, ServiceabilityVerdict::OffNet);
    EXPECT_TRUE(linksSvg().contains("stroke-dasharray"));
    QStringList offNet;
    for (const SiteServiceability &r : m_homing->results()) {
        if (r.verdict == ServiceabilityVerdict::OffNet)
            offNet.append(r.siteId);
    }
    m_controller->removeSites(offNet);
    settle();
    EXPECT_FALSE(linksSvg().contains("stroke-dasharray"));
}
