#pragma once

#include <QAbstractTableModel>

namespace vpnwb {

class EngagementDocument;

// The engagement's VPN services, one row each: the topology and the VPNs an
// extranet serves are edited here (undoably, through the document).
class VpnTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        VpnIdColumn,
        NameColumn,
        TopologyColumn,
        SitesColumn,
        HubsColumn,
        SharedWithColumn,
        ColumnCount
    };
    static constexpr int VpnIdRole = Qt::UserRole + 2;

    explicit VpnTableModel(EngagementDocument &doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void follow();

    EngagementDocument &m_doc;
    int m_rows = 0;
};

} // namespace vpnwb
