#include "vpntablemodel.h"

#include "displaytext.h"
#include "engagementdocument.h"
#include "itemroles.h"

#include <QColor>
#include <QRegularExpression>

namespace vpnwb {

VpnTableModel::VpnTableModel(EngagementDocument &doc, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc)
{
    m_rows = int(doc.engagement().vpns.size());
    connect(&doc, &EngagementDocument::engagementOpened, this, &VpnTableModel::follow);
    connect(&doc, &EngagementDocument::engagementClosed, this, &VpnTableModel::follow);
    connect(&doc, &EngagementDocument::vpnsChanged, this, &VpnTableModel::follow);
}

void VpnTableModel::follow()
{
    const int rows = int(m_doc.engagement().vpns.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

int VpnTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int VpnTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VpnTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.row() >= m_doc.engagement().vpns.size())
        return {};
    const VpnService &v = m_doc.engagement().vpns[index.row()];
    if (role == VpnIdRole)
        return v.vpnId;
    QStringList hubs;
    for (const VpnMember &m : v.members) {
        if (m.role == SiteRole::Hub)
            hubs.append(m.siteId);
    }
    const bool hubAndSpoke = v.topology != VpnTopology::AnyToAny;
    if (role == ItemRoles::Choices && index.column() == TopologyColumn) {
        QVariantList choices;
        for (const VpnTopology t :
             {VpnTopology::AnyToAny, VpnTopology::HubAndSpoke, VpnTopology::HubAndSpokeDisjoint})
            choices.append(QStringList{toString(t), DisplayText::topology(t)});
        return choices;
    }
    if (role == Qt::ForegroundRole && index.column() == HubsColumn && hubAndSpoke && hubs.isEmpty())
        return QColor(0xc6, 0x28, 0x28);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TopologyColumn:
            return tr(
                "Any-to-any: every site reaches every other. Hub-and-spoke: spokes reach each other only "
                "through the hubs (one or two). Disjoint: each spoke's traffic to a hub stays apart.");
        case HubsColumn:
            return hubAndSpoke && hubs.isEmpty()
                       ? tr("This hub-and-spoke VPN has no hub yet: make one or two of "
                            "its sites hubs in the roles table.")
                       : QVariant();
        case SharedWithColumn:
            return tr("Extranet: the VPNs that reach this VPN's shared services, separated by commas.");
        default:
            return {};
        }
    }
    const bool display = role == Qt::DisplayRole;
    if (!display && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case VpnIdColumn:
        return v.vpnId;
    case NameColumn:
        return v.name;
    case TopologyColumn:
        return display ? DisplayText::topology(v.topology) : toString(v.topology);
    case SitesColumn:
        return int(v.members.size());
    case HubsColumn:
        if (!hubAndSpoke)
            return display ? QStringLiteral("—") : QString();
        return hubs.isEmpty() && display ? tr("none yet") : hubs.join(QStringLiteral(", "));
    case SharedWithColumn:
        return v.extranetConsumers.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant VpnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VpnIdColumn:
        return tr("VPN");
    case NameColumn:
        return tr("Name");
    case TopologyColumn:
        return tr("Topology");
    case SitesColumn:
        return tr("Sites");
    case HubsColumn:
        return tr("Hubs");
    case SharedWithColumn:
        return tr("Shared services for");
    default:
        return {};
    }
}

Qt::ItemFlags VpnTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == TopologyColumn || index.column() == SharedWithColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

bool VpnTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString vpnId = m_doc.engagement().vpns[index.row()].vpnId;
    const QString text = value.toString().trimmed();
    if (index.column() == TopologyColumn) {
        std::optional<VpnTopology> t = vpnTopologyFromString(text);
        for (const VpnTopology candidate :
             {VpnTopology::AnyToAny, VpnTopology::HubAndSpoke, VpnTopology::HubAndSpokeDisjoint}) {
            if (!t && text.compare(DisplayText::topology(candidate), Qt::CaseInsensitive) == 0)
                t = candidate;
        }
        if (!t) {
            emit m_doc.errorOccurred(
                tr("VPN %1: “%2” is not a topology; choose %3.").arg(vpnId, text, vpnTopologyChoices()));
            return false;
        }
        m_doc.setVpnTopology(vpnId, *t);
        return m_doc.engagement().vpns[index.row()].topology == *t;
    }
    if (index.column() == SharedWithColumn) {
        const QStringList ids =
            text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
        m_doc.setExtranetConsumers(vpnId, ids);
        return true;
    }
    return false;
}

} // namespace vpnwb
