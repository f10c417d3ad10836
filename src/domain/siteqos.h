#pragma once

#include "domaintypes.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace vpnwb {

// The QoS of one site: the share of its access rate each class gets, the
// shaper for sub-rate access and the policer of real-time traffic.
struct SiteQos
{
    struct Share
    {
        QString classId;
        int percent = 0;
        bool operator==(const Share &) const = default;
    };

    QString siteId;
    QosModelKind model = QosModelKind::FourClass;
    QList<Share> shares; // in the model's order; classes that are not in the model are kept to be flagged
    std::int64_t accessKbps = 0;
    std::int64_t portSpeedKbps = 0;

    QString id() const { return QStringLiteral("qos:") + siteId; }
    int percentOf(const QString &classId) const;
    int totalPercent() const;
    // Egress shaping to the rate sold when the port is faster; 0 when none is needed.
    std::int64_t shaperKbps() const { return portSpeedKbps > accessKbps ? accessKbps : 0; }
    // The rate of a class: its share of the access rate.
    std::int64_t classKbps(const QString &classId) const { return accessKbps * percentOf(classId) / 100; }

    bool operator==(const SiteQos &) const = default;
};

} // namespace vpnwb
