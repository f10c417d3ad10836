#pragma once

#include <QAbstractTableModel>

namespace vpnwb {

class EngagementDocument;

// The open engagement's sites as a table. Edits become undoable document
// commands; the table follows the document's signals.
class SiteTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SiteIdColumn,
        NameColumn,
        CityColumn,
        CountryColumn,
        RoleColumn,
        BandwidthColumn,
        AccessColumn,
        ResiliencyColumn,
        RoutingColumn,
        CustomerAsColumn,
        LanColumn,
        ColumnCount
    };
    // The raw value of a cell, for sorting and for editors (kbps, enum spelling, ...).
    static constexpr int RawRole = Qt::UserRole + 1;
    static constexpr int SiteIdRole = Qt::UserRole + 2;

    explicit SiteTableModel(EngagementDocument &doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QModelIndex indexOfSite(const QString &siteId, int column = SiteIdColumn) const;

private:
    EngagementDocument &m_doc;
};

} // namespace vpnwb
