#include "secretname.h"

#include <QRegularExpression>

namespace vpnwb {

bool SecretName::isValid(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]{0,127}$"));
    return pattern.match(name).hasMatch();
}

QString SecretName::rule()
{
    return QStringLiteral("letters, digits and . _ - /, starting with a letter or digit, at most 128");
}

} // namespace vpnwb
