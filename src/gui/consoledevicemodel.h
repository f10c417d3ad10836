#pragma once

#include "devicecommit.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

namespace vpnwb {

// The devices of the provisioning console: of the plan, of the job that
// runs, or of a stored job. Per device its live state (coloured), how long
// it has been worked on, its log and the difference the job shows for it.
class ConsoleDeviceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Role, Vendor, Address, State, Elapsed, ColumnCount };

    struct Device
    {
        QString name;
        QString role; // "pe" or "ce"
        QString vendor;
        QString address;
        int port = 22;
        DeviceCommit::State state = DeviceCommit::State::Queued;
        bool started = false; // worked on by the job (else only planned)
        bool stopped = false; // the job ended while the device was in a passing state
        QString error;
        QStringList log;
        QString diff;      // the difference shown for the device (ConfigDiff text)
        QString diffTitle; // what the difference compares
        qint64 elapsedMs = -1;
    };

    explicit ConsoleDeviceModel(QObject *parent = nullptr);

    void setDevices(QList<Device> devices);
    const QList<Device> &devices() const { return m_devices; }
    const Device &device(int row) const { return m_devices[row]; }

    // The job began working on the device: its clock starts.
    void start(int row);
    void setState(int row, DeviceCommit::State state);
    void appendLog(int row, const QString &line);
    void setError(int row, const QString &error);
    void setDiff(int row, const QString &title, const QString &diff);
    // The job ended: the clocks stop, and a device the job left in a passing
    // state (connecting, say: its host key refused, the job cancelled) shows
    // as stopped instead.
    void stopClocks();
    // Refreshes the elapsed time of the devices being worked on.
    void tick();

    static QString stateText(DeviceCommit::State state);
    static bool isFinal(DeviceCommit::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void logAppended(int row, const QString &line);

private:
    QList<Device> m_devices;
    QList<QElapsedTimer> m_clocks;
};

} // namespace vpnwb
