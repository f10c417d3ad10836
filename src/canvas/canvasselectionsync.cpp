#include "canvasselectionsync.h"

#include "sitetablemodel.h"
#include "topologyscene.h"

#include <QAbstractProxyModel>
#include <QItemSelectionModel>

#include <algorithm>

namespace vpnwb {

CanvasSelectionSync::CanvasSelectionSync(TopologyScene *scene, QItemSelectionModel *selection,
                                         QObject *parent)
    : QObject(parent), m_scene(scene), m_selection(selection)
{
    QAbstractItemModel *model = selection->model();
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model)) {
        m_proxies.append(proxy);
        model = proxy->sourceModel();
    }
    m_sites = model;
    const auto forget = [this] { m_rowOfSite.clear(); };
    connect(model, &QAbstractItemModel::rowsInserted, this, forget);
    connect(model, &QAbstractItemModel::rowsRemoved, this, forget);
    connect(model, &QAbstractItemModel::rowsMoved, this, forget);
    connect(model, &QAbstractItemModel::modelReset, this, forget);
    connect(model, &QAbstractItemModel::layoutChanged, this, forget);
    connect(model, &QAbstractItemModel::dataChanged, this, forget);
    connect(scene, &QGraphicsScene::selectionChanged, this, &CanvasSelectionSync::sceneToTable);
    connect(selection, &QItemSelectionModel::selectionChanged, this, &CanvasSelectionSync::tableToScene);
}

void CanvasSelectionSync::sceneToTable()
{
    if (m_busy || !m_selection || !m_sites)
        return;
    m_busy = true;
    // Rows of the view's model, merged into ranges: one select() for thousands of sites.
    if (m_rowOfSite.isEmpty()) {
        for (int row = 0, n = m_sites->rowCount(); row < n; ++row)
            m_rowOfSite.insert(m_sites->index(row, 0).data(SiteTableModel::SiteIdRole).toString(), row);
    }
    QList<int> rows;
    for (const QString &id : m_scene->selectedSiteIds()) {
        const auto found = m_rowOfSite.constFind(id);
        if (found == m_rowOfSite.cend())
            continue;
        QModelIndex index = m_sites->index(*found, 0);
        for (auto it = m_proxies.crbegin(); it != m_proxies.crend() && index.isValid(); ++it)
            index = (*it)->mapFromSource(index);
        if (index.isValid())
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QAbstractItemModel *model = m_selection->model();
    const int lastColumn = model->columnCount() - 1;
    QItemSelection selection;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        selection.select(model->index(rows[i], 0), model->index(rows[j], lastColumn));
        i = j + 1;
    }
    m_selection->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!rows.isEmpty())
        m_selection->setCurrentIndex(model->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    m_busy = false;
}

void CanvasSelectionSync::tableToScene()
{
    if (m_busy || !m_selection)
        return;
    m_busy = true;
    QStringList ids;
    for (const QModelIndex &row : m_selection->selectedRows())
        ids.append(row.data(SiteTableModel::SiteIdRole).toString());
    m_scene->selectItems(ids);
    m_busy = false;
}

} // namespace vpnwb
