#pragma once

#include <QString>

namespace vpnwb {

// The names of secrets in the credential vault, as devices refer to them:
// letters, digits and . _ - /, starting with a letter or digit, at most 128.
class SecretName
{
public:
    static bool isValid(const QString &name);
    static QString rule();
};

} // namespace vpnwb
