#include "vpnmembershipmodel.h"

#include "displaytext.h"
#include "engagementdocument.h"
#include "itemroles.h"

#include <QFont>

namespace vpnwb {

VpnMembershipModel::VpnMembershipModel(EngagementDocument &doc, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc)
{
    m_vpnColumns = int(doc.engagement().vpns.size());
    const auto reset = [this] {
        beginResetModel();
        m_vpnColumns = int(m_doc.engagement().vpns.size());
        endResetModel();
    };
    connect(&doc, &EngagementDocument::engagementOpened, this, reset);
    connect(&doc, &EngagementDocument::engagementClosed, this, reset);
    connect(&doc, &EngagementDocument::vpnsChanged, this, &VpnMembershipModel::followVpns);
    connect(&doc, &EngagementDocument::siteChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, columnCount() - 1)); });
    connect(&doc, &EngagementDocument::siteAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(&doc, &EngagementDocument::siteRemoved, this, [this] { endRemoveRows(); });
    connect(&doc, &EngagementDocument::siteAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(&doc, &EngagementDocument::siteInserted, this, [this] { endInsertRows(); });
}

void VpnMembershipModel::followVpns()
{
    const int vpns = int(m_doc.engagement().vpns.size());
    if (vpns != m_vpnColumns) {
        // VPNs came or went: the columns are others.
        beginResetModel();
        m_vpnColumns = vpns;
        endResetModel();
        return;
    }
    if (vpns > 0) {
        emit headerDataChanged(Qt::Horizontal, 1, vpns);
        if (rowCount() > 0)
            emit dataChanged(index(0, 1), index(rowCount() - 1, vpns));
    }
}

int VpnMembershipModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc.engagement().sites.size());
}

int VpnMembershipModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + m_vpnColumns;
}

QVariant VpnMembershipModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Site &site = m_doc.engagement().sites[index.row()];
    if (role == SiteIdRole)
        return site.siteId;
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return site.siteId;
        if (role == Qt::ToolTipRole)
            return site.name;
        return {};
    }
    if (index.column() > m_doc.engagement().vpns.size())
        return {};
    const VpnService &vpn = m_doc.engagement().vpns[index.column() - 1];
    const bool anyToAny = vpn.topology == VpnTopology::AnyToAny;
    const VpnMember *member = nullptr;
    for (const VpnMember &m : vpn.members) {
        if (m.siteId == site.siteId)
            member = &m;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (!member)
            return QStringLiteral("—");
        return anyToAny ? tr("Member") : DisplayText::siteRole(member->role);
    case Qt::EditRole:
        return member ? toString(member->role) : QString();
    case Qt::FontRole:
        if (member && member->role == SiteRole::Hub) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case ItemRoles::Choices: {
        QVariantList choices{QStringList{QString(), tr("Not a member")}};
        if (anyToAny) {
            choices.append(QStringList{toString(SiteRole::AnyToAny), tr("Member")});
        } else {
            choices.append(QStringList{toString(SiteRole::Hub), DisplayText::siteRole(SiteRole::Hub)});
            choices.append(QStringList{toString(SiteRole::Spoke), DisplayText::siteRole(SiteRole::Spoke)});
        }
        return choices;
    }
    default:
        return {};
    }
}

QVariant VpnMembershipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? tr("Site") : QVariant();
    if (section > m_doc.engagement().vpns.size())
        return {};
    const VpnService &vpn = m_doc.engagement().vpns[section - 1];
    if (role == Qt::DisplayRole)
        return tr("%1\n%2").arg(vpn.vpnId, DisplayText::topology(vpn.topology));
    if (role == Qt::ToolTipRole)
        return tr("%1 — %2: the role of each site in this VPN").arg(vpn.vpnId, vpn.name);
    return {};
}

Qt::ItemFlags VpnMembershipModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() > 0)
        f |= Qt::ItemIsEditable;
    return f;
}

bool VpnMembershipModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() < 1 ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() > m_doc.engagement().vpns.size())
        return false;
    const QString siteId = m_doc.engagement().sites[index.row()].siteId;
    const QString vpnId = m_doc.engagement().vpns[index.column() - 1].vpnId;
    const QString text = value.toString().trimmed();
    std::optional<SiteRole> wanted;
    if (!text.isEmpty()) {
        wanted = siteRoleFromString(text);
        for (const SiteRole r : {SiteRole::Hub, SiteRole::Spoke, SiteRole::AnyToAny}) {
            if (!wanted && text.compare(DisplayText::siteRole(r), Qt::CaseInsensitive) == 0)
                wanted = r;
        }
        if (!wanted && text.compare(tr("Member"), Qt::CaseInsensitive) == 0)
            wanted = SiteRole::AnyToAny;
        if (!wanted) {
            emit m_doc.errorOccurred(
                tr("Site %1 in VPN %2: “%3” is not a role; choose hub, spoke or nothing.")
                    .arg(siteId, vpnId, text));
            return false;
        }
    }
    const QList<VpnService> before = m_doc.engagement().vpns;
    m_doc.setVpnMembership(vpnId, siteId, wanted);
    return m_doc.engagement().vpns != before;
}

QModelIndex VpnMembershipModel::indexOf(const QString &siteId, const QString &vpnId) const
{
    const qsizetype row = m_doc.engagement().siteIndex(siteId);
    const QList<VpnService> &vpns = m_doc.engagement().vpns;
    for (int c = 0; c < vpns.size(); ++c) {
        if (vpns[c].vpnId == vpnId && row >= 0)
            return index(int(row), c + 1);
    }
    return {};
}

} // namespace vpnwb
