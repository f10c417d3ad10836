#pragma once

#include "popcatalog.h"

#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace vpnwb {

// The PEs of the PoP catalog with their customer-facing ports named as each
// vendor names interfaces: what ports and VLANs are allocated from.
class PeInventory
{
public:
    struct Port
    {
        QString name; // e.g. "TenGigE0/0/1/3" (IOS XR), "xe-0/1/3" (Junos)
        std::int64_t speedMbps = 0;
    };
    struct Pe
    {
        QString name;
        QString popId;
        QString vendor;
        std::uint32_t routerId = 0;
        QList<Port> ports; // slowest first, then in catalog order
    };

    explicit PeInventory(const PopCatalog &catalog);

    const Pe *find(const QString &pe) const;
    const Port *findPort(const QString &pe, const QString &port) const;
    const QList<Pe> &pes() const { return m_pes; }

    // The name of port `index` (from 0) of port group `group` (from 0) of a PE of `vendor`.
    static QString portName(const QString &vendor, int group, int index, std::int64_t speedMbps);
    // The sub-interface of `port` that carries `vlan`.
    static QString subInterface(const QString &vendor, const QString &port, int vlan);

private:
    QList<Pe> m_pes;
    QHash<QString, qsizetype> m_byName;
    QHash<QString, QHash<QString, qsizetype>> m_portByName; // PE -> port name -> index in its ports
};

} // namespace vpnwb
