#include "topologyview.h"

#include "canvasexporter.h"
#include "canvaslegend.h"
#include "canvasstyle.h"
#include "displaytext.h"
#include "engagementdocument.h"
#include "linklayeritem.h"
#include "nodeitem.h"
#include "peitem.h"
#include "siteitem.h"
#include "topologycontroller.h"
#include "topologyscene.h"

#include <QAction>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>
#include <tuple>

namespace vpnwb {
namespace {

constexpr double kMaxZoom = 12.0;

QPixmap legendPixmap(qreal dpr)
{
    const QSizeF size = CanvasLegend::size(1);
    QPixmap pixmap((size * dpr).toSize());
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    CanvasLegend::paint(p, QPointF(0, 0), 1);
    return pixmap;
}

} // namespace

TopologyView::TopologyView(TopologyScene *scene, TopologyController *controller, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene), m_controller(controller)
{
    setObjectName(QStringLiteral("topologyView"));
    setAccessibleName(tr("Topology canvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setCacheMode(QGraphicsView::CacheBackground);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setBackgroundBrush(CanvasStyle::background());
    setFocusPolicy(Qt::StrongFocus);
    // Panned by hand (middle button, Space + drag) and zoomed; scroll bars would only
    // steal room from the fitted drawing.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_fit = addViewAction(tr("&Fit to View"), QKeySequence(Qt::Key_F), tr("Show the whole canvas (F)"));
    connect(m_fit, &QAction::triggered, this, &TopologyView::fitToView);
    m_zoomIn = addViewAction(tr("Zoom &In"), QKeySequence::ZoomIn, tr("Zoom in (Ctrl++ or the wheel)"));
    connect(m_zoomIn, &QAction::triggered, this, [this] { setZoom(zoom() * 1.25, mapToScene(viewport()->rect().center())); });
    m_zoomOut = addViewAction(tr("Zoom &Out"), QKeySequence::ZoomOut, tr("Zoom out (Ctrl+- or the wheel)"));
    connect(m_zoomOut, &QAction::triggered, this, [this] { setZoom(zoom() / 1.25, mapToScene(viewport()->rect().center())); });
    m_find = addViewAction(tr("&Find Site…"), QKeySequence::Find, tr("Find a site by id or name (Ctrl+F)"));
    connect(m_find, &QAction::triggered, this, &TopologyView::showFind);
    m_selectAll = addViewAction(tr("Select &All"), QKeySequence::SelectAll, tr("Select every item (Ctrl+A)"));
    connect(m_selectAll, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const CanvasNode &n : m_scene->graph().nodes())
            ids.append(n.itemId);
        m_scene->selectItems(ids);
    });
    m_remove = addViewAction(tr("&Remove Sites"), QKeySequence::Delete, tr("Remove the selected sites (Delete)"));
    m_remove->setEnabled(m_controller != nullptr);
    connect(m_remove, &QAction::triggered, this, [this] {
        if (m_controller && !m_scene->selectedSiteIds().isEmpty())
            m_controller->removeSites(m_scene->selectedSiteIds());
    });
    m_exportPng = addViewAction(tr("Export as &PNG…"), {}, tr("Save the canvas as a picture"));
    connect(m_exportPng, &QAction::triggered, this, [this] { exportInteractively(QStringLiteral("png")); });
    m_exportSvg = addViewAction(tr("Export as &SVG…"), {}, tr("Save the canvas as a drawing for proposals"));
    connect(m_exportSvg, &QAction::triggered, this, [this] { exportInteractively(QStringLiteral("svg")); });

    m_legendShown = addViewAction(tr("&Legend"), {}, tr("Show the key to the symbols"));
    m_legendShown->setCheckable(true);
    m_legendShown->setChecked(true);
    m_accessShown = addViewAction(tr("&Access Links"), {}, tr("Show the sites' access circuits to their PEs"));
    m_accessShown->setCheckable(true);
    m_accessShown->setChecked(true);
    m_vpnShown = addViewAction(tr("&VPN Paths"), {}, tr("Show the spokes' paths to their hubs and the VPN clouds"));
    m_vpnShown->setCheckable(true);
    m_vpnShown->setChecked(true);
    const auto showLinks = [this] {
        m_scene->linkLayer()->setKindsShown(m_accessShown->isChecked(), m_vpnShown->isChecked());
    };
    connect(m_accessShown, &QAction::toggled, this, showLinks);
    connect(m_vpnShown, &QAction::toggled, this, showLinks);

    for (const auto &[kind, text, tip] :
         {std::tuple{CanvasLayoutKind::Geographic, tr("&Geographic"), tr("Place everything where it is on the map")},
          std::tuple{CanvasLayoutKind::Radial, tr("&Radial"), tr("Hubs in the middle, PEs and spokes on rings around them")},
          std::tuple{CanvasLayoutKind::Force, tr("&Force-Directed"), tr("Let links pull and nodes push until they settle")}}) {
        QAction *a = addViewAction(text, {}, tip);
        a->setEnabled(m_controller != nullptr);
        connect(a, &QAction::triggered, this, [this, kind = kind] {
            if (m_controller)
                m_controller->arrange(kind);
        });
        m_arrange.append(a);
    }

    // The find bar and the notices float over the top and bottom right of the canvas.
    m_findEdit = new QLineEdit(this);
    m_findEdit->setObjectName(QStringLiteral("canvasFind"));
    m_findEdit->setPlaceholderText(tr("Find a site by id or name; Enter for the next"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setFixedWidth(300);
    m_findEdit->hide();
    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_findEdit->setCompleter(m_completer);
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { findSite(m_findEdit->text()); });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { findSite(text); });
    auto *hideFind = new QAction(m_findEdit);
    hideFind->setShortcut(QKeySequence(Qt::Key_Escape));
    hideFind->setShortcutContext(Qt::WidgetShortcut);
    m_findEdit->addAction(hideFind);
    connect(hideFind, &QAction::triggered, this, [this] {
        m_findEdit->hide();
        setFocus();
    });

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("canvasNotice"));
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: rgba(29, 39, 51, 220); color: white;"
                                           " border-radius: 4px; padding: 4px 8px; }"));
    m_notice->hide();
    m_noticeTimer = new QTimer(this);
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(5000);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QWidget::hide);

    auto *legend = new QLabel;
    legend->setObjectName(QStringLiteral("canvasLegend"));
    legend->setPixmap(legendPixmap(devicePixelRatioF()));
    legend->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    legend->setAccessibleName(tr("Legend of the topology canvas"));
    m_legend = legend;
    connect(m_legendShown, &QAction::toggled, m_legend, &QWidget::setVisible);
    connect(this, &QObject::destroyed, legend, [legend] {
        if (!legend->parent())
            delete legend;
    });

    if (m_controller) {
        connect(m_controller, &TopologyController::arrangeStarted, this, [this] {
            viewport()->setCursor(Qt::BusyCursor);
            for (QAction *a : std::as_const(m_arrange))
                a->setEnabled(false);
        });
        connect(m_controller, &TopologyController::arranged, this, [this](bool applied) {
            viewport()->setCursor(Qt::ArrowCursor);
            for (QAction *a : std::as_const(m_arrange))
                a->setEnabled(!m_controller->isArranging());
            if (applied)
                fitToView();
            else
                showNotice(tr("The engagement changed while the layout was worked out; arrange again."));
        });
    }
    connect(m_scene, &TopologyScene::contentReset, this, [this] {
        m_autoFit = true;
        fitToView();
    });
}

QAction *TopologyView::addViewAction(const QString &text, const QKeySequence &shortcut, const QString &toolTip)
{
    auto *a = new QAction(text, this);
    a->setShortcut(shortcut);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(toolTip);
    addAction(a);
    return a;
}

QAction *TopologyView::arrangeAction(CanvasLayoutKind kind) const
{
    return m_arrange.value(static_cast<int>(kind));
}

double TopologyView::zoom() const
{
    return transform().m11();
}

void TopologyView::setZoom(double wanted, const QPointF &scenePos)
{
    const QRectF content = m_scene->contentRect();
    const double fit = std::min(viewport()->width() / std::max(1.0, content.width()),
                                viewport()->height() / std::max(1.0, content.height()));
    const double z = std::clamp(wanted, std::min(fit / 4.0, 0.02), kMaxZoom);
    const QPointF viewPos = mapFromScene(scenePos);
    setTransform(QTransform::fromScale(z, z));
    // Keep the point under the cursor (or the centre) where it was.
    const QPointF moved = mapFromScene(scenePos) - viewPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::lround(moved.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::lround(moved.y())));
    m_autoFit = false;
}

void TopologyView::fitToView()
{
    fitInView(m_scene->contentRect(), Qt::KeepAspectRatio);
    m_autoFit = true;
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y();
    if (steps == 0.0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    setZoom(zoom() * std::pow(1.0015, steps), mapToScene(event->position().toPoint()));
    event->accept();
}

void TopologyView::startPan(const QPoint &at)
{
    m_panning = true;
    m_panFrom = at;
    m_autoFit = false;
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        startPan(event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void TopologyView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint now = event->position().toPoint();
        const QPoint delta = now - m_panFrom;
        m_panFrom = now;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void TopologyView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space) {
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void TopologyView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeOverlays();
    if (m_autoFit)
        fitToView();
}

void TopologyView::placeOverlays()
{
    const QRect area = viewport()->geometry();
    m_findEdit->move(area.right() - m_findEdit->width() - 8, area.top() + 8);
    m_notice->adjustSize();
    m_notice->move(area.right() - m_notice->width() - 8, area.bottom() - m_notice->height() - 8);
}

void TopologyView::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->adjustSize();
    placeOverlays();
    m_notice->show();
    m_notice->raise();
    m_noticeTimer->start();
}

void TopologyView::refreshCompleter()
{
    QStringList words;
    for (const CanvasNode &n : m_scene->graph().nodes()) {
        if (n.kind != CanvasNode::Kind::Site)
            continue;
        words.append(n.label);
        if (!n.name.isEmpty())
            words.append(n.name);
    }
    words.removeDuplicates();
    m_completions->setStringList(words);
}

void TopologyView::showFind()
{
    refreshCompleter();
    placeOverlays();
    m_findEdit->show();
    m_findEdit->raise();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

bool TopologyView::findSite(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    // Exact ids first, then ids and names that contain the text.
    QList<const CanvasNode *> exact;
    QList<const CanvasNode *> partial;
    for (const CanvasNode &n : m_scene->graph().nodes()) {
        if (n.kind != CanvasNode::Kind::Site)
            continue;
        if (n.label.compare(wanted, Qt::CaseInsensitive) == 0 || n.name.compare(wanted, Qt::CaseInsensitive) == 0)
            exact.append(&n);
        else if (n.label.contains(wanted, Qt::CaseInsensitive) || n.name.contains(wanted, Qt::CaseInsensitive))
            partial.append(&n);
    }
    const QList<const CanvasNode *> matches = exact + partial;
    if (matches.isEmpty()) {
        showNotice(tr("No site matches “%1”.").arg(wanted));
        return false;
    }
    m_findIndex = wanted == m_lastFind ? (m_findIndex + 1) % int(matches.size()) : 0;
    m_lastFind = wanted;
    const CanvasNode *hit = matches[m_findIndex];
    m_scene->selectItems({hit->itemId});
    if (NodeItem *item = m_scene->item(hit->itemId)) {
        if (zoom() < 0.8)
            setZoom(1.0, item->pos());
        centerOn(item->pos());
        m_autoFit = false;
    }
    if (matches.size() > 1)
        showNotice(tr("%1 — match %2 of %3; Enter for the next").arg(hit->label).arg(m_findIndex + 1).arg(matches.size()));
    return true;
}

void TopologyView::reveal(const QString &itemId)
{
    NodeItem *item = m_scene->item(itemId);
    if (!item || m_autoFit) // fitted: everything is in view already
        return;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (!visible.contains(item->sceneBoundingRect())) {
        centerOn(item->pos());
        m_autoFit = false;
    }
}

NodeItem *TopologyView::nodeAt(const QPoint &viewPos) const
{
    for (QGraphicsItem *item : items(viewPos)) {
        if (item->type() != LinkLayerItem::Type)
            return static_cast<NodeItem *>(item);
    }
    return nullptr;
}

void TopologyView::mouseDoubleClickEvent(QMouseEvent *event)
{
    NodeItem *node = nodeAt(event->position().toPoint());
    if (m_controller && node && node->type() == SiteItem::Type && event->button() == Qt::LeftButton) {
        emit m_controller->editSiteRequested(node->itemId());
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void TopologyView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    NodeItem *node = nodeAt(event->pos());
    if (node && node->type() == PeItem::Type) {
        // The sites homed on a PE, to see them or to drag them elsewhere together.
        menu.addAction(tr("Select the Sites Homed Here"), this, [this, node] {
            const CanvasGraph &g = m_scene->graph();
            QStringList ids;
            for (const CanvasLink &l : g.links()) {
                if (l.kind == CanvasLink::Kind::Access && l.to == node->nodeIndex())
                    ids.append(g.nodes()[l.from].itemId);
            }
            m_scene->selectItems(ids);
        });
        menu.addSeparator();
    } else if (node && !node->isSelected())
        m_scene->selectItems({node->itemId()});
    const QStringList sites = m_scene->selectedSiteIds();
    if (m_controller && node && node->type() == SiteItem::Type && !sites.isEmpty()) {
        QAction *edit = menu.addAction(tr("&Edit Site…"), this,
                                       [this, id = sites.first()] { emit m_controller->editSiteRequested(id); });
        edit->setEnabled(sites.size() == 1);
        QMenu *role = menu.addMenu(tr("Set &Role"));
        for (const SiteRole r : {SiteRole::Hub, SiteRole::Spoke, SiteRole::AnyToAny})
            role->addAction(DisplayText::siteRole(r), this, [this, sites, r] { m_controller->setRole(sites, r); });
        QMenu *rehome = menu.addMenu(tr("Re-home &to"));
        for (const QString &pe : m_controller->peNames()) {
            QAction *a = rehome->addAction(pe, this, [this, sites, pe] { m_controller->rehome(sites, pe); });
            // Offer only what would work for at least one of the sites; say why not otherwise.
            QString why;
            bool possible = false;
            for (const QString &id : sites) {
                const Status s = m_controller->canRehome(id, pe);
                possible = possible || s.ok();
                if (!s.ok() && why.isEmpty())
                    why = s.error().message;
            }
            a->setEnabled(possible);
            a->setToolTip(possible ? QString() : why);
        }
        rehome->setToolTipsVisible(true);
        menu.addSeparator();
        QAction *remove = menu.addAction(sites.size() == 1 ? tr("Remove Site %1").arg(sites.first())
                                                           : tr("Remove %n Sites", nullptr, int(sites.size())),
                                         m_remove, &QAction::trigger);
        remove->setShortcut(m_remove->shortcut());
        menu.addSeparator();
    }
    menu.addAction(m_fit);
    menu.addAction(m_find);
    if (m_controller) {
        QMenu *arrange = menu.addMenu(tr("&Arrange"));
        arrange->addActions(m_arrange);
    }
    menu.addSeparator();
    menu.addAction(m_exportPng);
    menu.addAction(m_exportSvg);
    menu.exec(event->globalPos());
}

void TopologyView::exportInteractively(const QString &format)
{
    const bool svg = format == QLatin1String("svg");
    const QString name = m_controller ? m_controller->document().engagement().name : QString();
    QString suggested = name.isEmpty() ? tr("topology") : name;
    suggested.replace(QRegularExpression(QStringLiteral("[^\\w\\-. ]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export Canvas as SVG") : tr("Export Canvas as PNG"), suggested + QLatin1Char('.') + format,
        svg ? tr("SVG drawings (*.svg)") : tr("PNG pictures (*.png)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool TopologyView::exportTo(const QString &path)
{
    if (m_controller)
        m_controller->flush();
    CanvasExporter::Options options;
    if (m_controller) {
        const Engagement &e = m_controller->document().engagement();
        options.title = e.name;
        options.subtitle = tr("%1 — %n site(s), %2", nullptr, int(e.sites.size()))
                               .arg(e.customer.name, QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    }
    const bool svg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    const Status s = svg ? CanvasExporter::writeSvg(*m_scene, path, options)
                         : CanvasExporter::writePng(*m_scene, path, options);
    if (!s) {
        if (m_controller)
            emit m_controller->document().errorOccurred(s.error().message);
        showNotice(s.error().message);
        return false;
    }
    showNotice(tr("Saved %1").arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace vpnwb
