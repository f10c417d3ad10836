#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace vpnwb {

class SiteTableModel;

// The engagement's sites: a sortable table with a filter; cells edit in place.
class SitesView : public QWidget
{
    Q_OBJECT
public:
    explicit SitesView(QWidget *parent = nullptr);

    void setModel(SiteTableModel *model);
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace vpnwb
