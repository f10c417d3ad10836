#include "consoledevicemodel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QStyle>

namespace vpnwb {

ConsoleDeviceModel::ConsoleDeviceModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConsoleDeviceModel::setDevices(QList<Device> devices)
{
    beginResetModel();
    m_devices = std::move(devices);
    m_clocks = QList<QElapsedTimer>(m_devices.size());
    endResetModel();
}

void ConsoleDeviceModel::start(int row)
{
    if (row < 0 || row >= m_devices.size() || m_clocks[row].isValid())
        return;
    m_clocks[row].start();
    m_devices[row].started = true;
    m_devices[row].elapsedMs = 0;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ConsoleDeviceModel::setState(int row, DeviceCommit::State state)
{
    if (row < 0 || row >= m_devices.size())
        return;
    start(row);
    m_devices[row].state = state;
    m_devices[row].stopped = false;
    if (isFinal(state) && m_clocks[row].isValid())
        m_devices[row].elapsedMs = m_clocks[row].elapsed();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ConsoleDeviceModel::appendLog(int row, const QString &line)
{
    if (row < 0 || row >= m_devices.size())
        return;
    m_devices[row].log.append(line);
    emit logAppended(row, line);
}

void ConsoleDeviceModel::setError(int row, const QString &error)
{
    if (row < 0 || row >= m_devices.size())
        return;
    m_devices[row].error = error;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ConsoleDeviceModel::setDiff(int row, const QString &title, const QString &diff)
{
    if (row < 0 || row >= m_devices.size())
        return;
    m_devices[row].diffTitle = title;
    m_devices[row].diff = diff;
}

void ConsoleDeviceModel::stopClocks()
{
    for (int row = 0; row < m_devices.size(); ++row) {
        if (m_clocks[row].isValid())
            m_devices[row].elapsedMs = m_clocks[row].elapsed();
        m_clocks[row].invalidate();
        Device &d = m_devices[row];
        d.stopped = (d.started || d.state != DeviceCommit::State::Queued) && !isFinal(d.state);
    }
    if (!m_devices.isEmpty())
        emit dataChanged(index(0, State), index(int(m_devices.size()) - 1, Elapsed));
}

void ConsoleDeviceModel::tick()
{
    for (int row = 0; row < m_devices.size(); ++row) {
        if (m_clocks[row].isValid() && !isFinal(m_devices[row].state)) {
            m_devices[row].elapsedMs = m_clocks[row].elapsed();
            emit dataChanged(index(row, Elapsed), index(row, Elapsed));
        }
    }
}

QString ConsoleDeviceModel::stateText(DeviceCommit::State state)
{
    switch (state) {
    case DeviceCommit::State::Queued:
        return tr("queued");
    case DeviceCommit::State::Connecting:
        return tr("connecting");
    case DeviceCommit::State::Reading:
        return tr("diffing");
    case DeviceCommit::State::Pushing:
        return tr("pushing");
    case DeviceCommit::State::Verifying:
        return tr("verifying");
    case DeviceCommit::State::Done:
        return tr("done");
    case DeviceCommit::State::Failed:
        return tr("failed");
    case DeviceCommit::State::RollingBack:
        return tr("rolling back");
    case DeviceCommit::State::RolledBack:
        return tr("rolled back");
    case DeviceCommit::State::RollbackFailed:
        return tr("rollback failed");
    }
    return {};
}

bool ConsoleDeviceModel::isFinal(DeviceCommit::State state)
{
    return state == DeviceCommit::State::Done || state == DeviceCommit::State::Failed ||
           state == DeviceCommit::State::RolledBack || state == DeviceCommit::State::RollbackFailed;
}

int ConsoleDeviceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int ConsoleDeviceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QColor stateColour(DeviceCommit::State state)
{
    switch (state) {
    case DeviceCommit::State::Queued:
        return QColor(0x6b, 0x6b, 0x6b);
    case DeviceCommit::State::Connecting:
    case DeviceCommit::State::Reading:
    case DeviceCommit::State::Pushing:
    case DeviceCommit::State::Verifying:
        return QColor(0x1f, 0x5f, 0xbf);
    case DeviceCommit::State::Done:
        return QColor(0x1e, 0x7d, 0x32);
    case DeviceCommit::State::RollingBack:
    case DeviceCommit::State::RolledBack:
        return QColor(0xb3, 0x6b, 0x00);
    case DeviceCommit::State::Failed:
    case DeviceCommit::State::RollbackFailed:
        return QColor(0xb0, 0x1c, 0x1c);
    }
    return {};
}

QIcon stateIcon(DeviceCommit::State state)
{
    QStyle *style = QApplication::style();
    switch (state) {
    case DeviceCommit::State::Done:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case DeviceCommit::State::Failed:
    case DeviceCommit::State::RollbackFailed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case DeviceCommit::State::RolledBack:
    case DeviceCommit::State::RollingBack:
        return style->standardIcon(QStyle::SP_ArrowBack);
    case DeviceCommit::State::Queued:
        return {};
    default:
        return style->standardIcon(QStyle::SP_BrowserReload);
    }
}

QString elapsedText(qint64 ms)
{
    if (ms < 0)
        return {};
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

} // namespace

QVariant ConsoleDeviceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_devices.size())
        return {};
    const Device &d = m_devices[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return d.name;
        case Role:
            return d.role == QLatin1String("pe") ? tr("PE") : tr("CE");
        case Vendor:
            return d.vendor;
        case Address:
            return QStringLiteral("%1:%2").arg(d.address).arg(d.port);
        case State:
            if (d.stopped)
                return tr("stopped");
            return d.started || d.state != DeviceCommit::State::Queued ? stateText(d.state) : tr("planned");
        case Elapsed:
            return elapsedText(d.elapsedMs);
        default:
            return {};
        }
    }
    if (index.column() == State && d.stopped) {
        if (role == Qt::ForegroundRole)
            return QBrush(stateColour(DeviceCommit::State::Queued));
        return {};
    }
    if (index.column() == State && (d.started || d.state != DeviceCommit::State::Queued)) {
        if (role == Qt::ForegroundRole)
            return QBrush(stateColour(d.state));
        if (role == Qt::DecorationRole)
            return stateIcon(d.state);
    }
    if (role == Qt::ToolTipRole && !d.error.isEmpty())
        return d.error;
    if (role == Qt::TextAlignmentRole && index.column() == Elapsed)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ConsoleDeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Device");
    case Role:
        return tr("Role");
    case Vendor:
        return tr("Vendor");
    case Address:
        return tr("Address");
    case State:
        return tr("State");
    case Elapsed:
        return tr("Elapsed");
    default:
        return {};
    }
}

} // namespace vpnwb
