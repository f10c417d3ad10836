#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QAbstractProxyModel;
class QItemSelectionModel;

namespace vpnwb {

class TopologyScene;

// Makes the canvas and a table of sites two views of one selection:
// selecting sites in one selects their rows or items in the other. The
// table may show its model through proxies (sorting, filtering); the model
// at the bottom gives each row's site id under SiteTableModel::SiteIdRole
// (the site table, the serviceability results).
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
    QAbstractItemModel *m_sites = nullptr;
    QList<QAbstractProxyModel *> m_proxies; // from the view's model down to the site model
    QHash<QString, int> m_rowOfSite;        // of the site model; rebuilt when its rows change
    bool m_busy = false;
};

} // namespace vpnwb
