#pragma once

#include "domaintypes.h"
#include "serviceclass.h"
#include "result.h"

#include <QList>
#include <QMap>

namespace vpnwb {

// A class model: the classes of service every site of an engagement gets,
// and the share of the access rate each one has by default.
//   4-class: real-time EF, business-critical AF31 (with video and network
//            control), transactional AF21, best effort
//   6-class: real-time EF, video AF41, business-critical AF31, transactional
//            AF21, best effort, scavenger CS1
class QosModel
{
public:
    static const QosModel &of(QosModelKind kind);

    QosModelKind kind() const { return m_kind; }
    const QList<ServiceClass> &classes() const { return m_classes; }
    const ServiceClass *find(const QString &classId) const;
    QMap<QString, int> defaultShares() const;

    // Reads "ef=30,af31=30,af21=20,be=20": every class of the model once, as
    // whole percentages that add up to 100.
    Result<QMap<QString, int>> parseShares(const QString &text) const;
    static QString sharesToString(const QMap<QString, int> &shares);

private:
    QosModel(QosModelKind kind, QList<ServiceClass> classes) : m_kind(kind), m_classes(std::move(classes)) {}

    QosModelKind m_kind;
    QList<ServiceClass> m_classes;
};

} // namespace vpnwb
