#include "designchoices.h"

namespace vpnwb {

QosModelKind DesignChoices::qosModel() const
{
    return qosModelKindFromString(value(QStringLiteral("qos"), QStringLiteral("model"))).value_or(QosModelKind::FourClass);
}

} // namespace vpnwb
