#include "sitetablemodel.h"

#include "displaytext.h"
#include "engagementdocument.h"

namespace vpnwb {

SiteTableModel::SiteTableModel(EngagementDocument &doc, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc)
{
    connect(&doc, &EngagementDocument::engagementOpened, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&doc, &EngagementDocument::engagementClosed, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&doc, &EngagementDocument::siteChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(&doc, &EngagementDocument::siteAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(&doc, &EngagementDocument::siteRemoved, this, [this] { endRemoveRows(); });
    connect(&doc, &EngagementDocument::siteAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(&doc, &EngagementDocument::siteInserted, this, [this] { endInsertRows(); });
}

int SiteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_doc.engagement().sites.size());
}

int SiteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Site &s = m_doc.engagement().sites[index.row()];
    if (role == SiteIdRole)
        return s.siteId;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == BandwidthColumn || index.column() == CustomerAsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() <= CityColumn)
        return tr("%1 — %2\n%3, %4 %5 (%6)\n%7°, %8°")
            .arg(s.siteId, s.name, s.address.street, s.address.postalCode, s.address.city, s.countryCode)
            .arg(s.latitude, 0, 'f', 4)
            .arg(s.longitude, 0, 'f', 4);
    const bool display = role == Qt::DisplayRole;
    const bool raw = role == RawRole || role == Qt::EditRole;
    if (!display && !raw)
        return {};
    switch (index.column()) {
    case SiteIdColumn:
        return s.siteId;
    case NameColumn:
        return s.name;
    case CityColumn:
        return s.address.city;
    case CountryColumn:
        return s.countryCode;
    case RoleColumn:
        return display ? DisplayText::siteRole(s.role) : toString(s.role);
    case BandwidthColumn:
        return display ? DisplayText::bandwidth(s.bandwidthKbps)
                       : QVariant::fromValue<qlonglong>(s.bandwidthKbps);
    case AccessColumn:
        return display ? DisplayText::accessType(s.accessType) : toString(s.accessType);
    case ResiliencyColumn:
        return display ? DisplayText::resiliency(s.resiliency) : toString(s.resiliency);
    case RoutingColumn:
        return display ? DisplayText::routing(s.routing) : toString(s.routing);
    case CustomerAsColumn:
        if (display)
            return s.customerAs == 0 ? QString() : QString::number(s.customerAs);
        return QVariant::fromValue<qlonglong>(s.customerAs);
    case LanColumn:
        return s.lanPrefixes.join(QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant SiteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SiteIdColumn:
        return tr("Site");
    case NameColumn:
        return tr("Name");
    case CityColumn:
        return tr("City");
    case CountryColumn:
        return tr("Country");
    case RoleColumn:
        return tr("Role");
    case BandwidthColumn:
        return tr("Bandwidth");
    case AccessColumn:
        return tr("Access");
    case ResiliencyColumn:
        return tr("Resiliency");
    case RoutingColumn:
        return tr("Routing");
    case CustomerAsColumn:
        return tr("Customer AS");
    case LanColumn:
        return tr("LAN prefixes");
    default:
        return {};
    }
}

Qt::ItemFlags SiteTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != SiteIdColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SiteTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Site before = m_doc.engagement().sites[index.row()];
    Site s = before;
    const QString text = value.toString().trimmed();
    bool ok = true;
    switch (index.column()) {
    case NameColumn:
        s.name = text;
        break;
    case CityColumn:
        s.address.city = text;
        break;
    case CountryColumn:
        s.countryCode = text.toUpper();
        break;
    case RoleColumn: {
        const auto v = siteRoleFromString(text);
        ok = v.has_value();
        s.role = v.value_or(s.role);
        break;
    }
    case BandwidthColumn:
        s.bandwidthKbps = value.toLongLong(&ok);
        break;
    case AccessColumn: {
        const auto v = accessTypeFromString(text);
        ok = v.has_value();
        s.accessType = v.value_or(s.accessType);
        break;
    }
    case ResiliencyColumn: {
        const auto v = resiliencyFromString(text);
        ok = v.has_value();
        s.resiliency = v.value_or(s.resiliency);
        break;
    }
    case RoutingColumn: {
        const auto v = ceRoutingFromString(text);
        ok = v.has_value();
        s.routing = v.value_or(s.routing);
        break;
    }
    case CustomerAsColumn: {
        const qulonglong as = value.toULongLong(&ok);
        ok = ok && as <= 4294967295ULL;
        s.customerAs = static_cast<std::uint32_t>(as);
        break;
    }
    case LanColumn:
        s.lanPrefixes = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        break;
    default:
        return false;
    }
    if (!ok) {
        emit m_doc.errorOccurred(
            tr("'%1' is not a valid %2 for site %3")
                .arg(value.toString(), headerData(index.column(), Qt::Horizontal).toString(), before.siteId));
        return false;
    }
    if (s == before)
        return false;
    m_doc.editSite(
        before.siteId, s,
        tr("Edit %1 of site %2").arg(headerData(index.column(), Qt::Horizontal).toString(), before.siteId));
    return m_doc.engagement().sites[index.row()] == s;
}

QModelIndex SiteTableModel::indexOfSite(const QString &siteId, int column) const
{
    const qsizetype row = m_doc.engagement().siteIndex(siteId);
    return row < 0 ? QModelIndex() : index(static_cast<int>(row), column);
}

} // namespace vpnwb
