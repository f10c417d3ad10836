#pragma once

#include "canvaslayoutkind.h"

#include <QGraphicsView>

class QAction;
class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTimer;

namespace vpnwb {

class NodeItem;
class TopologyController;
class TopologyScene;

// The topology canvas on screen. The wheel zooms around the cursor; the
// middle button, or Space with the left button, pans; F fits everything in
// view; a drag on empty space selects with a rubber band; Ctrl+F finds a
// site by id or name; the context menu edits, re-roles, re-homes and
// removes sites; Delete removes the selected sites. Without a controller the
// view only looks (no edits). A double click on a site opens its editor. legendWidget() is the key to the symbols, for
// the page to place beside the view; the legend action shows and hides it.
class TopologyView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit TopologyView(TopologyScene *scene, TopologyController *controller = nullptr,
                          QWidget *parent = nullptr);

    TopologyScene *topologyScene() const { return m_scene; }

    QAction *fitAction() const { return m_fit; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *findAction() const { return m_find; }
    QAction *removeAction() const { return m_remove; }
    QAction *exportPngAction() const { return m_exportPng; }
    QAction *exportSvgAction() const { return m_exportSvg; }
    QAction *legendAction() const { return m_legendShown; }
    QAction *accessLinksAction() const { return m_accessShown; }
    QAction *vpnLinksAction() const { return m_vpnShown; }
    QAction *arrangeAction(CanvasLayoutKind kind) const;
    QLineEdit *findEdit() const { return m_findEdit; }
    QWidget *legendWidget() const { return m_legend; }

    // The current zoom (1 = 100 %).
    double zoom() const;
    void setZoom(double zoom, const QPointF &scenePos);

public slots:
    void fitToView();
    void showFind();
    // Selects the first site whose id or name matches `text` (the next one
    // on each further call with the same text) and centres it; false if none.
    bool findSite(const QString &text);
    // Brings an item into view, keeping the zoom.
    void reveal(const QString &itemId);
    bool exportTo(const QString &path);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QAction *addViewAction(const QString &text, const QKeySequence &shortcut, const QString &toolTip);
    void placeOverlays();
    void showNotice(const QString &text);
    void exportInteractively(const QString &format);
    void refreshCompleter();
    void startPan(const QPoint &at);
    NodeItem *nodeAt(const QPoint &viewPos) const;

    TopologyScene *m_scene;
    TopologyController *m_controller;
    QAction *m_fit = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_find = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_selectAll = nullptr;
    QAction *m_exportPng = nullptr;
    QAction *m_exportSvg = nullptr;
    QAction *m_legendShown = nullptr;
    QAction *m_accessShown = nullptr;
    QAction *m_vpnShown = nullptr;
    QList<QAction *> m_arrange;
    QLineEdit *m_findEdit = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_completions = nullptr;
    QWidget *m_legend = nullptr;
    QLabel *m_notice = nullptr;
    QTimer *m_noticeTimer = nullptr;
    QString m_lastFind;
    int m_findIndex = -1;
    bool m_autoFit = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panFrom;
};

} // namespace vpnwb
