#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace vpnwb {

// Narrows the serviceability results to one verdict (or to the sites that
// changed after their check) and to rows containing a text; sorts by the
// raw values (distances as numbers).
class ServiceabilityFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show { All, OnNet, OffNet, Unserviceable, NotChecked, Stale };

    explicit ServiceabilityFilterModel(QObject *parent = nullptr);

    void setShown(Show show);
    Show shown() const { return m_show; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
};

} // namespace vpnwb
