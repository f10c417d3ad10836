#pragma once

#include "domaintypes.h"

#include <QMap>
#include <QString>

#include <utility>

namespace vpnwb {

// What engineers decided for an engagement's design beyond its pool values:
// the QoS class model and shares, and overridden attributes such as an
// attachment's MTU or as-override. Keyed by object id and field, e.g.
// ("qos", "model"), ("qos:ST-BER01", "shares"), ("attachment:X/CORP/primary", "mtu-ce").
struct DesignChoices
{
    QMap<std::pair<QString, QString>, QString> values;

    QString value(const QString &object, const QString &field) const { return values.value({object, field}); }
    bool has(const QString &object, const QString &field) const { return values.contains({object, field}); }
    QosModelKind qosModel() const;

    bool operator==(const DesignChoices &) const = default;
};

} // namespace vpnwb
