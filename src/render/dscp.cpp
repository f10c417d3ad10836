#include "dscp.h"

namespace vpnwb {

QString Dscp::name(int codePoint)
{
    if (codePoint == 0)
        return QStringLiteral("default");
    if (codePoint == 46)
        return QStringLiteral("ef");
    if (codePoint % 8 == 0)
        return QStringLiteral("cs") + QString::number(codePoint / 8);
    // Assured forwarding: class 1..4 in the top three bits, drop precedence 1..3 in the next two.
    const int afClass = codePoint >> 3;
    const int drop = (codePoint >> 1) & 3;
    if ((codePoint & 1) == 0 && afClass >= 1 && afClass <= 4 && drop >= 1)
        return QStringLiteral("af") + QString::number(afClass) + QString::number(drop);
    return QString::number(codePoint);
}

QString Dscp::bits(int codePoint)
{
    return QStringLiteral("%1").arg(codePoint, 6, 2, QLatin1Char('0'));
}

} // namespace vpnwb
