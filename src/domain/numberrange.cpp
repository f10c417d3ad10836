#include "numberrange.h"

#include <QStringList>

namespace vpnwb {

Result<NumberRange> NumberRange::parse(const QString &text, std::int64_t min, std::int64_t max)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('-'));
    bool okFirst = false;
    bool okLast = false;
    const NumberRange r{parts.value(0).toLongLong(&okFirst), parts.value(1).toLongLong(&okLast)};
    if (parts.size() != 2 || !okFirst || !okLast)
        return Error::invalidInput(QStringLiteral("'%1' is not a range FIRST-LAST").arg(text));
    if (r.first < min || r.last > max)
        return Error::invalidInput(
            QStringLiteral("'%1' is outside %2..%3").arg(text).arg(min).arg(max));
    if (r.last < r.first)
        return Error::invalidInput(QStringLiteral("'%1' ends before it starts").arg(text));
    return r;
}

} // namespace vpnwb
