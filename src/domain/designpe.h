#pragma once

#include <QString>

#include <cstdint>

namespace vpnwb {

// A PE router that carries part of a design, as the PoP catalog describes it.
struct DesignPe
{
    QString name;
    QString popId;
    QString vendor;
    std::uint32_t routerId = 0; // its loopback: BGP router id, the administrator of type-1 RDs

    QString id() const { return QStringLiteral("pe:") + name; }

    bool operator==(const DesignPe &) const = default;
};

} // namespace vpnwb
