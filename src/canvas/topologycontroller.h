#pragma once

#include "canvaslayoutkind.h"
#include "domaintypes.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QStringList>

namespace vpnwb {

class CanvasPositions;
class EngagementDocument;
class SiteHoming;
class TopologyScene;

// Keeps a TopologyScene in step with the open engagement: the sites and
// VPNs of the document, the PEs of the serviceability results, and the
// positions the user saved (the geographic layout for the others). Changes
// in the models are gathered and shown once control returns to the event
// loop (or on flush()); the user's gestures on the canvas become undoable
// edits of the models.
class TopologyController : public QObject
{
    Q_OBJECT
public:
    TopologyController(EngagementDocument &doc, SiteHoming &homing, CanvasPositions &positions,
                       TopologyScene &scene, QObject *parent = nullptr);

    TopologyScene &scene() { return m_scene; }
    EngagementDocument &document() { return m_doc; }

    // Brings the scene up to date now.
    void flush();
    // Shows the nodes placed by `kind` without saving anything (for exports).
    void preview(CanvasLayoutKind kind);
    // Undoable: places every node by `kind` and saves the positions. The
    // layout is worked out on another thread; arranged() says when it is
    // shown. A change of the engagement meanwhile drops the result.
    void arrange(CanvasLayoutKind kind);
    bool isArranging() const { return m_arranging > 0; }

    // Undoable edits on behalf of the canvas's menus.
    void setRole(const QStringList &siteIds, SiteRole role);
    void removeSites(const QStringList &siteIds);
    void rehome(const QStringList &siteIds, const QString &peName);
    // Whether the site can be re-homed on the PE; the reason when not.
    Status canRehome(const QString &siteId, const QString &peName) const;
    // The PEs a site could be homed on, in catalog order.
    QStringList peNames() const;

    // Rich-text tooltip of a canvas item.
    QString toolTip(const QString &itemId) const;

signals:
    // The user asked to edit a site's details (the page opens its editor).
    void editSiteRequested(const QString &siteId);
    void arrangeStarted();
    // An arrangement was applied (or dropped as outdated when `applied` is false).
    void arranged(bool applied);

private:
    void scheduleSync();
    void sync();
    void showPositions(const QStringList &itemIds);
    QString siteToolTip(const QString &siteId) const;
    QString peToolTip(const QString &peName) const;
    QString cloudToolTip(const QString &vpnId) const;

    EngagementDocument &m_doc;
    SiteHoming &m_homing;
    CanvasPositions &m_positions;
    TopologyScene &m_scene;
    QHash<QString, QPointF> m_fallback; // the geographic layout of every node
    bool m_syncPending = false;
    quint64 m_generation = 0; // counts the syncs, so that late arrangements can be told apart
    int m_arranging = 0;
};

} // namespace vpnwb
