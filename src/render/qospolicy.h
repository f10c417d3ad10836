#pragma once

#include "qosclass.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace vpnwb {

// The QoS of one attachment: a class model allocated to the site's rate.
// Exactly one class has no DSCP (the default class).
struct QosPolicy
{
    QString model; // identifier of the class model, e.g. QOS6
    QList<QosClass> classes;
    std::int64_t shapingRateKbps = 0;  // sub-rate access: shape to the contracted rate; 0: port rate
    std::int64_t efPolicingKbps = 0;   // police the priority class to this rate; 0: no policer

    bool isEmpty() const { return classes.isEmpty(); }
    bool operator==(const QosPolicy &) const = default;
};

} // namespace vpnwb
