#include "designrun.h"

#include "designvalidator.h"

namespace vpnwb {

bool DesignRun::hasBlocking() const
{
    return DesignValidator::hasBlocking(findings);
}

bool DesignRun::isOverridden(const QString &object, const QString &field) const
{
    return overridden.contains(object + QLatin1Char('\n') + field);
}

QList<DesignFinding> DesignRun::blocking() const
{
    QList<DesignFinding> out;
    for (const DesignFinding &f : findings) {
        if (f.isBlocking())
            out.append(f);
    }
    return out;
}

} // namespace vpnwb
