#include "serviceabilitytablemodel.h"

#include "engagementdocument.h"
#include "sitehoming.h"

#include <QColor>
#include <QLocale>

namespace vpnwb {

ServiceabilityTableModel::ServiceabilityTableModel(EngagementDocument &doc, SiteHoming &homing,
                                                   QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc), m_homing(homing)
{
    const auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(&doc, &EngagementDocument::engagementOpened, this, reset);
    connect(&doc, &EngagementDocument::engagementClosed, this, reset);
    connect(&doc, &EngagementDocument::siteChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(&doc, &EngagementDocument::siteAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(&doc, &EngagementDocument::siteRemoved, this, [this] { endRemoveRows(); });
    connect(&doc, &EngagementDocument::siteAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(&doc, &EngagementDocument::siteInserted, this, [this] { endInsertRows(); });
    connect(&homing, &SiteHoming::resultsReset, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    connect(&homing, &SiteHoming::homingChanged, this, &ServiceabilityTableModel::rowsChanged);
}

void ServiceabilityTableModel::rowsChanged(const QStringList &siteIds)
{
    for (const QString &id : siteIds) {
        const qsizetype row = m_doc.engagement().siteIndex(id);
        if (row >= 0)
            emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
}

int ServiceabilityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc.engagement().sites.size());
}

int ServiceabilityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServiceabilityTableModel::verdictText(Verdict v)
{
    switch (v) {
    case OnNet:
        return tr("On-net");
    case OffNet:
        return tr("Off-net (partner)");
    case Unserviceable:
        return tr("Unserviceable");
    case NotChecked:
        return tr("Not checked");
    }
    return {};
}

QVariant ServiceabilityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Site &s = m_doc.engagement().sites[index.row()];
    const SiteServiceability *r = m_homing.result(s.siteId);
    Verdict verdict = NotChecked;
    if (r) {
        switch (r->verdict) {
        case ServiceabilityVerdict::OnNet:
            verdict = OnNet;
            break;
        case ServiceabilityVerdict::OffNet:
            verdict = OffNet;
            break;
        case ServiceabilityVerdict::Unserviceable:
            verdict = Unserviceable;
            break;
        }
    }
    const bool stale = r && r->isStaleFor(s);
    switch (role) {
    case SiteIdRole:
        return s.siteId;
    case VerdictRole:
        return int(verdict);
    case StaleRole:
        return stale;
    case Qt::ForegroundRole:
        if (index.column() != VerdictColumn)
            return {};
        if (verdict == Unserviceable)
            return QColor(0xc6, 0x28, 0x28);
        if (verdict == OffNet)
            return QColor(0x9a, 0x5b, 0x00);
        if (verdict == OnNet)
            return QColor(0x1b, 0x6e, 0x3a);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DistanceColumn || index.column() == LeadTimeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn || index.column() == VerdictColumn)
            return r ? r->reason : tr("Run the serviceability check for this engagement.");
        return {};
    default:
        break;
    }
    const bool display = role == Qt::DisplayRole;
    if (!display && role != RawRole)
        return {};
    switch (index.column()) {
    case SiteIdColumn:
        return s.siteId;
    case NameColumn:
        return s.name;
    case CountryColumn:
        return s.countryCode;
    case VerdictColumn:
        if (!display)
            return int(verdict);
        return stale ? tr("%1 (site changed; check again)").arg(verdictText(verdict)) : verdictText(verdict);
    case PopColumn:
        return r ? r->primaryPopId : QString();
    case PeColumn:
        return r ? r->primaryPe : QString();
    case SecondPeColumn:
        if (!r || r->secondaryPe.isEmpty())
            return QString();
        return display ? tr("%1 (%2)").arg(r->secondaryPe, r->secondaryPopId) : r->secondaryPe;
    case DistanceColumn:
        if (!r || !r->distanceKm)
            return display ? QVariant(QString()) : QVariant(-1.0);
        return display ? QVariant(QLocale().toString(*r->distanceKm, 'f', 1)) : QVariant(*r->distanceKm);
    case PartnerColumn:
        return r ? r->partner : QString();
    case LeadTimeColumn:
        if (!r || r->verdict == ServiceabilityVerdict::Unserviceable)
            return display ? QVariant(QString()) : QVariant(-1);
        return display ? QVariant(tr("%n day(s)", nullptr, r->leadTimeDays)) : QVariant(r->leadTimeDays);
    case ReasonColumn:
        return r ? r->reason : QString();
    default:
        return {};
    }
}

QVariant ServiceabilityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SiteIdColumn:
        return tr("Site");
    case NameColumn:
        return tr("Name");
    case CountryColumn:
        return tr("Country");
    case VerdictColumn:
        return tr("Verdict");
    case PopColumn:
        return tr("PoP");
    case PeColumn:
        return tr("PE");
    case SecondPeColumn:
        return tr("Second PE");
    case DistanceColumn:
        return tr("Distance (km)");
    case PartnerColumn:
        return tr("Partner");
    case LeadTimeColumn:
        return tr("Lead time");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace vpnwb
