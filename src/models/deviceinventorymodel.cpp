#include "deviceinventorymodel.h"

#include "itemroles.h"
#include "setinventorycommand.h"

#include <QUndoStack>

#include <algorithm>

namespace vpnwb {
namespace {

QVariantList choices(const QList<std::pair<QString, QString>> &values)
{
    QVariantList list;
    for (const auto &[value, label] : values)
        list.append(QStringList{value, label});
    return list;
}

QString text(const Device &d, int column)
{
    switch (column) {
    case DeviceInventoryModel::NameColumn:
        return d.name;
    case DeviceInventoryModel::RoleColumn:
        return Device::toString(d.role);
    case DeviceInventoryModel::AddressColumn:
        return d.managementAddress;
    case DeviceInventoryModel::PortColumn:
        return QString::number(d.port);
    case DeviceInventoryModel::TransportColumn:
        return Device::toString(d.transport);
    case DeviceInventoryModel::VendorColumn:
        return d.vendor;
    case DeviceInventoryModel::UsernameColumn:
        return d.username;
    case DeviceInventoryModel::AuthColumn:
        return Device::toString(d.auth);
    case DeviceInventoryModel::CredentialColumn:
        return d.credential;
    case DeviceInventoryModel::IdentityFileColumn:
        return d.identityFile;
    default:
        return QString();
    }
}

// Sets one field from a cell's text; false when the text cannot be that field.
bool setText(Device &d, int column, const QString &value)
{
    switch (column) {
    case DeviceInventoryModel::NameColumn:
        d.name = value;
        return true;
    case DeviceInventoryModel::RoleColumn:
        if (const auto role = Device::roleFromString(value)) {
            d.role = *role;
            return true;
        }
        return false;
    case DeviceInventoryModel::AddressColumn:
        d.managementAddress = value;
        return true;
    case DeviceInventoryModel::PortColumn: {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return false;
        d.port = port;
        return true;
    }
    case DeviceInventoryModel::TransportColumn:
        if (const auto transport = Device::transportFromString(value)) {
            d.transport = *transport;
            return true;
        }
        return false;
    case DeviceInventoryModel::VendorColumn:
        d.vendor = value;
        return true;
    case DeviceInventoryModel::UsernameColumn:
        d.username = value;
        return true;
    case DeviceInventoryModel::AuthColumn:
        if (const auto auth = Device::authFromString(value)) {
            d.auth = *auth;
            // What the new login does not use goes with the same edit (and comes back with its undo).
            if (d.auth != Device::Auth::PublicKey)
                d.identityFile.clear();
            if (d.auth == Device::Auth::Agent)
                d.credential.clear();
            return true;
        }
        return false;
    case DeviceInventoryModel::CredentialColumn:
        d.credential = value;
        return true;
    case DeviceInventoryModel::IdentityFileColumn:
        d.identityFile = value;
        return true;
    default:
        return false;
    }
}

} // namespace

DeviceInventoryModel::DeviceInventoryModel(QUndoStack *undo, QObject *parent)
    : QAbstractTableModel(parent), m_undo(undo)
{}

void DeviceInventoryModel::load(QList<Device> devices)
{
    beginResetModel();
    m_devices = std::move(devices);
    endResetModel();
    m_undo->clear();
}

void DeviceInventoryModel::addDevice(const Device &device)
{
    QList<Device> after = m_devices;
    after.append(device);
    change(std::move(after), tr("Add device %1").arg(device.name));
}

void DeviceInventoryModel::removeDevices(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<Device> after = m_devices;
    QStringList names;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (*it < 0 || *it >= after.size())
            continue;
        names.prepend(after[*it].name);
        after.removeAt(*it);
    }
    if (names.isEmpty())
        return;
    change(std::move(after), tr("Remove %1").arg(names.join(QStringLiteral(", "))));
}

void DeviceInventoryModel::replaceAll(QList<Device> devices, const QString &what)
{
    change(std::move(devices), what);
}

void DeviceInventoryModel::change(QList<Device> after, const QString &what)
{
    m_undo->push(new SetInventoryCommand(*this, m_devices, std::move(after), what));
}

void DeviceInventoryModel::setDevices(QList<Device> devices)
{
    if (devices.size() != m_devices.size()) {
        beginResetModel();
        m_devices = std::move(devices);
        endResetModel();
        return;
    }
    for (qsizetype row = 0; row < devices.size(); ++row) {
        if (devices[row] == m_devices[row])
            continue;
        m_devices[row] = devices[row];
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
}

QString DeviceInventoryModel::fieldName(int column)
{
    static const char *const names[] = {"name",   "role",     "managementAddress", "port",       "transport",
                                        "vendor", "username", "auth",              "credential", "identityFile"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(names[column]) : QString();
}

int DeviceInventoryModel::columnOf(const QString &field)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (fieldName(c) == field)
            return c;
    }
    return -1;
}

int DeviceInventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DeviceInventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceInventoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_devices.size())
        return {};
    const Device &d = m_devices[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text(d, index.column());
    case Qt::ToolTipRole:
        if (index.column() == CredentialColumn)
            return d.auth == Device::Auth::PublicKey
                       ? tr("The vault secret that holds the key's passphrase; empty for a key without one")
                       : tr("The name of the vault secret holding the password (never the password itself)");
        if (index.column() == IdentityFileColumn)
            return tr("With the login “key”: the private key file");
        return {};
    case ItemRoles::Choices:
        if (index.column() == RoleColumn)
            return choices({{QStringLiteral("pe"), tr("PE")}, {QStringLiteral("ce"), tr("CE")}});
        if (index.column() == TransportColumn)
            return choices({{QStringLiteral("ssh-cli"), tr("SSH CLI")}, {QStringLiteral("netconf"), tr("NETCONF")}});
        if (index.column() == AuthColumn)
            return choices({{QStringLiteral("password"), tr("password")},
                            {QStringLiteral("key"), tr("key file")},
                            {QStringLiteral("agent"), tr("ssh-agent")}});
        return {};
    default:
        return {};
    }
}

QVariant DeviceInventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case AddressColumn:
        return tr("Address");
    case PortColumn:
        return tr("Port");
    case TransportColumn:
        return tr("Transport");
    case VendorColumn:
        return tr("Vendor");
    case UsernameColumn:
        return tr("User");
    case AuthColumn:
        return tr("Login");
    case CredentialColumn:
        return tr("Credential");
    case IdentityFileColumn:
        return tr("Key file");
    default:
        return {};
    }
}

Qt::ItemFlags DeviceInventoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool DeviceInventoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_devices.size())
        return false;
    QList<Device> after = m_devices;
    Device &d = after[index.row()];
    const QString newText = value.toString().trimmed();
    if (newText == text(d, index.column()))
        return false;
    if (!setText(d, index.column(), newText))
        return false;
    change(std::move(after), tr("Edit %1 of %2").arg(headerData(index.column(), Qt::Horizontal).toString(),
                                                     m_devices[index.row()].name));
    return true;
}

} // namespace vpnwb
