#pragma once

#include <QAbstractTableModel>

namespace vpnwb {

class EngagementDocument;
class SiteHoming;

// The serviceability result of every site of the open engagement, one row
// per site in the engagement's order: the verdict, the PoP and PE(s) or the
// partner, distance, lead time, and the reason. Sites not checked yet, or
// changed since their check, say so.
class ServiceabilityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SiteIdColumn,
        NameColumn,
        CountryColumn,
        VerdictColumn,
        PopColumn,
        PeColumn,
        SecondPeColumn,
        DistanceColumn,
        PartnerColumn,
        LeadTimeColumn,
        ReasonColumn,
        ColumnCount
    };
    // What a row says, for filters: a Verdict value.
    enum Verdict { OnNet, OffNet, Unserviceable, NotChecked };
    static constexpr int RawRole = Qt::UserRole + 1;
    static constexpr int SiteIdRole = Qt::UserRole + 2;
    static constexpr int VerdictRole = Qt::UserRole + 3;
    static constexpr int StaleRole = Qt::UserRole + 4; // the site changed after its check

    ServiceabilityTableModel(EngagementDocument &doc, SiteHoming &homing, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString verdictText(Verdict v);

private:
    void rowsChanged(const QStringList &siteIds);

    EngagementDocument &m_doc;
    SiteHoming &m_homing;
};

} // namespace vpnwb
