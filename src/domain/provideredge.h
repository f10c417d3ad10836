#pragma once

#include "peport.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace vpnwb {

// A provider edge (PE) router of a PoP.
struct ProviderEdge
{
    QString name;     // unique in the catalog, e.g. "fra1-pe1"
    QString vendor;   // frr, iosxr, junos, sros or eos
    QString platform; // free text, e.g. "Cisco ASR 9906 / IOS XR 7.9"
    QString loopback; // IPv4 address
    QList<PePort> ports;

    // Whether one of its ports is at least as fast as `bandwidthKbps`.
    bool hasPortFor(std::int64_t bandwidthKbps) const;
    std::int64_t fastestPortMbps() const;

    bool operator==(const ProviderEdge &) const = default;
};

} // namespace vpnwb
