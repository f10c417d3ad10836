#pragma once

#include "exitcode.h"

#include <QString>
#include <QTextStream>

namespace vpnwb {

inline int usageError(QTextStream &err, const QString &message, const char *synopsis)
{
    err << "vpnwb: " << message << Qt::endl;
    if (synopsis)
        err << "usage: " << synopsis << Qt::endl;
    return ExitUsage;
}

inline int failure(QTextStream &err, const QString &message)
{
    err << "vpnwb: " << message << Qt::endl;
    return ExitFailure;
}

} // namespace vpnwb
