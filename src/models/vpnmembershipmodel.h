#pragma once

#include <QAbstractTableModel>

namespace vpnwb {

class EngagementDocument;

// Each site's role in each VPN: one row per site, one column per VPN after
// the site id. A cell holds the role (hub or spoke in a hub-and-spoke VPN,
// member in an any-to-any one) or nothing when the site is not in that
// VPN; edits are undoable document commands.
class VpnMembershipModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int SiteIdRole = Qt::UserRole + 2;

    explicit VpnMembershipModel(EngagementDocument &doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The cell of a site in a VPN's column (invalid if either is unknown).
    QModelIndex indexOf(const QString &siteId, const QString &vpnId) const;

private:
    void followVpns();

    EngagementDocument &m_doc;
    int m_vpnColumns = 0;
};

} // namespace vpnwb
