#pragma once

#include <QList>
#include <QString>

namespace vpnwb {

// One traffic class of a QoS model.
struct QosClass
{
    QString name;    // identifier, e.g. REALTIME
    QList<int> dscp; // the code points classified into it (0..63); empty: the default class
    int percent = 0; // share of the attachment's rate
    bool priority = false; // strict priority (expedited forwarding), policed

    bool operator==(const QosClass &) const = default;
};

} // namespace vpnwb
