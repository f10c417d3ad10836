#pragma once

#include <QList>
#include <QString>

namespace vpnwb {

// One class of service of a QoS model: its per-hop behaviour, the DSCP
// values classified into it, and its default share of the access rate.
struct ServiceClass
{
    QString id;   // "ef", "af41", "af31", "af21", "be" or "cs1": also the PHB it marks
    QString name; // "real-time", "video", ...
    QList<int> dscp;   // classified into this class; BE also takes everything unmatched
    int defaultPercent = 0;
    bool priority = false; // strict-priority queue, policed to its share (EF)

    bool operator==(const ServiceClass &) const = default;
};

} // namespace vpnwb
