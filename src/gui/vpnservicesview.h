#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace vpnwb {

class EngagementDocument;
class VpnMembershipModel;
class VpnTableModel;

// The VPN services of the engagement and each site's role in each of them:
// above, one row per VPN (topology and extranet consumers edited in place,
// VPNs added and removed); below, a site-by-VPN table of roles (hub, spoke,
// member, or none), picked from a list. Every edit is undoable.
class VpnServicesView : public QWidget
{
    Q_OBJECT
public:
    explicit VpnServicesView(EngagementDocument &doc, QWidget *parent = nullptr);

    QTableView *vpnTable() const { return m_vpns; }
    QTableView *roleTable() const { return m_roles; }
    VpnTableModel *vpnModel() const { return m_vpnModel; }
    VpnMembershipModel *roleModel() const { return m_roleModel; }
    QSortFilterProxyModel *roleProxy() const { return m_roleProxy; }

public slots:
    void addVpn();
    void removeSelectedVpn();

private:
    EngagementDocument &m_doc;
    VpnTableModel *m_vpnModel = nullptr;
    VpnMembershipModel *m_roleModel = nullptr;
    QSortFilterProxyModel *m_roleProxy = nullptr;
    QTableView *m_vpns = nullptr;
    QTableView *m_roles = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace vpnwb
