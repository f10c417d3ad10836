#include "serviceabilityfiltermodel.h"

#include "serviceabilitytablemodel.h"

namespace vpnwb {

ServiceabilityFilterModel::ServiceabilityFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setSortRole(ServiceabilityTableModel::RawRole);
}

void ServiceabilityFilterModel::setShown(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

bool ServiceabilityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex cell = sourceModel()->index(sourceRow, 0, sourceParent);
    using M = ServiceabilityTableModel;
    const int verdict = cell.data(M::VerdictRole).toInt();
    bool wanted = true;
    switch (m_show) {
    case Show::All:
        break;
    case Show::OnNet:
        wanted = verdict == M::OnNet;
        break;
    case Show::OffNet:
        wanted = verdict == M::OffNet;
        break;
    case Show::Unserviceable:
        wanted = verdict == M::Unserviceable;
        break;
    case Show::NotChecked:
        wanted = verdict == M::NotChecked;
        break;
    case Show::Stale:
        wanted = cell.data(M::StaleRole).toBool();
        break;
    }
    return wanted && QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace vpnwb
