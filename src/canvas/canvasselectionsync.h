#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractProxyModel;
class QItemSelectionModel;

namespace vpnwb {

class SiteTableModel;
class TopologyScene;

// Makes the canvas and a table of sites two views of one selection:
// selecting sites in one selects their rows or items in the other. The
// table may show the SiteTableModel through proxies (sorting, filtering).
class CanvasSelectionSync : public QObject
{
    Q_OBJECT
public:
    CanvasSelectionSync(TopologyScene *scene, QItemSelectionModel *selection, QObject *parent = nullptr);

private:
    void sceneToTable();
    void tableToScene();

    TopologyScene *m_scene;
    QPointer<QItemSelectionModel> m_selection;
    SiteTableModel *m_sites = nullptr;
    QList<QAbstractProxyModel *> m_proxies; // from the view's model down to the site model
    bool m_busy = false;
};

} // namespace vpnwb
