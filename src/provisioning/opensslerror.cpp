#include "opensslerror.h"

#include <QStringList>

#include <openssl/err.h>

namespace vpnwb {

Error opensslError(const QString &what)
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        reasons.append(QString::fromLatin1(text));
    }
    if (reasons.isEmpty())
        return Error{Error::Code::Internal, what};
    return Error{Error::Code::Internal, QStringLiteral("%1: %2").arg(what, reasons.join(QStringLiteral("; ")))};
}

} // namespace vpnwb
