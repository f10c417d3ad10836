#include "pushjobtablemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace vpnwb {

PushJobTableModel::PushJobTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PushJobTableModel::setJobs(QList<PushJobRecord> jobs)
{
    beginResetModel();
    m_jobs = std::move(jobs);
    endResetModel();
}

QString PushJobTableModel::kindText(PushJobRecord::Kind kind)
{
    switch (kind) {
    case PushJobRecord::Kind::DryRun:
        return tr("dry-run");
    case PushJobRecord::Kind::Commit:
        return tr("push");
    case PushJobRecord::Kind::Rollback:
        return tr("rollback");
    }
    return {};
}

QString PushJobTableModel::outcomeText(PushJobRecord::Outcome outcome)
{
    switch (outcome) {
    case PushJobRecord::Outcome::Running:
        return tr("running");
    case PushJobRecord::Outcome::Succeeded:
        return tr("succeeded");
    case PushJobRecord::Outcome::Failed:
        return tr("failed");
    case PushJobRecord::Outcome::Partial:
        return tr("partial");
    case PushJobRecord::Outcome::Cancelled:
        return tr("cancelled");
    }
    return {};
}

int PushJobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int PushJobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PushJobTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const PushJobRecord &j = m_jobs[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return qlonglong(j.id);
        case Kind:
            return j.rollbackOf ? tr("rollback of %1").arg(*j.rollbackOf) : kindText(j.kind);
        case Started:
            return QLocale().toString(j.startedAt.toLocalTime(), QLocale::ShortFormat);
        case User:
            return j.user;
        case Outcome:
            return outcomeText(j.outcome);
        case Summary:
            return j.summary;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        switch (j.outcome) {
        case PushJobRecord::Outcome::Succeeded:
            return QBrush(QColor(0x1e, 0x7d, 0x32));
        case PushJobRecord::Outcome::Failed:
        case PushJobRecord::Outcome::Partial:
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        case PushJobRecord::Outcome::Cancelled:
            return QBrush(QColor(0xb3, 0x6b, 0x00));
        case PushJobRecord::Outcome::Running:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return j.summary;
    return {};
}

QVariant PushJobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Job");
    case Kind:
        return tr("Kind");
    case Started:
        return tr("Started");
    case User:
        return tr("User");
    case Outcome:
        return tr("Outcome");
    case Summary:
        return tr("Summary");
    default:
        return {};
    }
}

} // namespace vpnwb
