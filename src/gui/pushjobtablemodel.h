#pragma once

#include "pushjobrecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace vpnwb {

// The stored push jobs of an engagement, newest first: the provisioning
// console's job history.
class PushJobTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Kind, Started, User, Outcome, Summary, ColumnCount };

    explicit PushJobTableModel(QObject *parent = nullptr);

    void setJobs(QList<PushJobRecord> jobs);
    const QList<PushJobRecord> &jobs() const { return m_jobs; }
    const PushJobRecord &job(int row) const { return m_jobs[row]; }

    static QString kindText(PushJobRecord::Kind kind);
    static QString outcomeText(PushJobRecord::Outcome outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PushJobRecord> m_jobs;
};

} // namespace vpnwb
