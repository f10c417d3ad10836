#include "netconfrpcerror.h"

namespace vpnwb {

QString NetconfRpcError::describe() const
{
    QString out = tag.isEmpty() ? QStringLiteral("error") : tag;
    if (!path.isEmpty())
        out += QStringLiteral(" at ") + path;
    if (!message.isEmpty())
        out += QStringLiteral(": ") + message;
    if (!info.isEmpty())
        out += QStringLiteral(" (") + info + QLatin1Char(')');
    return out;
}

} // namespace vpnwb
