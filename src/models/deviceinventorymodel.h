#pragma once

#include "device.h"

#include <QAbstractTableModel>
#include <QList>

class QUndoStack;

namespace vpnwb {

// The devices of an inventory file as an editable table, one device per row.
// Every change (a cell, a row added or removed) goes through the undo stack.
// Cells take any text; the whole inventory is checked when it is saved
// (DeviceInventoryJson), so that one error names the device and the field.
class DeviceInventoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        RoleColumn,
        AddressColumn,
        PortColumn,
        TransportColumn,
        VendorColumn,
        UsernameColumn,
        AuthColumn,
        CredentialColumn,
        IdentityFileColumn,
        ColumnCount
    };

    explicit DeviceInventoryModel(QUndoStack *undo, QObject *parent = nullptr);

    // Replaces the devices without undo (a file read); the undo stack is cleared.
    void load(QList<Device> devices);
    const QList<Device> &devices() const { return m_devices; }

    // Undoable: a new device after the last one, with the values of `device`.
    void addDevice(const Device &device);
    // Undoable: the devices in `rows` taken out.
    void removeDevices(QList<int> rows);
    // Undoable: all devices replaced (e.g. by a draft from the design).
    void replaceAll(QList<Device> devices, const QString &what);

    // The JSON field name of a column ("managementAddress"), as errors name it.
    static QString fieldName(int column);
    // The column of a JSON field name; -1 when none.
    static int columnOf(const QString &field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Used by the undo commands: sets every device at once.
    void setDevices(QList<Device> devices);

private:
    void change(QList<Device> after, const QString &what);

    QUndoStack *m_undo;
    QList<Device> m_devices;
};

} // namespace vpnwb
